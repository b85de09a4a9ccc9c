// A German credentials release lists the new envoys in pairs, the preposition repeated before each
// country: "empfing die Botschafter von Neuseeland, A, aus der Republik Irak, B, aus Chile, C´D, und
// aus der Russischen Föderation, E". Each one named took part, with the country before the name; an
// acute accent typed for the apostrophe ("O´Brien") is part of the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('German pairs of country and envoy', () => {
  test('"die Botschafter von Neuseeland, A, aus der Republik Irak, B, … und aus der Russischen Föderation, E"', () => {
    const found = people(
      'Bundespräsident Max Beispiel hat am Dienstag die Beglaubigungsschreiben von vier neuen Botschaftern entgegengenommen. Er empfing die Botschafter von Neuseeland, Tom Muster Reed, aus der Republik Irak, Ali Hassan Probe, aus Chile, Juan O´Ejemplo, und aus der Russischen Föderation, Pawel Obrazow.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Tom Muster Reed', 'Ali Hassan Probe', 'Juan O´Ejemplo', 'Pawel Obrazow'])
      assert.ok(got.includes(n), String(got));
    assert.equal(found.find((p) => p.name === 'Ali Hassan Probe')?.country, 'Iraq');
  });

  test('"die Botschafter von Frankreich und Spanien" with no names after them names no one', () => {
    const got = people(
      'Der Minister traf am Montag die Botschafter von Frankreich und Spanien, um über die Lage zu sprechen.',
    ).map((p) => p.name);
    assert.deepEqual(
      got.filter((n) => n && !/Minister/u.test(n)),
      [],
    );
  });
});
