// An agreement signed at a meeting between universities names its signatories after "Signing on behalf
// of the parties were", each with the office, then a chain of Malaysian courtesy words before the name
// ("President Ir Prof Academician Dato’ Dr Tan Wei Ming"). The desk officer reads both signatories, each
// with the office alone. "On behalf of" anywhere else still marks someone represented, not present.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

const SIGNING =
  'A memorandum of understanding was signed between Lakeside University and Hill College on 3 May 2019 at the Hill College campus.\n\n' +
  'Signing on behalf of the parties were Lakeside President Ir Prof Academician Dato’ Dr Chong Wei Ming and Hill College President Prof Anna Lee, witnessed by Hill College Dean Prof Mark Hall.\n\n' +
  'During the ceremony, Prof Lee welcomed the delegation from Lakeside University.';

describe('the signatories of an agreement signed at the meeting', () => {
  test('"Signing on behalf of the parties were A and B": both signed, both took part', () => {
    const got = read(SIGNING).map((p) => p.name);
    assert.ok(got.includes('Chong Wei Ming'), String(got));
    assert.ok(got.includes('Anna Lee'), String(got));
  });

  test('the courtesy chain "Ir Prof Academician Dato’ Dr" is neither the name nor the office', () => {
    const chong = read(SIGNING).find((p) => p.name === 'Chong Wei Ming');
    assert.ok(chong);
    assert.equal(chong.role, 'Lakeside President');
  });

  test('"the Minister thanked the envoy on behalf of President Jane Roe" still leaves the President out', () => {
    const got = read(
      'The Minister of Foreign Affairs met the Ambassador of Peru, Mr. Luis Soto, on Monday. He thanked the envoy on behalf of President Jane Roe for the support of his country.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Jane Roe'), String(got));
  });
});
