// A credentials ceremony names two envoys in one breath: "presenting their letters of credence was HE
// Dr A B, Ambassador of Hungary and HE Mr C D, High Commissioner of Vanuatu". The first envoy's office
// ends at his country; the "HE Mr" after "and" opens the second envoy, who presented too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('two envoys joined by "and HE Mr"', () => {
  test('"HE Dr A B, Ambassador of Hungary and HE Mr C D, High Commissioner of Vanuatu": both envoys', () => {
    const got = names(
      'The Governor-General, Dame Ann Sample, received new envoys at Government House this morning.\n\nPresenting their letters of credence was HE Dr Zoltan Gabor Example, Ambassador of Hungary and HE Mr Tomas Specimen, High Commissioner of the Republic of Vanuatu.',
    );
    assert.ok(got.includes('Zoltan Gabor Example'), String(got));
    assert.ok(got.includes('Tomas Specimen'), String(got));
  });
});
