// Korean names a branch's, a school's, a centre's or a numbered neighbourhood's head with the body glued to
// "-장" ("논산시지부장", "한글학교장", "국제교류센터장", "나운1동장"). The desk officer wants each listed with
// that office; the same words going on into another ("연구소장실", "센터장비", "학교장학금") name no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const roleOf = (text: string, name: string): string | null | undefined => people(text).find((p) => p.name === name)?.role;

test('a Korean record naming a branch head and a school principal after their glued offices lists them', () => {
  const text = [
    '가람군 농정 간담회',
    '탁민결 의원은 3일 가람군 농협과 간담회를 가졌다. 이날 간담회에서 변도윤 가람군지부장은 농정 현안을 건의했다.',
    '대사관 방문단은 5일 누리 한글학교를 찾았다. 한글학교에서는 맹시우 누리한글학교장을 비롯한 교사들이 방문단을 맞았다.',
  ].join('\n');
  assert.equal(roleOf(text, '변도윤'), '가람군지부장');
  assert.equal(roleOf(text, '맹시우'), '누리한글학교장');
});

test('a Korean record naming a numbered neighbourhood head lists her with her neighbourhood', () => {
  const text = [
    '두 동 자매결연 10주년',
    '가람2동 주민자치회는 21일 누리동을 방문해 교류 간담회를 가졌다.',
    '염지수 가람2동장은 “두 동의 우정이 이어지기를 바란다”고 말했다.',
  ].join('\n');
  assert.equal(roleOf(text, '염지수'), '가람2동장');
});

test('a room, equipment or a hall after a glued office word names no one', () => {
  const text = [
    '두 대학 업무협약',
    '가람대와 누리대는 9일 가람대 연구소장실에서 업무협약을 체결했다. 두 대학은 문지환 센터장비 지원과 한글학교장학금 사업을 함께하기로 했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  for (const n of ['가람대', '문지환', '9일']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
});
