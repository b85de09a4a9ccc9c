// Site templates print the month as a word in the page's language. A Vietnamese theme writes
// "12 Tháng Năm, 2020" (the fifth month told in words) or "Tháng Mười Hai 3, 2021"; a Ukrainian one
// "27 Березня , 2023", with a stray space before the comma. Both are full dates of the page. But
// "trong 4 tháng năm 2020" is "in the first four months of 2020", no date at all. And a Ukrainian
// preview says what will happen in the perfective future ("відвідає", "поспілкується", "заплановано"),
// as Russian does ("посетит", "примет"): the talks it names are still ahead.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FUTURE } from '../../electron/node/library/parse/dates/words.ts';
import { findDateMentions } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const full = (text: string): string[] =>
  findDateMentions(text)
    .filter((m) => m.year !== null && m.month !== null && m.day !== null)
    .map((m) => `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`);

describe('a Vietnamese month told in words', () => {
  test('"12 Tháng Năm, 2020", "Tháng Mười Hai 3, 2021" and "5 tháng Mười Một, 2019" are full dates', () => {
    assert.deepEqual(full('12 Tháng Năm, 2020'), ['2020-05-12']);
    assert.deepEqual(full('Tháng Mười Hai 3, 2021'), ['2021-12-03']);
    assert.deepEqual(full('Đăng lúc 5 tháng Mười Một, 2019'), ['2019-11-05']);
  });

  test('"trong 4 tháng năm 2020" (the first four months of 2020) names no day', () => {
    assert.deepEqual(full('Kim ngạch xuất khẩu trong 4 tháng năm 2020 tăng mạnh.'), []);
    assert.deepEqual(full('Sau 6 tháng năm 2021, doanh thu du lịch giảm.'), []);
  });

  test('a page stamped "20 Tháng Ba, 2023" under its headline is dated 20 March 2023', () => {
    const text =
      'Chủ tịch tỉnh tiếp Đại sứ Nhật Bản\n\n20 Tháng Ba, 2023\n\nSáng 18/3, Chủ tịch UBND tỉnh đã tiếp Đại sứ Nhật Bản tại Việt Nam và trao đổi về hợp tác đầu tư, giáo dục và du lịch giữa hai bên.';
    const r = parseRecordText(text);
    assert.equal(r.publishedAt, '2023-03-20');
    assert.equal(r.meetingDate, '2023-03-18');
  });
});

describe('a Ukrainian page and its future', () => {
  test('"27 Березня , 2023" is 27 March 2023, the space before the comma read past', () => {
    assert.deepEqual(full('27 Березня , 2023'), ['2023-03-27']);
    assert.deepEqual(full('4 травня, 2022'), ['2022-05-04']);
  });

  test('the perfective future of a visit or a meeting in Ukrainian and Russian is what is still to come', () => {
    for (const s of [
      'Міністр відвідає Лондон 14-15 травня.',
      'Голова парламенту поспілкується з депутатами.',
      'Заплановано також двосторонні зустрічі з прем’єр-міністром.',
      'Президент посетит Минск в пятницу.',
      'Министр примет послов в четверг.',
      'Делегация прибудет в Москву 3 мая.',
    ])
      assert.equal(FUTURE.test(s), true, s);
  });

  test('the past of the same verbs is a meeting held', () => {
    for (const s of [
      'Міністр відвідав Лондон 14 травня.',
      'Голова парламенту поспілкувався з депутатами.',
      'Президент посетил Минск в пятницу.',
      'Министр принял послов в четверг.',
      'Делегация прибыла в Москву 3 мая.',
    ])
      assert.equal(FUTURE.test(s), false, s);
  });
});
