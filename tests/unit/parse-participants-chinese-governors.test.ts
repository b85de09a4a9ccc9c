// Chinese provincial calls: a province's governor ("省长"), his deputy ("副省长") and a chargé d'affaires
// ("临时代办") are named after their office like a mayor; "省长期" (the province, then "long-term") and
// "副省长访日" (the deputy governor's visit to Japan) are no names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}|${p.country ?? '—'}`);

test("an embassy's chargé d'affaires receives a visiting deputy governor: both are found, the verb after the office is no name", () => {
  const found = people([
    '驻外使馆临时代办刘东会见江西省副省长陈建平一行',
    '5月12日,中国驻外使馆临时代办刘东会见来访的江西省副省长陈建平一行。',
    '刘东临时代办欢迎陈建平副省长访日并介绍了当前两国关系。陈建平表示,愿进一步加强经贸合作。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('刘东|') && p.includes('临时代办')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('陈建平|') && p.includes('副省长')),
    found.join(' / '),
  );
  assert.ok(!found.some((p) => p.startsWith('访日|')), found.join(' / '));
});

test("an ambassador calls on a foreign province's governor: the governor is found by his office", () => {
  const found = people([
    '大使会见马兰省省长',
    '9月3日,驻外大使王海应邀访问马兰省,并在省政府会见马兰省省长卡洛斯。',
    '王海大使祝贺卡洛斯当选省长。卡洛斯感谢中方支持。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('卡洛斯|') && p.includes('省长')),
    found.join(' / '),
  );
});

test('a province followed by "long-term" (省长期) names no one', () => {
  const found = people([
    '两省合作座谈会举行',
    '6月2日,江西省长期合作座谈会在南昌举行,副市长李明会见了与会代表。',
    '李明表示,愿与各方深化合作。',
  ]);
  assert.ok(!found.some((p) => p.startsWith('期') || p.includes('|省长')), found.join(' / '));
});
