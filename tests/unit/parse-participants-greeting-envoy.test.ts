// A leader whose greeting is carried ("el saludo del presidente X", "salam hangat dari Perdana Menteri X")
// or whose envoy came ("the envoy of President X", "el enviado del Presidente X") stayed at home: the
// singular forms say so as the plural ones ("saludos", "greetings") already did.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a greeting or an envoy sent: the sender was not in the room', () => {
  test('Spanish: the minister carried "el saludo del presidente" to the host', () => {
    const got = names(
      'El canciller Jorge Ramírez se reunió en Santiago con la presidenta Laura Fuentes.\n\nEl canciller trasladó a la mandataria el saludo del presidente Tomás Herrera y el compromiso de su gobierno.',
    );
    assert.ok(got.includes('Laura Fuentes'), String(got));
    assert.ok(!got.includes('Tomás Herrera'), String(got));
  });

  test('Spanish: "El enviado del Presidente X" explained he was late: X is only who sent him', () => {
    const got = names(
      'El Presidente Raúl Medina recibió en Palacio Nacional al Secretario de Estado, Daniel Brooks.\n\nEl enviado del Presidente Henry Walsh explicó que llegó tarde a la cita.',
    );
    assert.ok(got.includes('Daniel Brooks'), String(got));
    assert.ok(!got.includes('Henry Walsh'), String(got));
  });

  test('Indonesian: "salam hangat dari Perdana Menteri X" is a greeting passed on', () => {
    const got = names(
      'Presiden Budi Santoso menerima Menteri Luar Negeri Papua Nugini Peter Kuman di Istana Merdeka.\n\nMenlu Kuman menyampaikan salam hangat dari Perdana Menteri James Wari kepada Presiden.',
    );
    assert.ok(got.includes('Peter Kuman'), String(got));
    assert.ok(!got.includes('James Wari'), String(got));
  });

  test('"Envoys of four states presented credentials to President X": the plural is the visitors, X is there', () => {
    const got = names('Envoys of four states presented their credentials to President Ravi Sharma at a ceremony held today.');
    assert.ok(got.includes('Ravi Sharma'), String(got));
  });
});
