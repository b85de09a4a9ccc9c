// Korean associations, firms and cooperatives name their officers with the portfolio glued to the office:
// "총무이사", "재무이사", "대표이사", "성동농협조합장", "산업단지정책과장", "웅진동장". The desk officer wants each
// one listed with that office, and no common word read as an office ("이사" alone, "운동장", "이사회").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const roleOf = (text: string, name: string): string | null | undefined => people(text).find((p) => p.name === name)?.role;

test('a board director with the portfolio glued on', () => {
  const text = [
    '두 동문회, 첫 공식 간담회',
    '가람대 동문회와 누리대 동문회가 지난 3일 간담회를 열었다.',
    '이 자리에는 가람대 동문회 문지환 회장을 비롯해 하상민 총무이사, 염태곤 재무이사가 참석했으며, 누리대 동문회에서는 변시우 홍보이사가 함께했다.',
  ].join('\n');
  assert.equal(roleOf(text, '하상민'), '총무이사');
  assert.equal(roleOf(text, '염태곤'), '재무이사');
  assert.equal(roleOf(text, '변시우'), '홍보이사');
});

test('a cooperative head, the cooperative written apart or glued on', () => {
  const text = [
    '조합운영협의회 개최',
    '군 조합운영협의회가 4일 열려 의장에 맹도현 가람농협 조합장, 총무에 석지환 누리수협 조합장을 뽑았다.',
    '이날 협의회에는 탁영민 바다축협조합장도 참석했다.',
  ].join('\n');
  assert.equal(roleOf(text, '맹도현'), '가람농협 조합장');
  assert.equal(roleOf(text, '석지환'), '누리수협 조합장');
  assert.equal(roleOf(text, '탁영민'), '바다축협조합장');
  assert.ok(!people(text).some((p) => p.name?.endsWith('농협') || p.name?.endsWith('수협')));
});

test('a neighbourhood head and a section chief with the place or section glued on', () => {
  const text = [
    '두 동 주민자치회 자매결연',
    '가람동 주민자치회는 21일 누리동 주민자치회와 자매결연을 체결했다. 협약식에는 변수정 가람동장과 어진호 누리동장이 참석했다.',
    '채윤석 경북도 관광정책과장은 간담회에서 "지원을 아끼지 않겠다"고 말했다.',
  ].join('\n');
  assert.equal(roleOf(text, '변수정'), '가람동장');
  assert.equal(roleOf(text, '어진호'), '누리동장');
  assert.ok(people(text).some((p) => p.name === '채윤석'));
});

test('"이사" alone, the board and a sports ground are no offices', () => {
  const text = [
    '체육회 간담회',
    '체육회는 5일 종합운동장에서 간담회를 열었다. 이날 회의에는 진주 종합운동장에서 훈련하는 선수단이 참석했다.',
    '협회는 이사회를 열어 문지환 회장을 다시 뽑았고, 사무실은 내년에 이사한다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  for (const n of ['진주', '종합', '이사회', '사무실은']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
});

test('a division before "대표이사" and "단위" (local) before "조합장" are no names', () => {
  const text = [
    '농협 간담회',
    '이날 회의에는 위서진 가람경제지주 유통경제 대표이사를 비롯한 자회사 사장단이 참석했다.',
    '지부(지부장 편도윤)는 1일 탁민결 의원과 농정간담회를 가졌다.',
    '이날 간담회에는 탁 의원(가람당)과 편도윤 지부장을 비롯해 단위 조합장이 배석한 가운데 현안을 논의했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  for (const n of ['유통경제', '단위']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
});
