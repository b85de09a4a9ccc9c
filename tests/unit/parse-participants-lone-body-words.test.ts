// A word of a body's or a trade's name, read alone, is nobody: "President Media Unit said" (a press
// office), "Chora Media" (a podcast company), the Dutch "minister voor Buitenlandse Handel" (foreign
// trade), the German "Handel mit Drogen" (drug trafficking). A desk officer never lists "Media" or
// "Handel" among those who met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe("a lone word of a body's name is no participant", () => {
  test('a photo credit "President of Montenegro Media" under the headline is no president named Media', () => {
    const got = names(
      'Montenegro and Albania: Development of Bilateral Relations Copyrights: President of Montenegro Media\n\n09 May 2019 - President of Montenegro Milan Novak met with President of Albania Arben Hoxha in Tirana.',
    );
    assert.ok(!got.includes('Media'), JSON.stringify(got));
  });

  test('Dutch "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking": the trade portfolio is no one', () => {
    const got = names(
      'De Nederlandse minister van Buitenlandse Zaken Pieter de Vries ontving vrijdag zijn Surinaamse ambtgenoot Ravi Ramdin in Den Haag.\n\nDe ministers uit Suriname brachten vrijdag ook een bezoek aan de Nederlandse minister voor Buitenlandse Handel en Ontwikkelingssamenwerking Sigrid Jansen. Zij sprak over een goed gesprek.',
    );
    assert.ok(!got.includes('Handel'), JSON.stringify(got));
  });
});
