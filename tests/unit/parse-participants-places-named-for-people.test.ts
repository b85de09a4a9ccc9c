// An airport, a street or a university named after a person is where the visitor landed or spoke,
// not someone who met them: "Julius Nyerere International Airport" names no participant.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a place named after a person is no participant', () => {
  test('an English arrival: the airport named after a former president is no one met', () => {
    const got = names(
      'President Amara Kone arrived in Dar es Salaam on Monday for talks with President Grace Mwinyi. She was received at the Julius Nyerere International Airport by President Mwinyi.',
    );
    assert.ok(got.includes('Amara Kone') && got.includes('Grace Mwinyi'), `got ${got.join(', ')}`);
    assert.ok(!got.includes('Julius Nyerere'), `got ${got.join(', ')}`);
  });

  test('a Portuguese arrival: the airport\'s name opens with an office, "Aeroporto Internacional Presidente Juscelino Kubitschek"', () => {
    const got = names(
      'O chanceler Luis Ortega desembarcou no Aeroporto Internacional Presidente Juscelino Kubitschek, onde foi recebido pelo ministro Mauro Vieira.',
    );
    assert.ok(got.includes('Luis Ortega') && got.includes('Mauro Vieira'), `got ${got.join(', ')}`);
    assert.ok(!got.includes('Juscelino Kubitschek'), `got ${got.join(', ')}`);
  });

  test('a Spanish arrival: "el Aeropuerto Internacional Presidente Carlos Ibáñez"', () => {
    const got = names(
      'El canciller Luis Ortega llegó al Aeropuerto Internacional Presidente Carlos Ibáñez, donde lo recibió la canciller Ana Ruiz.',
    );
    assert.ok(!got.includes('Carlos Ibáñez'), `got ${got.join(', ')}`);
  });

  test('the same person met in the room, the airport named after him elsewhere: kept', () => {
    const got = names(
      'President Amara Kone met former President Kenneth Mbeki at his home. The delegation had landed at Kenneth Mbeki International Airport in the morning.',
    );
    assert.ok(got.includes('Kenneth Mbeki'), `got ${got.join(', ')}`);
  });
});
