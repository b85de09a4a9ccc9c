// A desk officer reads a Hungarian record: the name stands before its office and keeps its form while the office
// takes the case ("Orbán Viktor miniszterelnök fogadta Olaf Scholz német kancellárt"); an office owned by a town or
// a country ("Kassa polgármestere", "Németország budapesti nagykövete") has its holder beside it after a comma, and
// the owner is no one. A probe table of made-up sentences, one row per form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

/** [what the record says, the people it names]. */
const TABLE: [string, string[]][] = [
  // The name, then the office, in the nominative, the accusative and the instrumental.
  [
    'A városházán Kovács István polgármester és Szabó Péter alpolgármester fogadta a német nagykövetet.',
    ['Kovács István', 'Szabó Péter'],
  ],
  ['Orbán Viktor miniszterelnök hétfőn Budapesten fogadta Olaf Scholz német kancellárt.', ['Orbán Viktor', 'Olaf Scholz']],
  [
    'Szijjártó Péter külgazdasági és külügyminiszter tárgyalást folytatott Sergej Lavrov orosz külügyminiszterrel Moszkvában.',
    ['Szijjártó Péter', 'Sergej Lavrov'],
  ],
  ['Tóth Anna megyei jegyző és Varga Béla tiszteletbeli konzul találkozott a delegációval.', ['Tóth Anna', 'Varga Béla']],
  // The holder, a comma, then the office its owner's: a country's envoy, a county's head.
  [
    'Szegedre látogatott Anna Schmidt, Németország budapesti nagykövete. A diplomatát Kovács István polgármester fogadta.',
    ['Anna Schmidt', 'Kovács István'],
  ],
  ['Horváth Gábor, a megyei közgyűlés elnöke találkozott Kanada nagykövetével.', ['Horváth Gábor']],
  // The office its owner's, a comma, then the holder.
  ['Kassa polgármestere, Jaroslav Novák fogadta a konzulokat a városházán.', ['Jaroslav Novák']],
];

describe('a Hungarian record names each person before the office', () => {
  for (const [text, expected] of TABLE) {
    test(`reads ${expected.join(', ')}`, () => {
      const got = names(`Látogatás\n\n${text}`);
      for (const name of expected) assert.ok(got.includes(name), `${name} in ${JSON.stringify(got)}`);
    });
  }

  test('a town or a country owning the office is no one: "Kassa polgármestere" is the mayor\'s town', () => {
    const got = names('Látogatás\n\nKassa polgármestere, Jaroslav Novák fogadta a konzulokat a városházán.');
    assert.ok(!got.some((n) => n?.includes('Kassa')), JSON.stringify(got));
  });

  test('a verb between a name and an office joins no office to the name', () => {
    const got = findParticipants(['Látogatás', 'Varga Béla fogadta a miniszter küldöttségét a városházán.'], ctx);
    assert.ok(!got.some((p) => p.role?.includes('fogadta')), JSON.stringify(got.map((p) => [p.name, p.role])));
  });
});
