// An English release names the people around a meeting by their office, where it is held or what it
// covers, and then the name: "Vice Consul to Cebu Ana Reyes Santos", "Deputy Chief of Mission at the
// French Embassy in Nairobi Claire Dubois", "Minister of Justice and Prisons Administration Tevita
// Fifita Moala". The desk officer wants each person, not the post or the remit read as a name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { englishPlaceMentions } from '../../electron/node/library/parse/participants/english-place.ts';

const all = (): boolean => true;
const read = (text: string): [string, string | null, string | null][] =>
  englishPlaceMentions(text, all).map(([m]) => [m.name ?? '', m.role, m.country]);

describe('an office, its posting or remit, then the name', () => {
  test('a consul and a vice consul "to" a city, one name with a particle, the next closed by "and"', () => {
    assert.deepEqual(
      read('With the Ambassador were Consul to Cebu Luis Moreno de Alba, Vice Consul to Cebu Ana Reyes Santos and two aides.'),
      [
        ['Luis Moreno de Alba', 'Consul', null],
        ['Ana Reyes Santos', 'Vice Consul', null],
      ],
    );
  });

  test('a remit of two portfolios joined by "and", ended by "Administration"', () => {
    assert.deepEqual(read('He also met Minister of Justice and Prisons Administration Tevita Fifita Moala, who spoke first.'), [
      ['Tevita Fifita Moala', 'Minister of Justice and Prisons Administration', null],
    ]);
  });

  test('a posting that goes on: "at the French Embassy in Nairobi", "of the City of Leeds in the United Kingdom"', () => {
    assert.deepEqual(
      read('They were joined by Deputy Chief of Mission at the French Embassy in Nairobi Claire Dubois, and others.'),
      [
        // The embassy's deputy head is of the embassy's country, not of the one it is in.
        ['Claire Dubois', 'Deputy Chief of Mission at the French Embassy in Nairobi', 'France'],
      ],
    );
    assert.deepEqual(
      read('The Emir received the Lord Mayor of the City of Leeds in the United Kingdom John Hartley, and his delegation.'),
      [['John Hartley', 'Lord Mayor of the City of Leeds in the United Kingdom', 'United Kingdom']],
    );
  });

  test('an envoy "of" his state in its long form "to" his posting is his state’s; a second office after "and"', () => {
    assert.deepEqual(
      read(
        'The minister received Ambassador Extraordinary and Plenipotentiary of the Republic of Peru to Kenya Rosa Quispe Mamani.',
      ),
      [['Rosa Quispe Mamani', 'Ambassador Extraordinary and Plenipotentiary', 'Peru']],
    );
    assert.deepEqual(read('He met the Ambassador to Oman and Dean of the Diplomatic Corps Sheikh Ali Al-Thani on Monday.'), [
      ['Sheikh Ali Al-Thani', 'Ambassador', null],
    ]);
  });

  test('an office and its posting with no name after them: nobody is read', () => {
    assert.deepEqual(read('The Consul to Cebu said the office would open in May.'), []);
    assert.deepEqual(read('The Minister of Justice and Prisons Administration thanked the delegation.'), []);
    assert.deepEqual(read('The Deputy Chief of Mission at the French Embassy in Nairobi welcomed them.'), []);
  });

  test('in a whole record: the vice consul who came along is in the room', () => {
    const text = [
      'Ambassador calls on Mayor of Cebu',
      'CEBU, 3 March 2015 – Ambassador Maria Lopez called on Mayor Tomas Osmena at City Hall on Tuesday.',
      'Accompanying the Ambassador during the meeting were Vice Consul to Cebu Ana Reyes Santos and Administrative Officer Jose Cruz.',
    ].join('\n\n');
    const names = parseRecordText(text).participants.map((p) => p.name);
    assert.ok(names.includes('Ana Reyes Santos'), `got ${names.join(', ')}`);
  });
});
