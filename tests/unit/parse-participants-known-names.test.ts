// A name the people directory knows, found in a later record: where it stands decides whether it
// is a participant. One word that opens a longer capitalised name ("Son Excellence", "Sơn La") is
// not the known person's short name; a person the record's own readers found only quoted or
// greeted is not made a participant because the directory also knows the name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const known: Record<string, { name: string; role: string; country: string }> = {
  Son: { name: 'Son', role: 'Foreign Minister', country: 'Viet Nam' },
  Sơn: { name: 'Son', role: 'Foreign Minister', country: 'Viet Nam' },
  'Ivo Kral': { name: 'Ivo Kral', role: 'President', country: 'Norway' },
};
const directory = { lookup: (n: string) => known[n] ?? null };
const names = (text: string) =>
  findParticipants(text.split('\n\n'), { publisherCountry: null, hostCountry: null, directory }).map((p) => p.name);

test('"Son Excellence Monsieur …": the first word of a title is not the known minister Son', () => {
  const got = names('Le Président a reçu en audience Son Excellence Monsieur Paul Girard, ministre des Affaires étrangères.');
  assert.ok(!got.includes('Son'), got.join(', '));
});

test('"tại Sơn La": a province whose name begins with a known short name is no person', () => {
  const got = names('Đoàn công tác đã thăm và làm việc tại Sơn La, hội kiến Chủ tịch tỉnh Hoàng Văn Minh.');
  assert.ok(!got.includes('Son'), got.join(', '));
});

test('the known short name standing alone in the sentence of the meeting is still found', () => {
  assert.ok(names('Foreign Minister Ana Costa met Son in Hanoi on Monday.').includes('Son'));
});

test('a known leader the record only greets is not made a participant by the directory; one it names in the meeting is', () => {
  const greeted = names(
    'Foreign Minister Ana Costa met Foreign Minister Tom Lind in Oslo on Monday.\n\nCosta conveyed greetings from President Ivo Kral.\n\nIvo Kral has led the country since 2019.',
  );
  assert.ok(!greeted.includes('Ivo Kral'), greeted.join(', '));
  const met = names(
    'Foreign Minister Ana Costa conveyed greetings from President Ivo Kral.\n\nLater, Ana Costa and Ivo Kral held talks in Oslo.',
  );
  assert.ok(met.includes('Ivo Kral'), met.join(', '));
});
