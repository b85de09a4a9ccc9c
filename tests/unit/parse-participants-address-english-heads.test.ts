// English releases set a form of address before the name and the office after it, and the office is
// often the head of a body or carries a grade: "Dr. A B, Chair of the Department of Applied Biology",
// "Mr C D, Chairman Planning and Development Board", "Mr. E F, Honorary President of the Chamber of
// Commerce", "Dr G H, Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs". The desk officer
// reads each such person among those present, with the office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const find = (text: string, name: string) => read(text).find((p) => p.name === name);

describe('a form of address, a name, then the head of a body or a graded office', () => {
  test('a university delegation naming "Dr. Lena Haddad, Chair of the Department of Applied Biology" lists her', () => {
    const got = find(
      'Vice Chancellor Omar Saleh met the visiting delegation from Hunan at the university in Sharjah on Monday to sign the agreement.\n\nThe university was represented by Prof. Ahmed Nasser, Dean of the College of Sciences; and Dr. Lena Haddad, Chair of the Department of Applied Biology.',
      'Lena Haddad',
    );
    assert.ok(got);
    assert.equal(got.role, 'Chair of the Department of Applied Biology');
  });

  test('a sister-province signing by "Mr Tariq Mahmood, Chairman Planning and Development Board" lists the signatory', () => {
    const got = find(
      'Governor Ali Raza met the California delegation in Lahore on Friday to sign the sister-province agreement.\n\nOn behalf of the government of Punjab, the agreement was signed by Mr Tariq Mahmood, Chairman Planning and Development Board of Punjab.',
      'Tariq Mahmood',
    );
    assert.ok(got);
    assert.match(got.role ?? '', /^Chairman/);
  });

  test('a graded office with no "the": "Mr. Henry Lim, Honorary President of the Chamber of Commerce, also attended"', () => {
    const got = find(
      'Counsellor Wang Fei of the Chinese Embassy met members of the chamber at a reception in Washington on Sunday.\n\nMr. Henry Lim, Honorary President of the Chamber of Commerce and Industry, also attended the reception.',
      'Henry Lim',
    );
    assert.ok(got);
    assert.match(got.role ?? '', /^Honorary President/);
  });
});
