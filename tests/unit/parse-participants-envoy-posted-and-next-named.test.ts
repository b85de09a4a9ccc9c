// English press names an envoy with where they are posted before the name: "The Indian Ambassador in
// Sudan Amrit Lugun called on …", "The US Consul General in Lahore Ms Catherine Rodriguez called on …"
// (a city, then a courtesy title that says where the name starts). And a list of guests gives each
// one's office after the name, the next guest opening on a courtesy title: "Mr. A B, First Secretary of
// the Chinese Embassy in the United States and Mr. C D, …". A desk officer reads each named person;
// an envoy posted somewhere with no name after it stays an office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an envoy named after where they are posted', () => {
  test('"The US Consul General in Lahore Ms Catherine Rodriguez called on": the city, the courtesy title, then the name', () => {
    const got = read(
      'LAHORE: The US Consul General in Lahore Ms Jane Morrow called on acting Punjab Governor Ch Tariq Aziz at the Governor House here on Tuesday.',
    );
    const envoy = got.find((p) => p.name === 'Jane Morrow');
    assert.ok(envoy, String(got.map((p) => `${p.name} (${p.role})`)));
    assert.equal(envoy.role, 'Consul General');
    assert.equal(envoy.country, 'United States');
    // The office is hers: no second, nameless consul general.
    assert.ok(!got.some((p) => p.name === null && p.role === 'Consul General'), String(got.map((p) => `${p.name} (${p.role})`)));
  });

  test('"The Indian Ambassador in Sudan Amrit Lugun met": a country after "in", then the name', () => {
    const got = read('KHARTOUM: The Indian Ambassador in Sudan Ravi Mehta met the Minister of Finance, Ali Osman, on Monday.');
    const envoy = got.find((p) => p.name === 'Ravi Mehta');
    assert.ok(envoy, String(got.map((p) => `${p.name} (${p.role})`)));
    assert.equal(envoy.country, 'India');
  });

  test('"The British High Commissioner in Kenya said": no name after the posting, the office stays alone', () => {
    const got = read('NAIROBI: The British High Commissioner in Kenya met the Governor of Mombasa, Abdul Nassir, on Monday.');
    assert.ok(
      got.some((p) => p.name === null && p.role === 'High Commissioner'),
      String(got.map((p) => `${p.name} (${p.role})`)),
    );
  });
});

describe('a guest named, then an office with its remit, the next guest after "and Mr."', () => {
  test('"Mr. Zhuang Yuanyuan, First Secretary of the Chinese Embassy in the United States and Mr. …": the first guest too', () => {
    const got = read(
      'The chamber hosted its annual dinner in Baltimore on Saturday. Mr. Wei Lihua, First Secretary of the Chinese Embassy in the United States and Mr. Peter Hall, President of the Maryland Trade Council, also attended the dinner.',
    );
    const wei = got.find((p) => p.name === 'Wei Lihua');
    assert.ok(wei, String(got.map((p) => `${p.name} (${p.role})`)));
    assert.equal(wei.role, 'First Secretary');
  });

  test('"Joseph Camilleri, Minister for Tourism and Dr. Mark Zammit, Minister for Culture": a portfolio, then the next minister, both read', () => {
    const got = read(
      'VALLETTA: The Minister of State held talks with Joseph Camilleri, Minister for Tourism and Dr. Mark Zammit, Minister for Culture, on Friday.',
    );
    const names = got.map((p) => p.name);
    assert.ok(names.includes('Joseph Camilleri'), String(names));
    assert.ok(names.includes('Mark Zammit'), String(names));
  });
});
