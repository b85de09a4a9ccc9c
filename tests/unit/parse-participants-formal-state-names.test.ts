// A desk officer reads envoys named by their state's formal name: "ambassadeur du Royaume de
// Suède", "Ambassador of the Federal Republic of Germany", "Botschafter der Republik Österreich",
// "Duta Besar Republik Islam Iran". The formal name is a head noun (Republic, Royaume, Republik…),
// its qualifiers and a preposition before the short name; each is filed under the state it names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { countryAt, normalizeCountry } from '../../electron/shared/countries.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a formal state name in any language the desk reads is filed under its state', () => {
  const cases: [string, string][] = [
    ['Royaume de Norvège', 'Norway'],
    ["République d'Autriche", 'Austria'],
    ['République Fédérative du Brésil', 'Brazil'],
    ['Kingdom of Sweden', 'Sweden'],
    ['the Federal Republic of Germany', 'Germany'],
    ['Islamic Republic of Mauritania', 'Mauritania'],
    ['República de Austria', 'Austria'],
    ['República Federativa do Brasil', 'Brazil'],
    ['Regno di Svezia', 'Sweden'],
    ['Republik Österreich', 'Austria'],
    ['Islamischen Republik Pakistan', 'Pakistan'],
    ['Koninkrijk België', 'Belgium'],
    ['Republik Islam Iran', 'Iran'],
    ['Kerajaan Arab Saudi', 'Saudi Arabia'],
    ['Cộng hòa Liên bang Đức', 'Germany'],
    ['United Mexican States', 'Mexico'],
    ['États-Unis d’Amérique', 'United States'],
    ["d'Ukraine", 'Ukraine'],
  ];
  for (const [formal, country] of cases) assert.equal(normalizeCountry(formal), country, formal);
});

test("a formal name built on the state's adjective is filed under its state, a body named after one is not", () => {
  const cases: [string, string][] = [
    ['République portugaise', 'Portugal'],
    ['Repubblica Italiana', 'Italy'],
    ['República Argentina', 'Argentina'],
    ['Französischen Republik', 'France'],
    ['Hellenic Republic', 'Greece'],
    ['République arabe syrienne', 'Syria'],
  ];
  for (const [formal, country] of cases) assert.equal(normalizeCountry(formal), country, formal);
  assert.equal(countryAt('Fédération française de football, M. X', 0), null);
  assert.equal(normalizeCountry('Union africaine'), null);
});

test('the Congo whose formal name says "democratic" stays the Democratic Republic, the other stays the Republic', () => {
  assert.equal(normalizeCountry('République démocratique du Congo'), 'Democratic Republic of the Congo');
  assert.equal(countryAt('République démocratique du Congo, M. X', 0)?.country, 'Democratic Republic of the Congo');
  assert.equal(countryAt('Democratic Republic of the Congo, Mr X', 0)?.country, 'Democratic Republic of the Congo');
  assert.equal(countryAt('République du Congo, M. X', 0)?.country, 'Republic of the Congo');
});

test('a head noun without a state after it names no country', () => {
  assert.equal(normalizeCountry('République des Lettres'), null);
  assert.equal(normalizeCountry('Kingdom of Heaven'), null);
  assert.equal(countryAt('Federation of Trade Unions', 0), null);
});

test('a French list of envoys, each with his state formal name, lists every envoy with his country', () => {
  const found = people([
    'Le Roi reçoit les lettres de créance de nouveaux ambassadeurs',
    'Le Roi a reçu mardi au Palais royal les ambassadeurs suivants :',
    '- Lars Eriksson, ambassadeur du Royaume de Norvège,',
    "- Helga Brunner, ambassadrice de la République d'Autriche,",
    '- Paulo Mendes Cardoso, ambassadeur de la République Fédérative du Brésil,',
    "- Oleksandr Kovalenko, ambassadeur d'Ukraine,",
    '- Giulia Ferrante, ambassadrice de la République italienne.',
  ]);
  const country = (name: string) => found.find((p) => p.name === name)?.country;
  assert.equal(country('Lars Eriksson'), 'Norway', JSON.stringify(found));
  assert.equal(country('Helga Brunner'), 'Austria', JSON.stringify(found));
  assert.equal(country('Paulo Mendes Cardoso'), 'Brazil', JSON.stringify(found));
  assert.equal(country('Oleksandr Kovalenko'), 'Ukraine', JSON.stringify(found));
  assert.equal(country('Giulia Ferrante'), 'Italy', JSON.stringify(found));
  assert.ok(!found.some((p) => /Fédérative|Royaume|République/u.test(p.name ?? '')), JSON.stringify(found));
});

test('an English list of envoys, each "Ambassador of" his state formal name, gives each his country', () => {
  const found = people([
    'Governor-General receives letters of credence',
    'The Governor-General received the credentials of the following envoys on Tuesday:',
    '• Erik Lindqvist, Ambassador of the Kingdom of Sweden',
    '• Margit Hoffmann, Ambassador of the Federal Republic of Germany',
  ]);
  assert.equal(found.find((p) => p.name === 'Erik Lindqvist')?.country, 'Sweden', JSON.stringify(found));
  assert.equal(found.find((p) => p.name === 'Margit Hoffmann')?.country, 'Germany', JSON.stringify(found));
});
