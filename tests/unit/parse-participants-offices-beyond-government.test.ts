// A desk officer's records from universities, schools, firms, churches and courts: the person is named,
// then set off by a comma with an office no government has ("dean of the School of Law", "founder and
// CEO of …", "doyen de la faculté", "obispo de …"). Read only in a sentence that tells a meeting held; "principal" the Romance adjective and
// "valor agregado" are no office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const role = (text: string, name: string) => people(text).find((p) => p.name === name)?.role;

describe('offices outside government, set off by a comma', () => {
  test('an English record naming the dean who received the delegation lists her', () => {
    const text =
      'On 12 March 2022, the visiting delegation held talks with Clara Whitfield, dean of the School of Law at Northgate University, in the faculty library.';
    assert.equal(role(text, 'Clara Whitfield'), 'dean of the School of Law at Northgate University');
  });

  test('two deans each named then described are both listed, each with his own school', () => {
    const text =
      'After the lecture, the Ambassador met Tomas Lindqvist, dean of the Business School, Priya Raman, dean of the Medical School, and several students.';
    assert.equal(role(text, 'Tomas Lindqvist'), 'dean of the Business School');
    assert.equal(role(text, 'Priya Raman'), 'dean of the Medical School');
  });

  test("a firm's founder and CEO who hosted the reception is listed", () => {
    const text =
      'Last week Farah Linden, founder and CEO of Linden Logistics, hosted a reception for the outgoing Consul General at her residence.';
    assert.equal(role(text, 'Farah Linden'), 'founder and CEO of Linden Logistics');
  });

  test('the superintendent of a school district who welcomed the mayor is listed', () => {
    const text = 'On Monday the Mayor met Rafael Ortiz, superintendent of the Bayside School District, at the district office.';
    assert.equal(role(text, 'Rafael Ortiz'), 'superintendent of the Bayside School District');
  });

  test('a French record naming the dean of the faculty after his name lists him', () => {
    const text = "Le 4 avril 2023, l'ambassadeur a reçu Paul Mercier, doyen de la Faculté de droit, dans son bureau.";
    assert.equal(role(text, 'Paul Mercier'), 'doyen de la Faculté de droit');
  });

  test('a Spanish record naming the bishop after his name lists him', () => {
    const text =
      'El 5 de mayo de 2023, el gobernador se reunió con Andrés Molina, obispo de Santa Clara, en la sede del gobierno.';
    assert.equal(role(text, 'Andrés Molina'), 'obispo de Santa Clara');
  });

  test("an Italian record naming the school's head lists her", () => {
    const text = 'Il 6 giugno 2023 il console ha incontrato Lucia Bernardi, preside del liceo Galilei, nella sala del consiglio.';
    assert.equal(role(text, 'Lucia Bernardi'), 'preside del liceo Galilei');
  });

  test('not fired: "principal" after a Spanish noun is the adjective, not the school head', () => {
    const text =
      'El 7 de mayo de 2023, el gobernador se reunió con la comunidad; el guía principal de la comunidad, Ramiro Tuyuc, habló por teléfono.';
    assert.ok(!people(text).some((p) => p.name === 'Ramiro Tuyuc' && /principal/.test(p.role ?? '')));
  });

  test('not fired: a dean named in a sentence about a plan is no participant', () => {
    const text = 'Next month the delegation will meet Clara Whitfield, dean of the School of Law, in Northgate.';
    assert.ok(!people(text).some((p) => p.name === 'Clara Whitfield'));
  });
});
