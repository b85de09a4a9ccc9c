// A desk officer reads "8月28日、大使は…議員を公邸に招き、意見交換しました" or "柯文哲19日晚在圓山大飯店歡迎…代表團" and
// knows the day of the meeting. The date reader's own meeting words may miss the verb; the meeting decision's wider ones
// know it. Then the lead's one date is the meeting's, but only where that date stands in the sentence that tells the
// meeting (a term that began on 1 January, in the sentence after the election, is no meeting's day), and only a day
// written out: "today" counted from the page, in words the date reader does not read as a meeting, stays unread.
// Also: Spanish "se reunió este día" (this day) is the page's day, and a Japanese dispatch line in lenticular brackets
// ("【新華社東京4月16日】") is the dispatch's date, not the meeting's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a lone lead date in the sentence that tells the meeting in words the date reader lacks', () => {
  test('Chinese "19日晚…歡迎…代表團一行" on a page of the 20th: the 19th', () => {
    const text = '臺中市市長林志明19日晚在市府歡迎福岡市副市長山田一郎率領的代表團一行。\n\n雙方就觀光交流交換意見。';
    assert.equal(meeting(text, '2019-03-20'), '2019-03-19');
  });

  test('a word counted from the page ("сегодня") in such a sentence gives no meeting date', () => {
    // "принял министра" (received the minister) is now the date reader's own meeting word (parse-dates-relative-more-languages):
    // "обсудил с министром … вопросы" (discussed with) is still only the meeting decision's.
    const text =
      'На полях форума, проходящего сегодня в Бишкеке, Президент Республики Иван Петров обсудил с министром иностранных дел Латвии вопросы сотрудничества.';
    assert.equal(meeting(text, '2022-05-12'), null);
  });

  test('a date in another sentence than the meeting gives no meeting date', () => {
    const text = '각 지역 한인회가 총회를 열어 새 회장을 선출했다. 새 회장들은 2023년 1월 1일 들어 2년 임기를 시작했다.';
    assert.equal(meeting(text, '2023-02-01'), null);
  });

  test('a lecture with no meeting word gives no meeting date', () => {
    const text = '19日、林市長は市内の大学で観光について講演を行いました。';
    assert.equal(meeting(text, '2019-03-20'), null);
  });
});

describe('Spanish "este día" is the day the page gives', () => {
  test('"22/03/2021" over "se reunió este día con…": 22 March 2021', () => {
    const text =
      '22/03/2021 - 10:15\n\nLa ministra de Exteriores, Ana Ruiz, se reunió este día con el Secretario General del organismo regional.';
    assert.equal(meeting(text, '2021-03-22'), '2021-03-22');
  });

  test('"este día" that speaks of a day being marked is no meeting', () => {
    const text = 'Este día es importante para la región, dijo la ministra Ana Ruiz en su discurso.';
    assert.equal(meeting(text, '2021-03-22'), null);
  });
});

describe('a Japanese dispatch line in lenticular brackets dates the dispatch', () => {
  test('"【新華社東京4月16日】…は11日、…大使と意見交換しました": the 11th, not the 16th', () => {
    const text = '【新華社東京4月16日】日中友好団体の代表は11日、東京で中国の大使と意見交換しました。';
    assert.equal(meeting(text, '2024-04-16'), '2024-04-11');
  });

  test("the same date in ordinary brackets is the text's own: two days, no meeting date", () => {
    const text = '(特集 4月16日)日中友好団体の代表は11日、東京で中国の大使と意見交換しました。';
    assert.equal(meeting(text, '2024-04-16'), null);
  });
});
