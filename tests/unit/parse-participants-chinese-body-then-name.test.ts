// Chinese also names a body's person between the body and the office, name first: "中国驻日本大使馆程永华临时代办
// 出席", "复旦大学日研中心高岚副主任、…", "日本館山市森正一市長、…率團" (a Japanese mayor in his own order). The name is
// read straight after the body's last word when the office is closed by a list's comma or the verb of attending,
// receiving or leading; a field or a rank there ("国际合作主任", "常务副主任") is the office's, no name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}|${p.country ?? '—'}`);

test("the embassy's chargé d'affaires attends a chamber's assembly, named after the embassy: he is read", () => {
  const found = people([
    '华人商会举行年度会员大会',
    '3月9日,华人商会在东京举行年度会员大会暨恳亲会。中国驻日本大使馆江明远临时代办出席恳亲会并致辞。',
    '华侨联合总会许文涛会长、贸易促进协会岩崎和夫理事长和众议院议员村井一郎等也应邀出席。',
  ]);
  for (const name of ['江明远', '许文涛', '岩崎和夫'])
    assert.ok(
      found.some((p) => p.startsWith(`${name}|`)),
      `${name}: ${found.join(' / ')}`,
    );
  assert.ok(
    found.some((p) => p.startsWith('江明远|驻日本大使馆临时代办|China')),
    found.join(' / '),
  );
});

test('a visiting Japanese mayor named in his own order after his city, and a division head receiving: both read', () => {
  const found = people([
    '日本館山市拜會市府',
    '15日,日本千葉縣館山市森田一郎市長、太田議長率團蒞府拜會黃市長。黃市長偕國際關係處蘇明恩處長接待訪團。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('森田一郎|') && p.endsWith('|Japan')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('蘇明恩|國際關係處處長')),
    found.join(' / '),
  );
});

test("a centre's field and rank before the office are no name: nobody is read from them", () => {
  const found = people([
    '研究中心举行座谈会',
    '5月8日,研究中心国际合作主任、中心常务副主任出席座谈会。大学研究中心高级顾问出席。',
  ]);
  for (const word of ['国际合作', '常务', '高级'])
    assert.ok(!found.some((p) => p.startsWith(word)), `${word}: ${found.join(' / ')}`);
});
