// An English release names a state governor, a city's mayor or an envoy after the place they hold or are posted
// to, where the place is no country: "Governor of Kerala Arif Mohammed Khan", "Mayor of Galle City Priya Perera",
// "Ambassador in Chad Ravi Menon". The desk officer wants the person, with the office as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { englishPlaceMentions } from '../../electron/node/library/parse/participants/english-place.ts';

const all = (): boolean => true;
const read = (text: string): [string, string | null][] => englishPlaceMentions(text, all).map(([m]) => [m.name ?? '', m.role]);

describe('an office held over a place, then the name: the place is passed over', () => {
  test('"Governor of Kerala Arif Mohammed Khan at Raj Bhavan": one word of place, three of name', () => {
    assert.deepEqual(read('The Consul General called on the Governor of Kerala Arif Mohammed Khan at Raj Bhavan.'), [
      ['Arif Mohammed Khan', 'Governor of Kerala'],
    ]);
  });

  test('a place that ends in its noun, and a body with its acronym and a form of address', () => {
    assert.deepEqual(read('The talks were led by Mayor of Galle City Priya Perera. They went well.'), [
      ['Priya Perera', 'Mayor of Galle City'],
    ]);
    assert.deepEqual(read('He also met Secretary-General of the Pacific Community (SPC) Dr. Tevita Moala and discussed trade.'), [
      ['Tevita Moala', 'Secretary-General of the Pacific Community (SPC)'],
    ]);
  });

  test('an envoy posted to a country of two words: the envoy, without the country as his own', () => {
    const [m] = englishPlaceMentions('They met the Ambassador in Trinidad and Tobago Ravi Menon, who briefed them.', all);
    assert.equal(m?.[0].name, 'Ravi Menon');
    assert.equal(m?.[0].country, null);
  });

  test('where place and name cannot be told apart, nothing is read', () => {
    assert.deepEqual(read('The Governor of the Bank of Ghana Ernest Addison spoke.'), []);
    assert.deepEqual(read('She visited the Mayor of Galle Road Office yesterday.'), []);
  });

  test('in a whole record: the governor the consul called on is in the room', () => {
    const text = [
      'Consul General makes farewell call on Governor',
      'MUMBAI: The Consul General of Japan in Mumbai Kenji Sato called on the Governor of Maharashtra Ramesh Bais at Raj Bhavan on Monday.',
      'The Governor thanked the Consul General for his work.',
    ].join('\n\n');
    const names = parseRecordText(text).participants.map((p) => p.name);
    assert.ok(names.includes('Ramesh Bais'), `got ${names.join(', ')}`);
  });
});
