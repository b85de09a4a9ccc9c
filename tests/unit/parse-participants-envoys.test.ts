// Credentials ceremonies as the desk officer reads them: every envoy in the list is in the room,
// however the list is written; the words of a state's formal name are nobody's name; whoever is
// quoted with "kata" or "dijo" before the name is the source, not a guest.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('envoys listed name first, the title after a comma', () => {
  test('a numbered Indonesian list: each envoy with the country, no "Kerajaan" or "Designate Resident" as a person', () => {
    const got = people(
      'Presiden Joko Widodo menerima surat kepercayaan dari enam duta besar negara sahabat di Istana Merdeka, Jakarta.\n\n' +
        'Adapun keenam duta besar yaitu (1) Francisco de Asis Aguilera Aranda, Duta Besar LBBP Kerajaan Spanyol untuk Republik Indonesia, (2) Akin Asan, Duta Besar LBBP Republik Turki untuk Republik Indonesia, dan (3) Raman Ramanouski, Duta Besar LBBP Designate Resident Republik Belarus untuk Republik Indonesia.',
    );
    const envoys = Object.fromEntries(got.map((p) => [p.name, p.country]));
    assert.equal(envoys['Francisco de Asis Aguilera Aranda'], 'Spain', JSON.stringify(envoys));
    assert.equal(envoys['Akin Asan'], 'Turkey', JSON.stringify(envoys));
    assert.equal(envoys['Raman Ramanouski'], 'Belarus', JSON.stringify(envoys));
    assert.ok(!got.some((p) => /Kerajaan|Republik|Designate/u.test(p.name ?? '')), JSON.stringify(envoys));
  });

  test("one envoy per paragraph, the list's numbers read off as the paragraphs' numbering", () => {
    const got = names(
      'Presiden Joko Widodo menerima surat kepercayaan dari dua duta besar di Istana Merdeka.\n\nMasaki Yasushi, Duta Besar LBBP Designate Resident Jepang untuk Republik Indonesia;\n\nHassane Rabehi, Duta Besar LBBP Designate Resident Republik Demokratik Rakyat Aljazair untuk Republik Indonesia.',
    );
    assert.ok(got.includes('Masaki Yasushi') && got.includes('Hassane Rabehi'), String(got));
  });
});

describe('envoys listed country first: "the ambassadors of X, Name, Y, Name"', () => {
  test('English: "received the credentials of the ambassadors of Uganda, Julius Katembeka, Vietnam, Duong Chue, and the United Arab Emirates, Salem Alshamsi"', () => {
    const got = people(
      'On Wednesday, President João Lourenço received the credentials of the ambassadors of Uganda, Julius Katembeka, Vietnam, Duong Chue, and Senegal, Ndao Malik, as well as the ambassadors of Turkey, Ufuk Ekici, and the United Arab Emirates, Salem Alshamsi, who will have resident status.',
    );
    const envoys = Object.fromEntries(got.map((p) => [p.name, p.country]));
    assert.equal(envoys['Julius Katembeka'], 'Uganda', JSON.stringify(envoys));
    assert.equal(envoys['Duong Chue'], 'Viet Nam', JSON.stringify(envoys));
    assert.equal(envoys['Ndao Malik'], 'Senegal', JSON.stringify(envoys));
    assert.equal(envoys['Ufuk Ekici'], 'Turkey', JSON.stringify(envoys));
    assert.equal(envoys['Salem Alshamsi'], 'United Arab Emirates', JSON.stringify(envoys));
  });

  test('Spanish with semicolons, and a country the tables do not know ("República Eslovaca") still ends at its comma', () => {
    const got = names(
      'La presidenta Claudia Sheinbaum recibió en Palacio Nacional a cuatro embajadores.\n\nDesfilaron los embajadores de Argelia, Messaoud Mehila; de Colombia, Carlos Fernando García Manosalva; de República Eslovaca, Milan Cigán y de República Dominicana, Juan Bolívar Díaz Santana.',
    );
    for (const n of ['Messaoud Mehila', 'Carlos Fernando García Manosalva', 'Milan Cigán', 'Juan Bolívar Díaz Santana'])
      assert.ok(got.includes(n), `${n} in ${got}`);
  });

  test('a list of countries only ("the ambassadors of Ethiopia, France and Mozambique") names nobody: each envoy is known by country alone', () => {
    const got = people(
      'President Pranab Mukherjee received the credentials of the ambassadors of Ethiopia, France, Mozambique and Equatorial Guinea at Rashtrapati Bhavan.',
    );
    assert.deepEqual(
      got.filter((p) => p.name !== null).map((p) => p.name),
      ['Pranab Mukherjee'],
    );
    assert.deepEqual(
      got.filter((p) => p.name === null).map((p) => p.country),
      ['Ethiopia', 'France', 'Mozambique', 'Equatorial Guinea'],
    );
  });
});

describe("Indonesian: the title, the state's formal name, the country, then the name", () => {
  test('"Duta Besar Kerajaan Belanda Lambertus Christiaan Grijns": the Netherlands\' envoy, not a Mr Kerajaan', () => {
    const got = people(
      'Presiden Jokowi menerima surat kepercayaan dari duta besar negara sahabat di Istana Merdeka.\n\nKemudian Duta Besar Kerajaan Belanda Lambertus Christiaan Grijns, Duta Besar Republik Demokratik Rakyat Laos Phomma Sidsena dan Duta Besar LBBP Argentina untuk Indonesia Gustavo Arturo Torres.',
    );
    const envoys = Object.fromEntries(got.map((p) => [p.name, p.country]));
    assert.equal(envoys['Lambertus Christiaan Grijns'], 'Netherlands', JSON.stringify(envoys));
    assert.equal(envoys['Phomma Sidsena'], 'Laos', JSON.stringify(envoys));
    assert.equal(envoys['Gustavo Arturo Torres'], 'Argentina', JSON.stringify(envoys));
    assert.ok(!Object.keys(envoys).some((n) => /Kerajaan|Republik/u.test(n)), JSON.stringify(envoys));
  });

  test('"…," kata Duta Besar AS Joseph R. Donovan Jr: quoted from the embassy\'s site, not at the meeting', () => {
    const got = names(
      'Presiden Joko Widodo hari ini menerima kunjungan Wakil Presiden Amerika Serikat Michael Richard Pence di Istana Merdeka.\n\n"Kunjungan ini mencerminkan komitmen kami," kata Duta Besar AS untuk Indonesia Joseph R. Donovan Jr mengutip keterangannya dari laman Kedubes AS.',
    );
    assert.ok(got.includes('Michael Richard Pence'), String(got));
    assert.ok(!got.some((n) => n?.includes('Donovan')), String(got));
  });
});
