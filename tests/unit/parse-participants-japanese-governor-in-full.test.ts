// Japanese names a governor in full before "県知事" (the prefecture's governor) and leaves the prefecture
// unsaid: "中川正道県知事と会見した". The two kanji before "県" the record writes nowhere else are the
// given name, no place; a prefecture the record names elsewhere ("橋本高知県知事", 高知 again) stays a place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('a governor named in full before "県知事"', () => {
  test('"中川正道県知事と会見し": the governor 中川正道, not a Mr 中川 of a prefecture 正道', () => {
    const got = people('11月26日、王明総領事は代表団と同行して中川正道県知事と会見し、宴会に出席した。');
    assert.ok(
      got.some(([n, r]) => n === '中川正道' && r === '県知事'),
      JSON.stringify(got),
    );
  });

  test('"橋本高知県知事" with 高知 said again: the surname and the prefecture', () => {
    const got = people('訪問団は高知県を訪れ、橋本高知県知事を表敬訪問しました。高知県との交流は20年になります。');
    assert.ok(
      got.some(([n, r]) => n === '橋本' && r === '高知県知事'),
      JSON.stringify(got),
    );
  });
});
