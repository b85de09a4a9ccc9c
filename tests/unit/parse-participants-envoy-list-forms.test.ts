// A credentials ceremony lists its envoys in forms the desk sees every month: one to a line ("- Ana
// Lima – Portugal", "- 14h15 – Omar Diallo, embaixador do Senegal;"), a courtesy title after the
// country ("da Grécia, senhor Nikos Pappas;"), or the state's formal name before it ("du Royaume
// de Suède, Eva Holm, de la République du Chili, Pablo Rojas"). Each envoy is a participant, with
// the country.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const countryOf = (text: string, name: string): string | null | undefined => people(text).find((p) => p.name === name)?.country;

test('envoys one to a line, "Name – Country", after the president received their credentials', () => {
  const text = [
    'Embaixadores de quatro países entregaram hoje as credenciais ao presidente Carlos Mota, no Palácio do Planalto.',
    'Foram recebidos os embaixadores:',
    '- Ana Maria Lima – Portugal',
    '- Omar Diallo – Senegal',
    '- Eva Holm – Suécia',
  ].join('\n');
  assert.equal(countryOf(text, 'Ana Maria Lima'), 'Portugal');
  assert.equal(countryOf(text, 'Omar Diallo'), 'Senegal');
  assert.equal(countryOf(text, 'Eva Holm'), 'Sweden');
});

test('a timed programme of envoys: "- 14h15 – Omar Diallo, embaixador do Senegal;"', () => {
  const text = [
    'O presidente Carlos Mota recebeu nesta sexta-feira as cartas credenciais de embaixadores.',
    'Leia a lista dos embaixadores e os horários dos encontros:',
    '- 14h – Ana Maria Lima, embaixadora de Portugal;',
    '- 14h15 – Omar Diallo, embaixador do Senegal;',
    '- 14h30 – Eva Holm, embaixadora da Suécia.',
  ].join('\n');
  const envoy = people(text).find((p) => p.name === 'Omar Diallo');
  assert.equal(envoy?.country, 'Senegal');
  assert.equal(envoy?.role, 'embaixador');
  assert.equal(countryOf(text, 'Eva Holm'), 'Sweden');
});

test('a courtesy title after the country is not part of the name: "da Grécia, senhor Nikos Pappas"', () => {
  const text = [
    'Presidente recebe credenciais',
    'O presidente Carlos Mota recebe cartas dos embaixadores da Suíça, Senhor Peter Keller; da Grécia, senhor Nikos Pappas; da Zâmbia, senhora Grace Banda.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(names.includes('Peter Keller'), JSON.stringify(names));
  assert.equal(countryOf(text, 'Nikos Pappas'), 'Greece');
  assert.equal(countryOf(text, 'Grace Banda'), 'Zambia');
});

test("the state's formal name before the country keeps the list together: 'du Royaume de Suède, Eva Holm'", () => {
  const text = [
    'Le ministre reçoit sept ambassadeurs',
    'Le ministre des Affaires étrangères, Karim Alaoui, a reçu les copies figurées des lettres de créance des nouveaux ambassadeurs.',
    'Il s’agit des ambassadeurs de la République du Chili, Pablo Rojas Vidal, du Royaume de Suède, Eva Holm, et de l’Australie, John Smith Brown.',
  ].join('\n');
  assert.equal(countryOf(text, 'Pablo Rojas Vidal'), 'Chile');
  assert.equal(countryOf(text, 'Eva Holm'), 'Sweden');
});
