// A Chinese record glues the verb to the name: "秘书长张志远随行" (went along), "约翰·富卡代表来访团组发言"
// (spoke on behalf of the visitors). The verb is not part of the name: "随行" closes it as "讲话" or "主持" do,
// and "代表" (on behalf of) ends a transliterated name as "先生" does; "代表团" (a delegation) is another word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => p.name ?? '');

test('an official who went along with the visiting mayor is listed without "went along"', () => {
  const found = names([
    '新竹市長率團來訪',
    '11月13日上午，臺灣新竹市市長李國強率團來訪本市，市政府秘書長張志遠隨行。雙方就城市交流合作交換意見。',
  ]);
  assert.ok(found.includes('張志遠'), found.join(' / '));
  assert.ok(!found.some((n) => n.includes('隨行')), found.join(' / '));
  const simplified = names([
    '某市市长率团来访',
    '11月13日上午，某市市长李国强率团来访，市政府秘书长张志远随行。双方就城市交流合作交换意见。',
  ]);
  assert.ok(simplified.includes('张志远'), simplified.join(' / '));
});

test('a foreign hospital director speaking on behalf of the visitors is listed by his name alone', () => {
  const found = names([
    '太平洋岛国代表团访问我校',
    '5月3日，太平洋岛国代表团访问我校。汤加卫生部医院代理院长约翰·富卡代表来访团组发言，感谢学校的热情接待。',
  ]);
  assert.ok(found.includes('约翰·富卡'), found.join(' / '));
  assert.ok(!found.some((n) => n.startsWith('约翰·富卡代')), found.join(' / '));
});

test('a university president signing for his side keeps his whole transliterated name', () => {
  const found = names([
    '斐济大学代表团访问我校',
    '5月3日上午，斐济大学代表团一行五人访问我校。斐济大学校长彼得·汤姆森代表斐方签署合作协议，副校长王建华出席签字仪式。',
  ]);
  assert.ok(found.includes('彼得·汤姆森'), found.join(' / '));
});

test('a caption "the mayor speaks" (市长讲话, 校長講話, 市长致辞) names no one called "speech"', () => {
  for (const lines of [
    ['市长会见代表团', '5月3日，市长张明会见代表团。图为市长讲话。'],
    ['校長會見代表團', '5月3日，校長王明會見代表團。圖為校長講話。'],
    ['市长会见代表团', '5月3日，市长张明会见代表团。图为市长致辞。'],
  ]) {
    const found = names(lines);
    assert.ok(found.length > 0 && !found.some((n) => /^(?:讲|講|致)/u.test(n)), found.join(' / '));
  }
});
