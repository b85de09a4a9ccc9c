// The holder of an office at another time, named with the word for "then" before the office ("then
// President X", "o então chanceler X", "daværende utenriksminister X", "时任外长X"), is recalled from
// history: the desk officer's list of who was in the room leaves them out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('an office holder named with "then" is recalled, not present', () => {
  test('"to then President X", "then-foreign minister X": an envoy recalls whom she met years ago', () => {
    const got = names(
      'President Kwame Mensah received the departing Ambassador of Brazil, Ana Lima, at the Jubilee House on Monday.\n\nAna Lima recalled that she had presented her letters of credence in 2005 to then President John Boateng.\n\nIt is the first visit by a Brazilian minister since 2011, when then-foreign minister Paulo Reis came to Accra.',
    );
    assert.ok(got.includes('Kwame Mensah') && got.includes('Ana Lima'));
    assert.ok(!got.includes('John Boateng'));
    assert.ok(!got.includes('Paulo Reis'));
  });

  test('"o então chanceler X" (Portuguese), "daværende utenriksminister X" (Norwegian): the office then', () => {
    const pt = names(
      'O presidente Carlos Mota recebeu nesta terça-feira o embaixador da Itália, Marco Verdi, no Palácio.\n\nEm 2016, coube ao então chanceler Pedro Alves informar o presidente por telefone.',
    );
    assert.ok(pt.includes('Carlos Mota'));
    assert.ok(!pt.includes('Pedro Alves'));
    const no = names(
      'Utenriksminister Kari Holm møtte Kinas utenriksminister Li Wen i Oslo tirsdag.\n\nLi besøkte Norge i 2020 og møtte da daværende utenriksminister Per Dahl.',
    );
    assert.ok(no.includes('Kari Holm'));
    assert.ok(!no.includes('Per Dahl'));
  });

  test('"and then Minister X met …" is a sequence, not a former office: X stays', () => {
    const got = names(
      'Foreign Minister Ana Costa met Foreign Minister Jonas Berg in Lisbon on Monday, and then Prime Minister Rui Dias received the visitor.',
    );
    assert.ok(got.includes('Ana Costa') && got.includes('Jonas Berg'));
    assert.ok(got.includes('Rui Dias'));
  });
});
