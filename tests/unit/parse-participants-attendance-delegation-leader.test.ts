// A delegation came to the meeting, and the record says who led it: "A delegation from Nepal led by the
// Speaker …, Rt. Hon. A", "la delegación estuvo encabezada por el Secretario General …, A", "une délégation
// … menée par le Président de l’Association … A", "Delegasi … dipimpin Wakil Presiden … A". A desk officer
// counts the leader, with the office the record gives; a government "led by" someone is no delegation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('the leader of a visiting delegation', () => {
  test('an English record: "A delegation from Fiji led by the newly elected speaker of their Parliament, Rt. Hon. A" lists the speaker', () => {
    const found = people(
      'The Group welcomed several inward delegations to Westminster this spring.\n\nA delegation from Fiji led by the newly elected speaker of their Legislature Parliament, Rt. Hon. Talei Vunisamoa Koroi, held talks with Members on climate resilience.',
    );
    const speaker = found.find((p) => p.name === 'Talei Vunisamoa Koroi');
    assert.ok(speaker, String(found.map((p) => p.name)));
    assert.match(speaker?.role ?? '', /speaker/u);
  });

  test('a Spanish record: "la delegación estuvo encabezada por el Secretario General de la fundación, A" lists him', () => {
    const got = names(
      'El rector recibió este martes en el Palacio de Anaya a una delegación de fundaciones asiáticas.\n\nLa delegación estuvo encabezada por el Secretario General de las tres fundaciones, Rodrigo Almansa Quintero. Se habló de becas y de intercambio.',
    );
    assert.ok(got.includes('Rodrigo Almansa Quintero'), String(got));
  });

  test('a French record: "une délégation d’élus menée par le Président de l’Association des Maires A" lists him', () => {
    const got = names(
      'Le sénateur a accueilli au Palais du Luxembourg une délégation d’une cinquantaine d’élus du Gers menée par le Président de l’Association des Maires du département Bernard Castagnac.',
    );
    assert.ok(got.includes('Bernard Castagnac'), String(got));
  });

  test('an Indonesian record: "Delegasi pengusaha Korea dipimpin Wakil Ketua Asosiasi A" lists him', () => {
    const got = names(
      'Presiden menerima delegasi pengusaha di Istana Merdeka, Jakarta, Senin.\n\nDelegasi pengusaha Korea dipimpin Wakil Ketua Asosiasi Korea-Indonesia (KIA) Park Jung Soo, Duta Besar Korea untuk Indonesia Lee Sang Deok.',
    );
    assert.ok(got.includes('Park Jung Soo'), String(got));
  });

  test('a government "led by" a prime minister is no delegation: he is not listed as present', () => {
    const got = names(
      'The Foreign Minister met the Ambassador of Ruritania on Monday.\n\nThey recalled the reforms of the government led by Prime Minister Aldo Verrantes in the 1990s.',
    );
    assert.ok(!got.includes('Aldo Verrantes'), String(got));
  });
});
