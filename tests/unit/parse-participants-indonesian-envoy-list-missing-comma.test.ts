// An Indonesian credentials story lists the envoys one to an item, the name then ", Duta Besar LBBP
// …"; one item may drop the comma ("4. Ahmad Contoh Duta Besar LBBP Republik …"). The desk officer
// should still see that envoy listed under the name alone, with the title and the country.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an Indonesian list of envoys where one item has no comma', () => {
  test('"4. Ahmad Contoh Duta Besar LBBP Republik Uzbekistan …" is Ahmad Contoh, Uzbekistan\'s ambassador', () => {
    const found = people(
      [
        'Presiden Prabowo Subianto menerima surat kepercayaan dari tujuh Duta Besar negara sahabat di Istana Merdeka, Jakarta, Senin. Mereka adalah:',
        '1. Jan Contoh, Duta Besar LBBP Kerajaan Belanda untuk Republik Indonesia;',
        '2. Martin Contoh, Duta Besar LBBP Republik Zimbabwe untuk Republik Indonesia;',
        '3. Ahmad Contoh Duta Besar LBBP Republik Uzbekistan untuk Republik Indonesia;',
        '4. Ali Contoh, Duta Besar LBBP Republik Demokratik Rakyat Aljazair untuk Republik Indonesia.',
      ].join('\n'),
    );
    const envoy = found.find((p) => p.name === 'Ahmad Contoh');
    assert.ok(envoy, JSON.stringify(found.map((p) => p.name)));
    assert.equal(envoy.country, 'Uzbekistan');
    assert.ok(!found.some((p) => (p.name ?? '').includes('Duta Besar')), JSON.stringify(found.map((p) => p.name)));
  });
});
