// An English story names a person, then after a comma the office and the body or state it is of,
// and goes on with "said" without a second comma ("Jane Roe, Governor of Vermont said …"), or ends
// the sentence there ("… and Dr. Omar Haddad, Chair of the Department of Soil Science."). The desk
// officer wants the person with the office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a name, a comma, the office and its body, closed by "said" or the sentence end', () => {
  test('"Jane Roe, Governor of Vermont said …": the governor who signed is read', () => {
    const got = read(
      'Governor Ade Bello met a delegation from Vermont in Calabar on Monday.\n\nJane Roe, Governor of Vermont said that the agreement will deepen ties between both states.',
    );
    const roe = got.find((p) => p.name === 'Jane Roe');
    assert.ok(roe, JSON.stringify(got));
    assert.equal(roe.role, 'Governor');
  });

  test('the last of a list of those who received the delegation, closed by the full stop', () => {
    const got = read(
      'The delegation was received by Prof. Ali Saeed, Vice Chancellor; Dr. Mona Aziz, Dean of Sciences; and Dr. Omar Haddad, Chair of the Department of Soil Science.\n\nThe two sides signed an agreement.',
    );
    assert.ok(
      got.some((p) => p.name === 'Omar Haddad'),
      JSON.stringify(got),
    );
  });

  test('a sentence that ends on an office with no name before it: nobody is read', () => {
    const got = read('The delegation met the staff of the embassy, the Director of Protocol.');
    assert.deepEqual(
      got.map((p) => p.name),
      [],
    );
  });
});
