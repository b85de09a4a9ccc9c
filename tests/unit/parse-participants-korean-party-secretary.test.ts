// A communist party's general secretary, as Korean writes him: the name, the country, the party, then "서기장"
// ("응웬 푸 쫑 베트남 공산당 서기장"). And a Vietnamese name whose first word is also an everyday Korean word
// ("또", also): "또 럼(Tô Lâm)" is two words, as its own spelling in brackets shows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText as parse } from '../../electron/node/library/parse/index.ts';

const people = (text: string): [string | null, string | null][] => parse(text).participants.map((p) => [p.name, p.role]);

describe('party secretaries in Korean', () => {
  test('"응우옌 반 안 베트남 공산당 서기장과 통화" finds the general secretary the president called', () => {
    const got = people('이재명 대통령은 3일 응우옌 반 안 베트남 공산당 서기장과 전화통화를 했다.');
    assert.ok(got.some(([n, r]) => n === '응우옌 반 안' && r?.endsWith('서기장')));
  });

  test('"또 럼(Tô Lâm) 베트남 공산당 서기장" is one man of two words, not "럼" alone or nobody', () => {
    const got = people('우원식 국회의장은 12일 국회에서 국빈 방한 중인 또 럼(Tô Lâm) 베트남 공산당 서기장을 접견했다.');
    assert.ok(got.some(([n]) => n === '또 럼'));
  });

  test('without a spelling beside it, "또" (also) is never taken into a name', () => {
    const got = people('케리 장관은 20일 또 존 헤이글 국방장관과 만났다.');
    assert.ok(!got.some(([n]) => n?.startsWith('또')));
  });

  test('the spelling caps the name: the word before "또 럼(Tô Lâm)" is not part of it', () => {
    const got = people('국빈 방한 중인 또 럼(Tô Lâm) 베트남 공산당 서기장은 12일 우원식 국회의장을 만났다.');
    assert.ok(!got.some(([n]) => n?.includes('중인')));
  });
});
