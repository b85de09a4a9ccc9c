// Pages copy their date stamp onto the end of the headline without a space or in brackets: "Envoys call on
// the Governor9:01, 19.May 2017", "… làm việc tại quận X (22:48 25/06/2019)", "… 축하 메시지2008.06.21 | N0.63".
// A desk officer reads the headline without the stamp, and the stamp as the page's date; a line of labelled
// fields ("来源:  作者:  时间2014-03-24 08:45:10") is no headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { splitStamp } from '../../electron/node/library/parse/title-stamp.ts';

describe('a date stamp run onto the headline', () => {
  test('"Former envoys call on the Governor9:01, 19.May 2017": the headline without its stamp', () => {
    const r = parseRecordText(
      [
        'Former envoys call on the Governor9:01, 19.May 2017',
        'Ambassadors who served during the tenure of the Governor have paid a courtesy call on him to thank him for their appointments.',
        'The Governor welcomed the envoys and thanked them for their service abroad.',
      ].join('\n\n'),
    );
    assert.equal(r.title, 'Former envoys call on the Governor');
  });

  test('"Đoàn công tác … thăm và làm việc tại quận Ba Đình (09:15 12/03/2021)": the stamp in brackets is no part of the headline', () => {
    const r = parseRecordText(
      [
        'Đoàn công tác thành phố Kobe thăm và làm việc tại quận Ba Đình (09:15 12/03/2021)',
        'Sáng 12/3, đoàn công tác thành phố Kobe, Nhật Bản đã đến thăm và làm việc với UBND quận Ba Đình.',
      ].join('\n\n'),
    );
    assert.equal(r.title, 'Đoàn công tác thành phố Kobe thăm và làm việc tại quận Ba Đình');
  });

  test('a counter after the stamp ("…메시지2008.06.21 | N0.63") stands apart; a line of labelled fields is not split', () => {
    assert.deepEqual(splitStamp('광복절 기념식 축하 메시지2008.06.21 | N0.63'), [
      '광복절 기념식 축하 메시지',
      '2008.06.21',
      '| N0.63',
    ]);
    assert.equal(splitStamp('来源:  作者:  时间2014-03-24 08:45:10'), null);
    assert.equal(splitStamp('The summit ends.2014-03-24'), null);
  });
});
