// "Community leaders met with Premier A and Hon. B": the first one met has a title (the title rules read
// them), the second a form of address ("Hon.", "Dr.", "Mr"): both were met. A second item with neither
// ("and the Chief Justice", "and John Sample") is not read here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('met a titled person and an addressed one', () => {
  test('"met with Premier A and Hon. B", "… and Dr. B"', () => {
    for (const address of ['Hon.', 'Dr.', 'Mr'])
      assert.ok(
        names(`Community leaders met with Premier Gladys Sample and ${address} John Example at Parliament on Tuesday.`).includes(
          'John Example',
        ),
        address,
      );
  });

  test('not fired: "met with Premier A and Tom Model" names the second without a form of address', () => {
    const got = names('Community leaders met with Premier Gladys Sample and Tom Model at Parliament on Tuesday.');
    assert.ok(got.includes('Gladys Sample'), String(got));
    assert.ok(!got.includes('Tom Model'), String(got));
  });
});
