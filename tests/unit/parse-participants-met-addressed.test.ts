// The one met named with a form of address and nothing after: "met with Dr. A to present copies of
// their credentials", "called on Shri A at the latter's residence", "had a working session with His
// Excellency Mr. A". The form of address says a person follows, where a bare capitalised word may be
// a nationality ("met with Sri Lankan foreign minister …"). Inside a quotation, "I met Mr. A" is
// what a speaker recalls, not the meeting reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

test('"met with Dr. A to present …", "called on Shri A at …": each one met', () => {
  const got = names(
    'Governor Ravi Sample called on President Anil Example at the palace last evening.\n\nEarlier in the afternoon, the Governor had also called on Shri Mohan Specimen at the latter’s residence. The new envoys met with Dr. Lebo Pattern to present copies of their credentials.',
  );
  assert.ok(got.includes('Mohan Specimen') && got.includes('Lebo Pattern'), String(got));
});

test('"had a working session with His Excellency Mr. A": the one met', () => {
  const got = names(
    'A delegation led by Mayor Ken Sample visited the embassy on Wednesday.\n\nThe delegation had a working session with His Excellency Mr. Jean Exemple, Wednesday, February 20, from 13:30 to 14:15, to discuss the meeting on cooperation.',
  );
  assert.ok(got.includes('Jean Exemple'), String(got));
});

test('inside a quotation, "where I met Mr. A, the current provost" is recalled, not met', () => {
  const got = names(
    'Vice Rector Ana Sample met the visiting delegation led by Mr. Kim Example at the university on Monday.\n\n“I worked in Busan for three years, where I met Mr. Lee Pattern, the current provost of the school,” said Mr. Kim Example.',
  );
  assert.ok(!got.includes('Lee Pattern'), String(got));
});
