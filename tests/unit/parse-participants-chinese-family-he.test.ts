// "He" is a Chinese family name as well as an English pronoun. After a title and before a given name in
// pinyin ("Ambassador He Xiangdong", "Vice Minister He Lifeng") it is the name; before an English word
// ("the Ambassador He said", "He Visited") it is the pronoun and no one is read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the family name He', () => {
  test('"His Excellency Ambassador He Jianming was welcomed by Mayor A"', () => {
    const got = names(
      'The Chinese Ambassador to Ireland, His Excellency Ambassador He Jianming was welcomed at County Hall on Friday by Mayor Tom Sample.',
    );
    assert.ok(got.includes('He Jianming'), String(got));
  });

  test('"met Chinese Vice Premier He Lifang"', () => {
    const got = names('Secretary Tom Sample met Chinese Vice Premier He Lifang in Geneva on Sunday.');
    assert.ok(got.includes('He Lifang'), String(got));
  });

  test('not fired: the pronoun after a title, before an English word', () => {
    const got = names('Mayor Tom Sample met the Ambassador He said was a friend of the city.');
    assert.ok(!got.some((n) => n?.startsWith('He ')), String(got));
  });
});
