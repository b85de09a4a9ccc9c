// Capitalised words after a title are not always a person: "President Media Unit said" is the
// president's press office, "Secretary of State … Winfield House London" a residence, "King
// Abdulaziz International Airport" an airport. A desk officer lists none of them as present, and
// still reads "Park Jin", whose first word is a surname, as a man.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('buildings, places and services are not people', () => {
  test('"…, President Media Unit said": the press office is no one', () => {
    const got = names(
      'Seven Ambassadors presented credentials to President Maithripala Sirisena at the President’s House yesterday, President Media Unit said.',
    );
    assert.ok(got.includes('Maithripala Sirisena'), String(got));
    assert.ok(!got.some((n) => n?.includes('Unit')), String(got));
  });

  test('"was received at King Abdulaziz International Airport by Deputy Minister Waleed al-Khereiji": the airport is a place', () => {
    const got = names(
      'The minister arrived in Jeddah, where he was received at King Abdulaziz International Airport by Deputy Foreign Minister Waleed al-Khereiji. The two ministers then held talks.',
    );
    assert.ok(!got.some((n) => n?.includes('Airport')), String(got));
    assert.ok(got.includes('Waleed al-Khereiji'), String(got));
  });

  test('"Foreign Minister Park Jin met …": a first word that is also a noun elsewhere stays a name', () => {
    const got = names('Foreign Minister Park Jin met Secretary of State Antony Blinken in Washington on Monday.');
    assert.ok(got.includes('Park Jin'), String(got));
    assert.ok(got.includes('Antony Blinken'), String(got));
  });
});
