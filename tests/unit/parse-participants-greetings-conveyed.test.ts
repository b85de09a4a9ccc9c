// A head of state whose greetings an envoy conveys, or whose instructions the ministers follow,
// stayed at home: "le trasmitió los saludos del presidente X", "conforme orientação dos
// presidentes X e Y", "نقل … تحيات … الرئيس X". Only the people in the room are participants.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('greetings and instructions conveyed: the sender was not in the room', () => {
  test('Spanish: "le transmitió los saludos del presidente Rafael Torres"', () => {
    const got = names(
      'La presidenta Laura Vidal recibió las cartas credenciales del embajador dominicano Pedro Castillo. El embajador le transmitió los saludos del presidente Rafael Torres y el interés de reactivar la cooperación.',
    );
    assert.ok(!got.includes('Rafael Torres'), String(got));
    assert.ok(got.includes('Laura Vidal'), String(got));
  });

  test('Portuguese: "conforme orientação dos presidentes João Lima e Paul Green"', () => {
    const got = names(
      'O chanceler Mauro Reis reuniu-se com o secretário de Estado Mark Hill em Ottawa. Os dois destacaram a importância de avançar, conforme orientação dos presidentes João Lima e Paul Green.',
    );
    assert.ok(!got.includes('João Lima'), String(got));
    assert.ok(!got.includes('Paul Green'), String(got));
  });
});
