// A prefecture's or a portal's page often dates itself only with the stamp it got when it went up
// ("更新日:2021年4月8日", "作者:未知 来源:某网 更新:2009-11-22 16:54:04"). The desk officer files that as
// the page's date, checked: it is the only date the page gives itself. An old document put up again
// (an address of 平成27年 stamped 2023), an update told in a sentence, or a page with a byline date of
// its own is not dated by the stamp.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const published = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).publishedAt;

describe('an update stamp that is the only date a page gives itself dates it', () => {
  test('"更新日:2021年4月8日" over a governor\'s diary of a consul general\'s call dates the page 8 April 2021', () => {
    assert.equal(
      published([
        '更新日:2021年4月8日',
        'ここから本文です。',
        '4月5日、駐福岡大韓民国総領事が知事を表敬訪問されました。',
        '総領事からは、着任のご挨拶をいただき、今後の交流について意見を交わしました。',
      ]),
      '2021-04-08',
    );
  });

  test('a portal\'s "作者:未知 来源:某网 更新:2009-11-22 16:54:04" line dates the page 22 November 2009', () => {
    assert.equal(
      published([
        '市长会见日本友好城市代表团',
        '作者:未知  来源:某网   更新:2009-11-22 16:54:04  点击:',
        '昨天晚上,市长在宾馆会见了来访的日本友好城市代表团一行。',
        '双方就进一步扩大经贸和人文交流交换了意见。',
      ]),
      '2009-11-22',
    );
  });

  test('an address of 平成27年 stamped in 2023 is an old text put up again: no date', () => {
    assert.equal(
      published([
        '平成27年9月県議会定例会知事提案説明要旨',
        'ページID1010451  更新日:2023年1月13日',
        '次に、地域外交についてであります。',
        '先月、経済団とともにモンゴルを訪問し、首相と会談いたしました。',
      ]),
      null,
    );
  });

  test('an update told in a sentence is no stamp', () => {
    assert.equal(
      published([
        'La ville reçoit ses jumeaux allemands',
        'Article mis à jour le 7 janvier 2020.',
        'Le maire a reçu la délégation de la ville jumelée à l’hôtel de ville.',
      ]),
      null,
    );
  });
});
