// The head of state who appointed an envoy is named for the appointment, not met: "his appointment
// by President X", "nombrado … appointed by". The envoy's host in the same record is still met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the one who appointed the envoy is not a participant', () => {
  test('"culminated in his appointment by President X"', () => {
    const got = names(
      'Governor Ada Okafor received Ambassador Tunde Bello at the Government House in Jos on Monday.\n\nBello spoke of the long career which culminated in his appointment by President Musa Danjuma.',
    );
    assert.ok(got.includes('Ada Okafor') && got.includes('Tunde Bello'), `got ${got.join(', ')}`);
    assert.ok(!got.includes('Musa Danjuma'), `got ${got.join(', ')}`);
  });

  test('the president who appointed the envoy and received him in the same record is kept', () => {
    const got = names(
      'President Musa Danjuma received Ambassador Tunde Bello at the State House on Monday.\n\nBello was appointed by President Musa Danjuma in May.',
    );
    assert.ok(got.includes('Musa Danjuma'), `got ${got.join(', ')}`);
  });
});
