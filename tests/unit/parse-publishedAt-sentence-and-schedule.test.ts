// Not every line that opens with a date is the page's stamp. A Japanese prefecture's report may open
// "令和3年5月12日(水曜日)、県庁を訪れ、…," and break the sentence at the line's end; its programme then
// gives the visit's hours, "令和3年5月12日(水曜日)14時00分から14時30分まで", or a Thai office's notice
// "วันที่: 4 มีนาคม 2565 เวลา: 10:00 - 11:00 น.". Both are the day of what happened, not when the page went up.
// A plain date line or a stamp with one clock time still dates the page.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { givesEventHours } from '../../electron/node/library/parse/dates/programme.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a sentence that opens with its date is no byline', () => {
  test('a Japanese line cut at a clause comma after the date gives no publication date', () => {
    const text = [
      '令和3年5月12日(水曜日)、県庁を訪れた総領事と、観光と経済の交流について、',
      '知事が意見交換を行いました。',
      '1 表敬訪問',
      '(1) 日時',
      '令和3年5月12日(水曜日)14時00分から14時30分まで',
      '(2) 場所',
      '県庁応接室',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, null);
  });

  test('a line cut at a comma reads as prose, a short stamp still reads', () => {
    assert.equal(readByline('2021年5月12日(水曜日)、県庁を訪れた総領事と観光と経済の交流について、'), null);
    assert.equal(readByline('2021年5月12日 14:05')?.published, '2021-05-12');
    assert.equal(readByline('Tuesday, May 11, 2021,')?.published, '2021-05-11');
  });
});

describe("an event's hours beside a date", () => {
  test('a span of hours in Thai, Japanese, English or French is an event held then', () => {
    for (const line of [
      'วันที่: 4 มีนาคม 2565 เวลา: 10:00 - 11:00 น.',
      '令和3年5月12日(水曜日)14時00分から14時30分まで',
      'Thursday 3 March 2022, from 9.30 to 11.00',
      'le 3 mars 2022 de 14h00 à 16h00',
    ])
      assert.equal(givesEventHours(line), true, line);
  });

  test('one clock time is a stamp, not hours', () => {
    for (const line of [
      'Thứ hai, 22/05/2023 08:41',
      '2022-03-03 10:00',
      '3 March 2022 - 10:45 GMT',
      '2022.03.03 14:05 - 2022.03.04 09:00',
    ])
      assert.equal(givesEventHours(line), false, line);
  });

  test('a date line with the hours of a visit near the top does not date the page; a bare date line does', () => {
    const body =
      'นายกเทศมนตรีให้การต้อนรับคณะผู้แทนจากเมืองพี่เมืองน้องที่ห้องประชุมศาลาว่าการ และหารือเรื่องการท่องเที่ยวและการศึกษาระหว่างสองเมืองอย่างใกล้ชิด';
    const head = 'นายกเทศมนตรีต้อนรับคณะผู้แทนเมืองพี่เมืองน้อง';
    assert.equal(
      parseRecordText(`${head}\n\nสำนักงานเทศบาล\n\nวันที่: 4 มีนาคม 2565 เวลา: 10:00 - 11:00 น.\n\n${body}`).publishedAt,
      null,
    );
    assert.equal(parseRecordText(`${head}\n\nสำนักงานเทศบาล\n\n4 มีนาคม 2565\n\n${body}`).publishedAt, '2022-03-04');
  });

  test('an English notice with "Friday 4 March 2022, 10:00 - 11:00" under its headline is not dated by it; one clock time is', () => {
    const body =
      'The mayor welcomed the delegation from the sister city at the town hall, and the two sides discussed tourism, schools and trade between the two cities.';
    const page = (line: string): string | null =>
      parseRecordText(`Mayor welcomes sister-city delegation\n\nTown hall news\n\n${line}\n\n${body}`).publishedAt;
    assert.equal(page('Friday 4 March 2022, 10:00 - 11:00'), null);
    assert.equal(page('Friday 4 March 2022, 10:00'), '2022-03-04');
  });
});
