// Korean lists that say the office once for a group: "A 군의장, B·C 도의원" (the dotted list starts after
// the office before it), "D·E·F 군의원" (given names may end in "원"), "G, H, I 등 모두 10명의 학회
// 고문단과" (each is one of the group's advisers; a name may end in an office's last syllable: "김종관").
// The desk officer wants every one of them, and no body ("공무원", "연구원") read as a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a dotted list after an item that ends in its own office; names ending in "원"', () => {
  const text = [
    '농업회의소 대의원총회',
    '농업회의소는 27일 대강당에서 대의원 총회를 열어 발전 방안을 논의했다.',
    '이날 총회에는 위서진 군수, 탁민결 군의장, 편종원·석하람 도의원, 어진호·변철원·하상민 군의원 등이 참석했다.',
  ].join('\n');
  const got = people(text);
  for (const [n, role] of [
    ['편종원', '도의원'],
    ['석하람', '도의원'],
    ['어진호', '군의원'],
    ['변철원', '군의원'],
    ['하상민', '군의원'],
  ])
    assert.equal(got.find((p) => p.name === n)?.role, role, `${n}: got ${got.map((p) => p.name).join(', ')}`);
});

test('"A, B, C 등 모두 N명의 학회 고문단과": every adviser, a name ending in "관" too', () => {
  const text = [
    '학회, 고문단 초청 간담회',
    '가람학회가 29일 고문단 초청 간담회를 가졌다.',
    '이날 간담회는 위서진, 김종관, 탁민결, 편도윤 등 모두 4명의 학회 고문단과 석하람 명예회장이 참석했다.',
  ].join('\n');
  const got = people(text);
  for (const n of ['위서진', '김종관', '탁민결', '편도윤'])
    assert.equal(got.find((p) => p.name === n)?.role, '고문', `${n}: got ${got.map((p) => p.name).join(', ')}`);
});

test('bodies in a dotted list, and a list of offices, are no people', () => {
  const text = [
    '기관장 협의회',
    '협의회에는 공무원·연구원 위원과 관계 기관 직원이 참석했다.',
    '회의에는 위서진 회장, 부의장, 부지사, 사무관 등 관계자가 참석했다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  for (const n of ['공무원', '연구원', '부의장', '부지사', '사무관']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
});

test('an office that sounds like a name ("이사장") and a count ("명의") are no people', () => {
  const text = [
    '두 기관 협약',
    '가람대는 31일 누리협회와 협약을 체결했다. 이날 협약식에는 누리협회 위서진 이사장, 탁민결 회장, 편도윤 부회장이 참석했다.',
    '지금까지 80여 명의 중국 병원장이 다녀갔다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  for (const n of ['위서진', '탁민결', '편도윤']) assert.ok(names.includes(n), `got ${names.join(', ')}`);
  for (const n of ['이사장', '명의']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
});

test('a list that shares one title starts a word: "명예총회장, B 고문 등" reads no "예총회장"', () => {
  const text = [
    '출판기념회 열려',
    '상공인 간담회가 11일 호텔에서 열렸다.',
    '위서진 명예총회장의 개회사에 이어 위서진 명예총회장, 탁민결 고문 등에 대해 감사패 전달 순서가 진행됐다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('예총회장'), `got ${names.join(', ')}`);
});
