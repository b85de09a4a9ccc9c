// Three English forms around a name: the Title Case headline that tells the past or a trip's step
// ("Mayor Lin Received the Delegation", "Emir Concludes Gulf Tour": the verb is no part of a name);
// an office, a comma and the name with no comma after it, straight into the verb ("The Knesset
// Speaker, A B visited …", "Minister of Agriculture, the Honourable A B joined …"); and those
// "invited to attend" a meeting still to come, who have not met anyone yet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (paragraphs: string[], title?: string) =>
  findParticipants(paragraphs, title ? { ...ctx, title } : ctx).map((p) => p.name);

describe('headline verbs, a name straight into its verb, those invited to come', () => {
  test('"Mayor Ruiz Received the Delegation": the verb is no part of the name', () => {
    const got = names([
      'Mayor Ruiz Received the Delegation from Porto Seguro',
      'Mayor Ana Ruiz welcomed the visitors at City Hall on Monday.',
    ]);
    assert.ok(!got.includes('Ruiz Received'), String(got));
  });

  test('"Emir Concludes Gulf Tour": a trip\'s step is no name either', () => {
    const got = names([
      'Emir Concludes Gulf Tour',
      'The Emir held talks with President Omar Sample in Muscat on Tuesday before flying home.',
    ]);
    assert.ok(!got.some((n) => n?.includes('Concludes')), String(got));
  });

  test('"The Knesset Speaker, A B visited …": the name closed by its verb', () => {
    const got = names(['The Knesset Speaker, Daniel Example visited the Parliament on 2 March and met the Lord Speaker.']);
    assert.ok(got.includes('Daniel Example'), String(got));
  });

  test('"Minister of Agriculture, the Honourable A B joined President C"', () => {
    const got = names([
      'President Carl Sample held talks with the visiting bank president at State House on Monday.',
      'Minister of Agriculture, the Honourable Ravi Model joined President Sample for the talks.',
    ]);
    assert.ok(got.includes('Ravi Model'), String(got));
  });

  test('not fired: those "invited to attend" the talks still to come', () => {
    const got = names([
      'Foreign Minister Tama Example arrived in Port Moresby on Sunday and was welcomed by Foreign Minister Kila Sample.',
      'On Monday, both ministers will hold talks. Eight ministers are invited to attend the meeting, along with the Secretary of Foreign Affairs, Peni Specimen.',
    ]);
    assert.ok(got.includes('Kila Sample') && !got.includes('Peni Specimen'), String(got));
  });
});
