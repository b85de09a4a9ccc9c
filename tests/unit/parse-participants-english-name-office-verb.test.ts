// Two ways a regional news page names the host: the office, a comma, the name and what the holder
// did at the meeting ("Provincial Governor General, A B hoped …", "…, C D noted …"); and the name,
// its office with the body's name, and the meeting verb with the closing comma left out ("A B,
// Secretary of the City Committee met with …"). A name after a comma that no verb of the meeting
// follows is not read as the office's holder.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('the office, a comma, the name and what the holder did', () => {
  test('"Provincial Governor General, A B hoped …"', () => {
    const found = people(
      'The two provinces signed a cooperation agreement on Monday. At the signing ceremony, the North Province Governor General, Ali-Reza Sample hoped that the agreements would be carried out soon.',
    );
    assert.equal(found.find((p) => p.name === 'Ali-Reza Sample')?.role, 'Governor General');
  });

  test('"A B, Secretary of the City Committee met with Mayor C" (no comma before the verb)', () => {
    const found = people('On June 3, Li Sample, Secretary of the Harbour City Committee met with Mayor Example of Portside.');
    assert.equal(found.find((p) => p.name === 'Li Sample')?.role, 'Secretary of the Harbour City Committee');
  });

  test('a name after the comma that no verb of the meeting follows: not the holder', () => {
    const got = people(
      'The delegation met the Minister of Trade on Monday. The Minister of Trade, Tourism Board Chairs and others later toured the port.',
    ).map((p) => p.name);
    assert.ok(!got.includes('Tourism Board Chairs'), String(got));
  });
});
