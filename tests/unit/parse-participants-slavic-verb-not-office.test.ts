// Russian and Ukrainian: the words between an office and a name are the office's complement, until
// a verb shows the sentence went on ("Губернатор встретился с мэром …"): then the name after is the
// person met, in another case, and the verb is nobody's office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a verb between an office and a name ends the office', () => {
  test('"Губернатор встретился с мэром Москвы Сергеем Собяниным": the mayor, in his own name, is no "governor who met"', () => {
    const got = people('Губернатор встретился с мэром Москвы Сергеем Собяниным в Кремле.');
    assert.ok(!got.some((p) => /встретил/u.test(p.role ?? '')), JSON.stringify(got));
    assert.ok(!got.some((p) => p.name === 'Сергеем Собяниным'), JSON.stringify(got));
  });

  test('"Мер зустрівся з мером Києва …": no role holds the verb', () => {
    const got = people('Мер зустрівся з мером Києва Віталієм Кличком у Києві.');
    assert.ok(!got.some((p) => /зустрів/u.test(p.role ?? '')), JSON.stringify(got));
  });

  test('an office with its complement is still read: "Министр иностранных дел России Сергей Лавров"', () => {
    const got = people('Министр иностранных дел России Сергей Лавров провел переговоры в Москве.');
    assert.ok(
      got.some((p) => p.name === 'Сергей Лавров'),
      JSON.stringify(got),
    );
  });
});
