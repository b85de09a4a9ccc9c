// Korean writes a foreigner's name in Hangul with its spelling in brackets, and often leaves out a
// word of it ("무스타파 알쿠헤지(Faris Mustafa Al-Kooheji)"). The word before is then the end of a
// time phrase ("총회 기간 중", "지난 해"): the desk officer wants the name, not "중 …" read into it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a name the Hangul writes shorter than its spelling, after "기간 중"', () => {
  const text = [
    '체육회, 총회 기간 중 양자 면담',
    '문성호 대한체육회 사무총장은 총회 기간 중 아흐메드 살레(Omar Ahmed Saleh) 카타르올림픽위원회 사무총장과 면담했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('아흐메드 살레'));
  assert.ok(!found.some((n) => n?.startsWith('중 ')));
});

test('a two-word name whose first word is also an everyday word keeps it: "또 럼(To Lam)"', () => {
  const text = [
    '한-베트남 정상회담 개최',
    '대통령은 10일 용산 대통령실에서 또 럼(To Lam) 베트남 공산당 서기장과 정상회담을 가졌다.',
  ].join('\n');
  assert.ok(names(text).includes('또 럼'));
});
