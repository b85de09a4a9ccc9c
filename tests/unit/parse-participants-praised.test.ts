// A leader whose role the host praises or commends is spoken of, not met: "the King commended the
// role of Sultan X", "elogió el liderazgo del presidente X". Someone praised and also met stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a person only praised is not a participant', () => {
  test('English: "commended the constructive role of President X"', () => {
    const got = names(
      'King Omar received Foreign Minister Ana Costa at the palace on Monday.\n\nThe King commended the constructive role of President Paulo Mendes in strengthening relations.',
    );
    assert.ok(got.includes('Ana Costa'), `got ${got.join(', ')}`);
    assert.ok(!got.includes('Paulo Mendes'), `got ${got.join(', ')}`);
  });

  test('Spanish: "elogió el liderazgo del presidente X"', () => {
    const got = names(
      'El canciller Luis Ortega recibió a la ministra Ana Ruiz en Lima.\n\nOrtega elogió el liderazgo del presidente Pedro Matte en la región.',
    );
    assert.ok(!got.includes('Pedro Matte'), `got ${got.join(', ')}`);
  });

  test('praised and met: the minister praised in one sentence and received in another is kept', () => {
    const got = names(
      'King Omar received Foreign Minister Ana Costa at the palace.\n\nThe King praised Foreign Minister Ana Costa for her efforts.',
    );
    assert.ok(got.includes('Ana Costa'), `got ${got.join(', ')}`);
  });
});
