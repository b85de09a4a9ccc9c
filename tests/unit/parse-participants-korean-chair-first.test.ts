// China's Korean-language press writes a chair's office before the name, after the body it heads:
// "전국인대 상무위원회 위원장 A는 … 한국 국회 부의장 B를 회견했다". The desk officer wants both chairs
// (the guest's country as written); a committee chair's office alone before a word is not read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a chair named after the office and its body, host and guest', () => {
  const text =
    '전국인민대표대회 상무위원회 위원장 왕건민은 5월 8일 장춘에서 한국 국회 부의장 박정호를 회견했다. 왕건민은 교류를 확대하자고 말했다.';
  const found = people(text);
  assert.ok(
    found.some((p) => p.name === '왕건민' && p.role === '위원장'),
    JSON.stringify(found.map((p) => p.name)),
  );
  const guest = found.find((p) => p.name === '박정호');
  assert.equal(guest?.country, 'Republic of Korea');
});

test("a chair's office with no body before it reads no name after it", () => {
  const text = '시장은 5월 8일 시청에서 대표단을 접견했다. 위원장 선출을 앞두고 의장 선거는 연기됐다.';
  const found = people(text).map((p) => p.name);
  assert.ok(!found.includes('선출을') && !found.includes('선거는'), JSON.stringify(found));
});
