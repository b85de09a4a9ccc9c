// Korean event reports name the speakers by their speech: "A 회장의 개회사에 이어 B 총영사의 축사가 있었다",
// "C 회장의 건배로 시작됐다". Each spoke there, so each took part; a speech read out for someone ("D 장관의
// 축사를 E 국장이 대독했다") or sent on video leaves that someone away. An envoy's posting may stand apart
// after the name ("F 주 휴스턴 총영사"): the name is F, not the city.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('speakers named by their speech took part', () => {
  const text = [
    '한인상공인 간담회 열려',
    '한인상공인 간담회가 11일 시카고에서 열렸다.',
    '위서진 명예회장의 개회사에 이어 탁민결 주 시카고 총영사의 축사가 있었다. 만찬은 편도윤 회장의 건배로 시작됐다.',
  ].join('\n');
  const got = people(text);
  const names = got.map((p) => p.name);
  for (const n of ['위서진', '탁민결', '편도윤']) assert.ok(names.includes(n), `got ${names.join(', ')}`);
  assert.ok(!names.includes('시카고'), `got ${names.join(', ')}`);
  assert.equal(got.find((p) => p.name === '탁민결')?.role, '주 시카고 총영사');
});

test('a speech read out for someone, or sent on video, does not put them in the room', () => {
  const text = [
    '동포 간담회 열려',
    '동포 간담회가 3일 한인회관에서 열렸다. 이날 간담회에는 석하람 한인회장이 참석했다.',
    '위서진 장관의 축사를 어진호 국장이 대독했다. 탁민결 의원의 격려사는 영상으로 전달됐다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(names.includes('석하람'), `got ${names.join(', ')}`);
  for (const n of ['위서진', '탁민결']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
});
