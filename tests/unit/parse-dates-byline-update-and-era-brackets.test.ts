// Two ways a page states its own date that the desk officer should get: a news site's byline whose only
// date is its update stamp, written without a colon ("Last Updated on Monday, 2 January 2023, 18:59 by …");
// and a Japanese city's notice dated in the era's year with the Western year beside it in brackets
// ("令和5年(2023年)4月13日(木曜日)").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const published = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).publishedAt;
const lead = 'The Prime Minister of Dominica arrived in Guyana on an official visit and was received by the Foreign Minister.';

describe('a page’s own date in forms fresh publishers use', () => {
  test('"Last Updated on Monday, 2 January 2023, 18:59 by …" dates the page 2 January 2023', () => {
    assert.equal(
      published(['Dominica PM on official visit', 'Last Updated on Monday, 2 January 2023, 18:59 by Jane Roe', lead]),
      '2023-01-02',
    );
  });

  test('"令和5年(2023年)4月13日(木曜日)" under a notice dates it 13 April 2023', () => {
    assert.equal(
      published([
        'ハノーバー市使節団の市長表敬訪問について',
        '令和5年(2023年)4月13日(木曜日)',
        '市民局文化スポーツ部文化振興課',
        'ハノーバー市の使節団が市長を表敬訪問しますので、お知らせします。',
      ]),
      '2023-04-13',
    );
  });
});
