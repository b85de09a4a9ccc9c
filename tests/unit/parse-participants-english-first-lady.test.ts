// A state visit's welcome names the host's spouse by the office: "was welcomed by President A B, First
// Lady C B, Cabinet Ministers …", "welcomed the Head of State and the First Lady, Masiofo D E, to State
// House". The spouse was there with the principal; "the current US First Lady" whose own visit is
// recalled, or "the former First Lady", was not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('the first lady named with the head of state', () => {
  test('"welcomed by President A B, First Lady C B, Cabinet Ministers": the host\'s spouse, as First Lady', () => {
    const found = people(
      'President Kwame Sample arrived in Lusaka yesterday for a three-day state visit.\n\nPresident Sample was welcomed at the airport by President Peter Example, First Lady Ruth Example, Cabinet Ministers and senior officials.',
    );
    const lady = found.find((p) => p.name === 'Ruth Example');
    assert.ok(lady, String(found.map((p) => p.name)));
    assert.equal(lady.role, 'First Lady');
  });

  test('"welcomed the Head of State and the First Lady, Masiofo D E, to State House"', () => {
    const got = names(
      'President Ratu Tevita Model welcomed the Head of State of Samoa, Afioga Tui Specimen, and the First Lady, Masiofo Lina Specimen to State House on Monday for talks.',
    );
    // The Samoan style "Masiofo" (a head of state's wife) is read with the name, as the record writes it.
    assert.ok(
      got.some((n) => n?.endsWith('Lina Specimen')),
      String(got),
    );
  });

  test('"two weeks after the current US First Lady A B visited": another visit recalled, no one here', () => {
    const got = names(
      'Former President Tom Pattern met President Levy Example at State House on Friday.\n\nThe visit comes two weeks after the current US First Lady Jane Trial toured the country.',
    );
    assert.ok(!got.includes('Jane Trial'), String(got));
  });
});
