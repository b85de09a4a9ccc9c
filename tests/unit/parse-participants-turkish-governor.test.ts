// A Turkish province's readout: the governor ("Vali", "Hatay Valisi") receives an ambassador or a consul
// general ("Başkonsolosu"), or the guest "visited" him ("Vali X'i makamında ziyaret etti"). Both sides
// are in the room, the governor named after his office as a minister is.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Turkish governor receives a foreign envoy: the desk officer lists both', () => {
  test('"Büyükelçisi X, Vali Y’yi makamında ziyaret etti": a visit is a meeting, and the governor is named', () => {
    const text =
      "Macaristan'ın Ankara Büyükelçisi Peter Kovacs ve beraberindeki heyet, Vali Selim Öztürk’ü makamında ziyaret etti.\n\nVali Öztürk, Büyükelçi Kovacs'a kentin turizm potansiyeli hakkında bilgi verdi.";
    assert.equal(reportsMeeting(text.split('\n\n')), true);
    const got = names(text);
    assert.ok(got.includes('Peter Kovacs'), String(got));
    assert.ok(got.includes('Selim Öztürk'), String(got));
  });

  test('"Samsun Valisi X, … Başkonsolosu Y’yi makamında kabul etti": governor and consul general', () => {
    const got = names(
      "Samsun Valisi Kemal Arslan, Gürcistan'ın Trabzon Başkonsolosu Nino Beridze'yi makamında kabul etti. Ziyarette iki ülke arasındaki ilişkiler ele alındı.",
    );
    assert.ok(got.includes('Kemal Arslan'), String(got));
    assert.ok(got.includes('Nino Beridze'), String(got));
  });

  test('a governor only mentioned in a story with no meeting stays out', () => {
    const text = 'Vali Kemal Arslan, kentte yarın yapılacak törene ilişkin açıklama yaptı. Törene çok sayıda davetli katılacak.';
    assert.deepEqual(names(text), []);
  });
});
