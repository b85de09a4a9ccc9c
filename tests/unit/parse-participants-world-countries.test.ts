// A desk reads about envoys and leaders of every state, not only the ones the table was written for:
// "Zambia's Edgar Lungu", "the Prime Minister of Antigua & Barbuda, Gaston Browne", "Tajik Foreign
// Minister …". Each is read as the table's countries are, and filed under one name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { normalizeCountry } from '../../electron/shared/countries.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test("leaders named after their country's possessive, from states outside the desk's own table", () => {
  const found = people([
    'President hosts two neighbours',
    "President Amani Mwinyi received Chad's Hassan Mahamat and Zambia's Peter Mwale at State House on Monday.",
  ]);
  assert.ok(
    found.some((p) => p.name === 'Hassan Mahamat' && p.country === 'Chad'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'Peter Mwale' && p.country === 'Zambia'),
    JSON.stringify(found),
  );
});

test('an office of a small state, its name written with "&", then the holder set off by commas', () => {
  const found = people([
    'Bilateral meetings in London',
    'The Prime Minister also met the President of Kiribati, Teuea Tito, and the Prime Minister of Antigua & Barbuda, Joseph Walker.',
  ]);
  const walker = found.find((p) => p.name === 'Joseph Walker');
  assert.ok(walker, JSON.stringify(found.map((p) => p.name)));
  assert.equal(walker.country, 'Antigua and Barbuda');
  assert.ok(found.some((p) => p.name === 'Teuea Tito' && p.country === 'Kiribati'));
});

test('a one-word name after a courtesy title, and a High Commissioner posted to a country, are each one person', () => {
  const tonga = people([
    'Courtesy call',
    'The Prime Minister of Tonga, Hon. Tupou, received a courtesy call from the Samoan Minister of Works this morning.',
  ]);
  assert.ok(
    tonga.some((p) => p.name === 'Tupou' && p.country === 'Tonga'),
    JSON.stringify(tonga),
  );
  assert.ok(!tonga.some((p) => p.name === null && p.role === 'Prime Minister'), JSON.stringify(tonga));
  const envoy = people([
    'Head of State meets President',
    'The Head of State met the President of Fiji at State House. Also present at the meeting was the Samoan High Commissioner to Fiji, Ioane Leota.',
  ]);
  assert.ok(
    envoy.some((p) => p.name === 'Ioane Leota' && p.country === 'Samoa'),
    JSON.stringify(envoy),
  );
  assert.ok(!envoy.some((p) => p.name === null && p.role === 'High Commissioner'), JSON.stringify(envoy));
});

test('every state is filed under one English name, however the record writes it', () => {
  assert.equal(normalizeCountry('Trinidad & Tobago'), 'Trinidad and Tobago');
  assert.equal(normalizeCountry('Ivory Coast'), "Côte d'Ivoire");
  assert.equal(normalizeCountry('Congo-Brazzaville'), 'Republic of the Congo');
  assert.equal(normalizeCountry('Tajik'), 'Tajikistan');
  assert.equal(normalizeCountry('Myanmar (Burma)'), 'Myanmar');
});
