// A delegation list in a local paper glues the office to the name, for an association's chair and
// for members alike: "방문단은 A회장과 B·C 부회장,D·E 상임의원,F·G의원으로 구성됐다" (a comma typed without its
// space, a standing member of a chamber: "상임의원"). The desk officer wants each
// of them by name with the office, and none made from a clinic's or an association's own name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a chair with "회장" glued on, and members sharing a glued "의원" after "·"', () => {
  const text = [
    '상공회의소 방문단, 자매 상공회 방문',
    '상공회의소 방문단은 12일 자매 상공회를 방문해 간담회를 가졌다.',
    '방문단은 민태호회장과 차유진·남기범 부회장,석준호·배은철 상임의원,윤서진·하도현의원으로 구성됐다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '민태호')?.role, '회장');
  assert.equal(found.find((p) => p.name === '윤서진')?.role, '의원');
  assert.equal(found.find((p) => p.name === '하도현')?.role, '의원');
  assert.equal(found.find((p) => p.name === '석준호')?.role, '상임의원');
  assert.equal(found.find((p) => p.name === '배은철')?.role, '상임의원');
});

test('a clinic ("한의원") or an association ("한인회장") glued to an office names no one', () => {
  const text = [
    '한인회장단, 총영사 면담',
    '한인회장단은 5일 총영사를 면담했으며 이 자리에는 경희한의원 원장과 동포한인회장이 함께했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('경희한'));
  assert.ok(!names.includes('동포한인'));
});
