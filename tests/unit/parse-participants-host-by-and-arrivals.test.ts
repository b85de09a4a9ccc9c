// Two English lead forms: the host as the passive's agent, "the deputy minister was also received by
// A, Kenya's Cabinet Secretary for Foreign Affairs", and the visitor named first with the title after
// and no closing comma before the verb, "A, Foreign Minister of Senegal arrived in Accra on Thursday".
// A body as the agent ("the visit was hosted by the Foreign Ministry of Kenya") is nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

test('"was also received by A, Kenya’s Prime Cabinet Secretary and …": the host, of Kenya', () => {
  const found = people(
    'Deputy Foreign Minister Elnur Sample held political consultations in Nairobi on Tuesday.\n\nThe deputy minister was also received by Musa Example, Kenya’s Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs.',
  );
  const host = found.find((p) => p.name === 'Musa Example');
  assert.ok(host, JSON.stringify(found.map((p) => p.name)));
  assert.equal(host.country, 'Kenya');
});

test('"A, Foreign Minister of Senegal arrived in Accra …": the visitor, with title and country', () => {
  const found = people(
    'Ali Sample, Foreign Minister of Senegal arrived in Accra on Thursday and held talks with President Kofi Example.',
  );
  const guest = found.find((p) => p.name === 'Ali Sample');
  assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
  assert.equal(guest.country, 'Senegal');
});

test('"the visit was hosted by the Foreign Ministry of Kenya": a body, nobody', () => {
  const got = people(
    'Deputy Foreign Minister Elnur Sample held political consultations in Nairobi on Tuesday. The visit was hosted by the Foreign Ministry of Kenya.',
  ).map((p) => p.name);
  assert.ok(!got.some((n) => n?.includes('Ministry')), String(got));
});
