// Pacific and southern African releases put "the Honourable" (or "Honorable") between the office and
// the name, and a hurried one writes "Her Exellency": "met with Samoa Prime Minister the Honourable
// Fiame …", "Minister of Home Affairs Honourable Dr. Albert …". The form of address is not the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('"the Honourable" and a misspelt "Excellency" before the name', () => {
  test('"met with Tonga Prime Minister the Honourable Losa Vaipulu": the prime minister is Losa Vaipulu', () => {
    const got = names('The Prime Minister met with Tonga Prime Minister the Honourable Losa Vaipulu yesterday in Apia.');
    assert.ok(got.includes('Losa Vaipulu'), String(got));
  });

  test('"Minister of Home Affairs Honourable Dr. Kabelo Sithole" at the commission: Kabelo Sithole, no "Honourable"', () => {
    const got = names(
      'The commission met in Gaborone on Monday, chaired by the Minister of Home Affairs Honourable Dr. Kabelo Sithole.',
    );
    assert.ok(got.includes('Kabelo Sithole'), String(got));
    assert.ok(!got.some((n) => n?.includes('Honourable')), String(got));
  });

  test('"the Ambassador of Chile Her Exellency Rosa Lagos" presented her credentials: the envoy is Rosa Lagos', () => {
    const got = names(
      'His Majesty received the credentials of the Ambassador of Chile Her Exellency Rosa Lagos at the Palace yesterday.',
    );
    assert.ok(got.includes('Rosa Lagos'), String(got));
  });
});
