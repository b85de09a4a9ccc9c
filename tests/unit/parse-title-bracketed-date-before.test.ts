// A listing or a wire service sets the post's date in brackets before its headline, sometimes with a clock and the
// service's label ("[2025-03-14]Minister …", "(News wire 20240626 11:58:42) …"). The stamp is the page's, not the
// headline's words; a rubric in brackets that says what the story is stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a bracketed date before the headline', () => {
  test('a Korean ministry listing: the date in square brackets glued to the headline', () => {
    const text = [
      '콘텐츠로 건너뛰기',
      '',
      '[2025-03-14]외교부 차관, 주한 칠레 대사 접견',
      '',
      '외교부 제1차관은 3월 13일 주한 칠레 대사를 접견하고 양국 간 교역 확대 방안을 논의하였다. 양측은 올해 하반기 공동위원회 개최에도 의견을 모았다.',
    ].join('\n');
    assert.equal(title(text), '외교부 차관, 주한 칠레 대사 접견');
  });

  test("a wire service's label, date and clock in round brackets before a Chinese headline", () => {
    const text = [
      '(新聞服務20240312 09:15:20) 花蓮縣長率團訪問沖繩縣 推動觀光交流',
      '',
      '花蓮縣長率領縣府團隊前往沖繩縣,拜會沖繩縣知事,雙方就觀光、農業及青年交流等議題交換意見,並約定明年互訪。',
    ].join('\n');
    assert.equal(title(text), '花蓮縣長率團訪問沖繩縣 推動觀光交流');
  });

  test('a rubric in brackets that says what the story is stays with the headline', () => {
    const text = [
      '[포토] 시장, 자매도시 대표단 환영',
      '',
      '시장은 12일 시청에서 자매도시 대표단을 맞이하고 문화 교류 확대에 대해 이야기를 나눴다. 대표단은 이틀간 머문다.',
    ].join('\n');
    assert.equal(title(text), '[포토] 시장, 자매도시 대표단 환영');
  });

  test('a span of years in brackets that opens a headline is no stamp', () => {
    const text = [
      '(2019-2024) Sister cities review five years of exchanges',
      '',
      'The mayors of both cities met on Tuesday to review five years of student and trade exchanges and agreed on a new plan.',
    ].join('\n');
    assert.equal(title(text), '(2019-2024) Sister cities review five years of exchanges');
  });
});
