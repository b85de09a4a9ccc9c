// A Korean record writes the field, campus or ministry of an office between the name and the office
// ("정완철 국제교류 부회장", "김혜진 보건복지부 기획조정실장"): the desk officer wants the person, not the field
// read as a name. Words that only stand where a name would (a time noun, a verb's ending, a list of
// places in brackets) are no one; a Japanese name of two words stays whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants.map((p) => ({ name: p.name, role: p.role }));
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('the field of an office after a full Korean name is part of the office', () => {
  const text = [
    '부산상공회의소 일행, 칭다오 한국상회 방문',
    '부산상공회의소 한도윤 회장 일행은 12일 칭다오 한국상회를 방문해 임원진과 간담회를 가졌다.',
    '이날 간담회에는 한도윤 회장, 문성진 대외협력 부회장, 박기범 칭다오캠퍼스 교학처장 등이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.ok(
    found.some((p) => p.name === '문성진' && p.role === '대외협력 부회장'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === '박기범'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => p.name === '대외협력' || p.name === '칭다오캠퍼스'));
});

test('a ministry between the name and the office: the official is read', () => {
  const text = [
    '재단, 주한 대사 초청 간담회 개최',
    '재단은 5월 2일 서울에서 주한 대사 초청 간담회를 열고 협력 방안을 논의했다.',
    '최민호 재단 이사장은 인사말을 했고, 윤서진 보건복지부 국제협력실장도 “협력을 넓히겠다”고 말했다.',
  ].join('\n');
  assert.ok(names(text).includes('윤서진'), JSON.stringify(names(text)));
});

test('a time noun, a verb ending or a bracketed list of places before an office is no one', () => {
  const text = [
    '차관보, 중국 대표단 접견',
    '이정훈 외교부 차관보는 3일 청사에서 중국 지방정부(랴오닝성·지린성) 외사판공실 주임 등으로 구성된 대표단을 접견하고 교류 방안을 논의했다.',
    '대표단은 방한 기간 외교부 차관보 예방과 만찬에 참석했다. 대표단장은 교류가 이어지고 있다고 대통령 예방 일정을 소개했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('이정훈'), JSON.stringify(found));
  for (const n of ['지방정부', '기간', '있다고']) assert.ok(!found.includes(n), n);
});

test('a Japanese name of two words before an office is not cut into a name and a field', () => {
  const text = [
    '도의회 대표단, 현의회 방문',
    '도의회 대표단은 4일 현의회를 방문해 이나이 슌가쿠 의장을 비롯한 의원들과 간담회를 열었다.',
  ].join('\n');
  const found = people(text);
  assert.ok(!found.some((p) => p.name === '이나이' || (p.role ?? '').includes('슌가쿠')), JSON.stringify(found));
});
