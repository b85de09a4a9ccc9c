// A Chinese record names a Japanese guest in full once ("外务副大臣鈴木一郎率领的…") and after calls him by
// surname and his party, "鈴木一行". The "一" of "一行" (the party) is no part of the given name: the guest is
// "鈴木一郎", never "鈴木一", and the party after his surname calls him as an office after it would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => p.name ?? '');

test('a Japanese vice-minister named in full, then as "his party", keeps his full name', () => {
  const found = names([
    '温总理会见日本议员代表团',
    '新华网北京5月8日电 国务院总理温家宝今天在人民大会堂会见日本外务副大臣鈴木一郎率领的日本经济代表团。温家宝说，中日两国是近邻。鈴木一行是应外交学会邀请来华访问的。',
  ]);
  assert.ok(found.includes('鈴木一郎'), found.join(' / '));
  assert.ok(!found.includes('鈴木一'), found.join(' / '));
});

test('a Japanese mayor leading a friendship delegation, then called by surname and party, keeps his full name', () => {
  const found = names([
    '市长会见日本友好城市代表团',
    '5月8日，市长张明会见日本某市市长佐藤一成率领的友好代表团。张明表示欢迎。佐藤一行还参观了开发区。',
  ]);
  assert.ok(found.includes('佐藤一成'), found.join(' / '));
});
