// A portfolio's words are nobody's name: "New Zealand's Climate Change Minister, A B" names A B, not
// "Climate Change"; "Minister for Health and Minister for Pacific Peoples, Dr C D" names C D, not
// "Peoples"; "his PNG counterpart E F" reads E F as a country's initials allow. A surname that the
// record uses again before a comma ("President Macron, Chancellor …") stays a name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('portfolio words before an office, initials of a country before "counterpart"', () => {
  test('"Country\'s Climate Change Minister, A B": the portfolio is no one', () => {
    const got = names(
      'Foreign Minister Tama Example arrived in Suva on Sunday and was welcomed by Foreign Minister Ratu Sample. Mr Example was accompanied by a delegation comprising Samoa’s Climate Change Minister, Hemi Walker, and officials.',
    );
    assert.ok(!got.includes('Climate Change') && got.includes('Hemi Walker'), String(got));
  });

  test('"Minister for Pacific Peoples, Dr A B": the last portfolio word is no name', () => {
    const found = findParticipants(
      ['Prime Minister Ana Sample met Minister for Health and Minister for Pacific Peoples, Dr Lani Tuilagi, in Apia on Monday.'],
      ctx,
    );
    assert.ok(!found.some((p) => p.name === 'Peoples'), JSON.stringify(found));
    assert.equal(found.find((p) => p.name === 'Lani Tuilagi')?.role, 'Minister for Health and Minister for Pacific Peoples');
  });

  test('"his PNG counterpart A B"', () => {
    const got = names(
      'Foreign Minister Tama Example arrived in Port Moresby and was welcomed by his PNG counterpart Kila Sample at the terminal.',
    );
    assert.ok(got.includes('Kila Sample'), String(got));
  });

  test('not fired: a surname used again stays the name', () => {
    const got = names(
      'Prime Minister Anna Example met President Macron, Chancellor Olaf Scholz and Premier Li Qiang in Paris on Monday. Macron spoke first.',
    );
    assert.ok(got.includes('Macron') && got.includes('Olaf Scholz'), String(got));
  });
});
