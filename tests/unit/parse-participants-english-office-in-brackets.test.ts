// A university's news item writes each signatory's office in brackets after the titled name: "Ms.
// Jane Roe (Manager International, University of X) and Mr. John Doe (Assistant Director) exchanged
// the documents". The bracket is the office; a bracket that holds no office ("(Ghana)", "(pictured)")
// says nothing of the kind, and a name without a courtesy title is not read by this rule.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a titled name with the office in brackets', () => {
  test('"Ms. A (Manager International, University of X) and Mr. B (Assistant Director) exchanged the MoU"', () => {
    const found = people(
      'Northfield University signed a memorandum of understanding with Lakeside University on Monday at the Northfield campus. Ms. Clara Sample (Manager International, Lakeside University) and Mr. Ravi Example (Assistant Director, International Affairs) exchanged the signed copies. Dr. Omar Testwell (Pro Vice Chancellor, Northfield University) said the agreement opens joint research.',
    );
    const by = (n: string) => found.find((p) => p.name === n);
    assert.equal(by('Clara Sample')?.role, 'Manager International, Lakeside University');
    assert.equal(by('Ravi Example')?.role, 'Assistant Director, International Affairs');
    assert.equal(by('Omar Testwell')?.role, 'Pro Vice Chancellor, Northfield University');
  });

  test('a bracket without an office gives no office', () => {
    const found = people(
      'The minister received the visiting trade delegation at the ministry on Friday. Mr. Kofi Sample (pictured) thanked the hosts for the warm welcome.',
    );
    const kofi = found.find((p) => p.name === 'Kofi Sample');
    assert.notEqual(kofi?.role, 'pictured');
  });
});
