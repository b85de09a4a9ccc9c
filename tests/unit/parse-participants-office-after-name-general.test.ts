// The last office reader, the other way round and left open: a Latin-script record may name the holder
// first and set the office off after a comma ("…, y con A B, presidente municipal de Villa Norte",
// "A B C, Provincial People's Committee Chairman met with …"), or name the holder after the office
// and close the name with the next clause's first word instead of a comma ("den Botschafter in Wien,
// A B in seiner Residenz"). A desk officer gets the holder, only where the sentence tells a meeting
// held; a plan, or a place written after an office whose holder is named before it, names no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a name, then its office set off by a comma', () => {
  test('a Spanish record closing a paragraph on the mayor named before his office lists him', () => {
    const got = names(
      'La alcaldesa sostuvo reuniones con el jefe de Gobierno de la provincia, Miguel Soto Ruiz, y con Tomás Ibarra Lagos, presidente municipal de Villa Norte\n\nTexto y fotos: redacción',
    );
    assert.ok(got.includes('Tomás Ibarra Lagos'), String(got));
  });

  test('an English record naming the provincial chairman before his office, with no comma after it, lists him', () => {
    const got = names("Tran Van Minh, Provincial People's Committee Chairman met with the visiting Ambassador on Monday.");
    assert.ok(got.includes('Tran Van Minh'), String(got));
  });

  test('a mayor named before his office at a meeting still to come is not listed', () => {
    const got = names('Tomás Ibarra Lagos, presidente municipal de Villa Norte, se reunirá el viernes con el embajador.');
    assert.ok(!got.includes('Tomás Ibarra Lagos'), String(got));
  });
});

describe('an office, a comma, then its holder closed by the next clause', () => {
  test('a German record naming the ambassador after his post, his residence next, lists him', () => {
    const got = names('Am Freitag traf die Delegation den iranischen Botschafter in Wien, Karim Nasseri in seiner Residenz.');
    assert.ok(got.includes('Karim Nasseri'), String(got));
  });

  test('a French record naming the minister after a long portfolio written with "à" lists him', () => {
    const got = names(
      "Le ministre des Affaires étrangères et de la Communauté nationale à l'étranger, Karim Benali s'est entretenu mercredi avec son homologue.",
    );
    assert.ok(got.includes('Karim Benali'), String(got));
  });

  test('the state a mayor’s city is in, written after his office, is no one', () => {
    const got = names(
      'Consul General Li Wei met in his residence with Mr Ravi Kumar, Mayor of Siliguri, West Bengal on 30 January.',
    );
    assert.ok(!got.includes('West Bengal'), String(got));
  });
});
