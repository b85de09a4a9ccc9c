// Foreign ministries and wire services name the holder after the office and its remit, set off by a
// comma: "held talks with the foreign minister of Tajikistan, Sirojiddin Muhriddin.", "also met with
// the Inspector-General of Police, Kofi Mensah.", "the President of the Republic of Mozambique, Filipe
// Nyusi." The desk officer wants that holder listed with the office; a portfolio's own words after its
// comma ("Minister for Communication, Digital Technology and Innovations, …") are nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

test('"the foreign minister of Tajikistan, X.": the office, its country, then the name', () => {
  const got = read(
    'NEW YORK, Sept 24 - Minister Ravi Kumar met counterparts on the sidelines of the General Assembly on Tuesday. He held talks with the foreign minister of Tajikistan, Sirojiddin Muhriddin. They discussed connectivity.',
  );
  const fm = got.find((p) => p.name === 'Sirojiddin Muhriddin');
  assert.ok(fm, String(got.map((p) => p.name)));
  assert.equal(fm.country, 'Tajikistan');
});

test('"also met with the Inspector-General of Police, Kofi Mensah.": a remit that is no country', () => {
  const text =
    'The minister arrived in Accra on Tuesday and held talks with the Foreign Minister, Ama Owusu. She also met with the Inspector-General of Police, Kofi Mensah.';
  assert.ok(names(text).includes('Kofi Mensah'));
});

test('a portfolio\'s words after its comma are not a name: "Minister for Communication, Digital Technology and Innovations, …"', () => {
  const text =
    'President Kwame Boateng held talks with President Lungu in Lusaka on Monday. Accompanying him were the Minister for Communication, Digital Technology and Innovations, Samuel Nartey.';
  assert.ok(!names(text).includes('Digital Technology'));
});
