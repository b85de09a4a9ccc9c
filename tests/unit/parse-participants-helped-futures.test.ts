// A future told with a helper word names no day, yet the meeting is still to come: Portuguese
// "deve reunir-se", "irá manter encontros", "está previsto um encontro"; Tagalog "nakatakdang
// mag-courtesy call", "inaasahan", "magkakaroon ng bilateral meeting". Nobody has met yet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('helped futures: a meeting announced with "deve", "irá", "nakatakda" has not happened', () => {
  test('Portuguese: "deve reunir-se na sexta-feira com o homólogo" and "Está previsto um encontro": nobody yet', () => {
    const got = names(
      'O ministro dos Negócios Estrangeiros, Carlos Mendes, deve reunir-se na sexta-feira com o homólogo espanhol, Luis García.\n\n"Está previsto um encontro no dia 12 em Madrid", disse a porta-voz do ministério.',
    );
    assert.deepEqual(got, []);
  });

  test('Tagalog: "nakatakdang mag-courtesy call" this morning: nobody yet', () => {
    const got = names(
      'Foreign Minister Jane Carter, nakatakdang mag-courtesy call kay Pangulong Juan Dela Cruz ngayong umaga sa Malacañang.\n\nAlas-10:00 ng umaga inaasahan ang pagkikita ng pangulo at ni Carter.',
    );
    assert.deepEqual(got, []);
  });

  test('Portuguese: "devem manter conversações" is only "should hold talks": the meeting that took place still counts', () => {
    const got = names(
      'O embaixador Pedro Alves defendeu hoje que os dois países devem manter conversações frequentes.\n\nO ministro Pedro Alves reuniu-se em Lisboa com o secretário de Estado João Costa e recebeu o embaixador.',
    );
    assert.ok(got.length >= 1, String(got));
  });
});
