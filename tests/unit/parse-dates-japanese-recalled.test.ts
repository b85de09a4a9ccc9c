// A Japanese report that mentions an earlier meeting ("去る5月10日に…懇談されたことにふれると") does not
// take that day for the reception it reports, which it does not date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'去る5月10日に…懇談されたことにふれると' is an earlier meeting brought up: the reception stays undated", () => {
  const parsed = parseRecordText(
    [
      '活動報告',
      '[2015年06月20日]',
      '「駐日各国大使の県視察」県主催歓迎レセプション',
      '外務省では、駐日外国大使に地方の実情の視察の機会を提供しています。本県へは2回目の視察訪問です。',
      '総務委員会副委員長として参加させていただき、乾杯の発声をさせて頂きました。',
      'サモア特命全権大使',
      '去る5月10日に、田中一郎代表(市民党)と議員会館で懇談されたことにふれると、大使は非常に喜んでいただきました。',
    ].join('\n\n'),
  );
  assert.equal(parsed.publishedAt, '2015-06-20');
  assert.equal(parsed.meetingDate, null);
});
