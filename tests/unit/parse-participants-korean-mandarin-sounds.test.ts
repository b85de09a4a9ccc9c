// A Korean paper spells a Chinese or Cambodian name by its own sounds: "첸훙 부총장", "리쳉 회장".
// "ㅔ" closing on a consonant ("첸", "쳉") is no Sino-Korean reading, so the name is foreign and
// needs no Korean surname; a Korean name ("김세진") and a verb before a name ("만난") stay as they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { sinoKorean } from '../../electron/node/library/parse/participants/home.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('"ㅔ" with a final consonant is no Sino-Korean sound; "세", "제", "궤" are', () => {
  assert.equal(sinoKorean('첸훙'), false);
  assert.equal(sinoKorean('리쳉'), false);
  assert.equal(sinoKorean('김세진'), true);
  assert.equal(sinoKorean('제궤'), true);
});

test('a foreign guest spelled with such a sound is listed with the office', () => {
  const text = [
    '세계 총장단, 가람대 방문',
    '세계 대학 총장단이 12일 가람대를 방문했다. 총장들이 기념품을 전달했고, 캄보디아 한 그룹의 리쳉 회장이 가람대 측에 감사패를 전달했다.',
  ].join('\n');
  assert.ok(names(text).includes('리쳉'));
});

test('the verb before a name is not part of it: "의장실에서 만난 응웬 반 대사는"', () => {
  const text = [
    '시의회 의장, 베트남 대사 면담',
    '김민호 시의회 의장은 20일 베트남 대사와 면담했다. 의장실에서 만난 응웬 반 대사는 교류 확대를 바랐다.',
  ].join('\n');
  assert.ok(!names(text).some((n) => n?.startsWith('만난')));
});
