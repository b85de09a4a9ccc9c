// European-language records: a chargé d'affaires and a king are offices like any other, and
// Portuguese "recebeu" and German "zusammengetroffen" report a meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('offices and meeting verbs in Spanish, Portuguese and German', () => {
  test('"con el encargado de Negocios de Estados Unidos, John McNamara": the United States\' chargé', () => {
    const got = people(
      'La canciller Rosa Yolanda Villavicencio sostuvo una reunión en el Palacio de San Carlos con el encargado de Negocios de Estados Unidos, John McNamara, para abordar el futuro.',
    );
    const chargé = got.find((p) => p.name === 'John McNamara');
    assert.ok(chargé, JSON.stringify(got.map((p) => p.name)));
    assert.equal(chargé.country, 'United States');
  });

  test('"Lula recebeu o presidente da Bolívia, Luis Arce, e o rei da Espanha, Felipe VI": both guests', () => {
    const got = names('Mais cedo, Lula recebeu o presidente da Bolívia, Luis Arce, e o rei da Espanha, Felipe VI.');
    assert.ok(got.includes('Luis Arce') && got.includes('Felipe VI'), String(got));
  });

  test('"Außenminister Sergej Lawrow ist … mit seinem deutschen Amtskollegen Guido Westerwelle zusammengetroffen"', () => {
    const got = names(
      'Russlands Außenminister Sergej Lawrow ist am Dienstag in Berlin mit seinem deutschen Amtskollegen Guido Westerwelle zusammengetroffen.',
    );
    assert.ok(got.includes('Sergej Lawrow') && got.includes('Guido Westerwelle'), String(got));
  });
});
