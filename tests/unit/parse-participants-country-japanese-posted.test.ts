// Japanese names an envoy by the posting: "…駐日アメリカ合衆国特命全権大使" (the United States'
// ambassador in Japan). The desk officer's book reads the country by its one name, never as the
// katakana written; a word no table knows stays empty.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('the country of an envoy posted to Japan', () => {
  test('"ジョン・スミス駐日アメリカ合衆国特命全権大使": the United States, the long form read with the title', () => {
    const got = read(
      'ジョン・スミス駐日アメリカ合衆国特命全権大使が挨拶のため、知事を表敬訪問しました。知事は大使の来訪に歓迎の意を表しました。',
    );
    const envoy = got.find((p) => p.name?.includes('スミス'));
    assert.equal(envoy?.country, 'United States', JSON.stringify(got));
  });

  test('a katakana word that is no country is never stored as one', () => {
    const got = read('ヨナ・ラトゥ駐日ホゲホゲ特命全権大使が挨拶のため、知事を表敬訪問しました。');
    for (const p of got) assert.ok(p.country === null || /^[A-Z]/u.test(p.country), JSON.stringify(got));
  });
});
