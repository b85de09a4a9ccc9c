// Chinese also opens a clause with the person, then the office: "刘红梅副主任会见…", "周建华外长表示…".
// Such a name is read when it starts with a Chinese surname and recurs in the record; a word before an
// office ("全国市长会会长", "国外总统级别人士", "参加市长论坛") and a leader whose name is only
// transliterated and mentioned ("普京总统成功来访") are no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}|${p.country ?? '—'}`);

test("a provincial office's deputy director receives a visiting deputy director: both are read name first", () => {
  const found = people([
    '刘红梅副主任会见澳门驻成都办何家明副主任一行',
    '3月12日上午,省港澳办刘红梅副主任会见了澳门特区政府驻成都办何家明副主任一行。',
    '刘红梅副主任对来访表示欢迎。何家明副主任简要介绍了此行的目的。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('刘红梅|副主任')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('何家明|副主任')),
    found.join(' / '),
  );
  assert.ok(!found.some((p) => p.startsWith('简要')), found.join(' / '));
});

test('words before an office and a transliterated leader merely mentioned are not read as names', () => {
  const found = people([
    '周建华外长会见来访的邻国外长',
    '5月8日,周建华外长在京会见来访的邻国外长。周建华表示,普京总统成功访华后两国关系发展良好,全国市长会会长也将参加市长论坛。',
    '国外总统级别人士访华时,普京总统曾多次表示支持。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('周建华|外长')),
    found.join(' / '),
  );
  for (const word of ['普京', '全国', '国外', '参加'])
    assert.ok(!found.some((p) => p.startsWith(`${word}|`)), `${word}: ${found.join(' / ')}`);
});
