// Japanese pages credit the agency or paper a story comes from on a line of its own ("共同通信", "【時事通信社】",
// "提供 - 〇〇新聞社", "情報提供元:〇〇ニュース Powered by …"). The desk files that outlet as the publisher when
// nothing stronger names one; the same credit repeated under a list of other stories credits those, not this one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { japaneseCredit } from '../../electron/node/library/parse/credits-japanese.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'【架空通信】' on its own line under a story about a foreign minister's talks is the publisher", () => {
  const r = parseRecordText(
    [
      '外相、来日した外相と会談',
      '外相は12日、来日したオランダの外相と外務省で会談した。両氏は経済安全保障での連携を確認した。',
      '【架空通信】',
    ].join('\n'),
  );
  assert.equal(r.publisher, '架空通信');
});

test("'提供 - 架空新聞社' is credited; a related-stories list with the agency under every link is not", () => {
  assert.equal(japaneseCredit(['市長が訪問団と懇談した。', '提供 - 架空新聞社']), '架空新聞社');
  const list = ['関連記事', ...Array.from({ length: 5 }, (_, i) => `記事${i}\n架空通信 -`), '架空通信'];
  assert.equal(japaneseCredit(list), null);
});
