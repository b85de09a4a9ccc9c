// The head of any unit named with a form of address after the comma: "to the acting Chief of Protocol,
// Mr. A, at the Ministry", "the Head of External Relations Service, Mr. A; and the Head of …, Mr. B".
// The unit's name is no title the rules know; the form of address says a person follows, and the
// office is the unit's head. Without the form of address, a unit's head named alone stays unread here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

test('"presented copies of his credentials to the acting Chief of Protocol, Mr. A, at the Ministry"', () => {
  const found = people(
    'On arrival in the capital today, the High Commissioner of India, Mr. Ravi Sample, presented the copies of his credentials to the acting Chief of Protocol, Mr. Musa Example, at the Ministry of Foreign Affairs.',
  );
  const host = found.find((p) => p.name === 'Musa Example');
  assert.ok(host, JSON.stringify(found.map((p) => p.name)));
  assert.equal(host.role, 'Chief of Protocol');
});

test('"received by: …; the Head of External Relations Service, Mr. A; and the Head of … Section, Mr. B"', () => {
  const got = people(
    'The City Council received a group of councilors on Monday.\n\nThey were received at the City Hall by: the Director of Cooperation, Mr. Luis Sample; the Head of External Relations Service, Mr. Carlos Example; and the Head of International Relations Section, Mr. Pedro Pattern.',
  ).map((p) => p.name);
  assert.ok(got.includes('Carlos Example') && got.includes('Pedro Pattern'), String(got));
});

test('"the Head of the Delegation Section" with no form of address after the comma is no name', () => {
  const got = people(
    'Minister Ana Sample received the delegation on Monday.\n\nThe talks covered the work of the Head of the Delegation Section, Budget Planning and Trade.',
  ).map((p) => p.name);
  assert.ok(!got.includes('Budget Planning'), String(got));
});
