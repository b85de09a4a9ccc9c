// Korean papers write a Chinese or Vietnamese visitor's name as one Hangul word of two or three
// syllables that no Korean surname opens ("무이 부총영사", "토람 사무총장"), and keep calling the visitor
// by it and the office. The desk officer wants those visitors listed; a word the story also uses
// without the office, or names once only, stays unread.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("a consul general and his deputy, called by one-word Chinese names throughout, met the community's press", () => {
  const text = [
    '중국총영사관, 동포언론인 간담회',
    '2021-12-18 홍길동 기자',
    '주한중국대사관 모하걸 총영사와 무이 부총영사가 16일 시내 식당에서 동포언론인들과 간담회를 가졌다.',
    '모하걸 총영사는 "업무 정보를 제때 전하겠다"고 말했고, 무이 부총영사는 영사업무를 설명했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('모하걸'));
  assert.ok(found.includes('무이'));
});

test('a party leader called "토람 사무총장" in every paragraph received the former honorary consul', () => {
  const text = [
    '총비서, 전 명예총영사 접견',
    '2024-07-02 홍길동 기자',
    '토람 사무총장은 부산 도착 직후 박가나 전 명예총영사를 접견했다.',
    '토람 사무총장은 환영식에서 양국 우호를 강조했다.',
  ].join('\n');
  assert.ok(names(text).includes('토람'));
});

test('a word before an office that the story also uses alone is no name', () => {
  const text = [
    '협회 간담회',
    '2024-07-02 홍길동 기자',
    '김가나 회장은 3일 상무 이사와 만나 협력을 논의했다.',
    '상무 이사는 상무 업무를 설명했다.',
  ].join('\n');
  assert.ok(!names(text).includes('상무'));
});

test('the head of a delegation named as "A 의회장을 단장으로 한 대표단" came with it', () => {
  const text = [
    '몽골 도시 대표단, 구청 방문',
    '2017-04-20 홍길동 기자',
    '몽골 우호도시 대표단이 19일 구청을 방문했다.',
    '엥흐진 척트바타르 의회장을 단장으로 한 대표단은 시 의원과 직원 등 23명으로 구성됐다.',
  ].join('\n');
  assert.ok(names(text).includes('엥흐진 척트바타르'));
});
