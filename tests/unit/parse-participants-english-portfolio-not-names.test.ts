// Capitalised words that follow an office or a country's possessive but name no one: a portfolio
// ("Chairman Planning and Development Board", "Minister of State for Economic and Fiscal Policy,
// Minister in charge of …") and a province's division ("Japan's Tochigi Prefecture"). The person
// beside them is still read ("Japan's Kenji Sample").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('portfolios and divisions are nobody', () => {
  test('"Chairman Planning and Development Board", "Economic and Fiscal Policy, Minister in charge of …", "Japan’s Tochigi Prefecture"', () => {
    const got = names(
      'President Tom Sample received Foreign Minister Toshi Example at the Palace on Monday.\n\nExample, who came from Japan’s Tochigi Prefecture, was earlier the Minister of State for Economic and Fiscal Policy, Minister in charge of Social Security Reform.\n\nThe agreement was signed by the Chairman Planning and Development Board of Punjab.',
    );
    for (const n of ['Tochigi Prefecture', 'Fiscal Policy', 'Planning']) assert.ok(!got.includes(n), String(got));
    assert.ok(got.includes('Toshi Example'), String(got));
  });

  test('still read: a person after the possessive in a list of envoys', () => {
    const got = names(
      'The President received the credentials of the new ambassadors, among them Japan’s Kenji Sample and Chile’s Ana Example.',
    );
    assert.ok(got.includes('Kenji Sample'), String(got));
  });
});
