// Mirror sites copy Chinese news with pinyin set after some characters ("市長(zhǎng)王某會(huì)見了…"). The desk
// still wants the mayor and the guest read from it; the record keeps its text as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { withoutPinyinGlosses } from '../../electron/node/library/parse/pinyin-glosses.ts';

test('a mirrored readout with pinyin glosses names the mayor who met the visiting governor', () => {
  const text = [
    '3月9日,市長(zhǎng)王某某會(huì)見了來訪的加拿大某省省長(zhǎng)約翰·史密斯一行。',
    '王某某表示,兩地合作前景廣闊。約翰·史密斯感謝熱情接待。',
  ].join('\n');
  const r = parseRecordText(text);
  const names = r.participants.map((p) => p.name);
  assert.ok(names.includes('王某某'), JSON.stringify(names));
  assert.equal(r.source?.text, text);
});

test('only bracketed tone-marked syllables after Han characters go; other brackets stay', () => {
  assert.equal(withoutPinyinGlosses('中新網(wǎng)北京電'), '中新網北京電');
  assert.equal(withoutPinyinGlosses('郭南希(Nancy Gordon)一行'), '郭南希(Nancy Gordon)一行');
  assert.equal(withoutPinyinGlosses('Hà Nội (Việt Nam)'), 'Hà Nội (Việt Nam)');
});

test('a gloss copied with a space before its closing bracket goes too', () => {
  assert.equal(withoutPinyinGlosses('省長在廣州會(huì )見外長'), '省長在廣州會見外長');
  assert.equal(withoutPinyinGlosses('社會(huì )'), '社會');
  assert.equal(withoutPinyinGlosses('省長(cháng)李某在廣州會(huì )見(jiàn)了客人'), '省長李某在廣州會見了客人');
  assert.equal(withoutPinyinGlosses('Hà Nội (Việt Nam )'), 'Hà Nội (Việt Nam )');
});
