// A release's lead runs long, through its commas, into the day it happened ("…, Governor General of the
// Commonwealth, March 4, 2021 accrediting him …"). The page cuts it at the date, leaving a line that stops on a
// comma: that line is a sentence cut short, not a headline, and the headline above it stands.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a lead cut at a comma is not the headline', () => {
  test('the headline above a long lead that the page cut at its date, on a page with a comment form', () => {
    const text = [
      'Courtesy Call on the Minister of Foreign Affairs by the Ambassador of the Republic of Chile',
      '',
      '',
      'His Excellency Pedro Alvarez Rojas, Ambassador of the Republic of Chile, presented his Letters of Credence to Her Excellency, the Honourable Dame Cynthia Pratt, Governor General of the Commonwealth of Dominica, March 4, 2021 accrediting him as Ambassador of the Republic of Chile to the Commonwealth of Dominica.',
      '',
      'Before the ceremony at Government House, Ambassador Alvarez Rojas called on the Minister of Foreign Affairs. The two discussed trade, climate finance and the training of diplomats.',
      '',
      'Leave a Reply',
      '',
      'This site uses a filter to reduce spam. Learn how your comment data is processed.',
    ].join('\n');
    assert.equal(title(text), 'Courtesy Call on the Minister of Foreign Affairs by the Ambassador of the Republic of Chile');
  });

  test('a short headline wrapped at its comma is still read whole', () => {
    const text = [
      '한·칠레 의원친선협회,',
      '주한 칠레 대사 예방 받아',
      '',
      '한·칠레 의원친선협회 회장은 5일 국회에서 주한 칠레 대사의 예방을 받고 양국 의회 교류 확대 방안을 논의했다.',
    ].join('\n');
    assert.equal(title(text), '한·칠레 의원친선협회, 주한 칠레 대사 예방 받아');
  });
});
