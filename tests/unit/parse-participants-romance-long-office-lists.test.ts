// A Spanish readout lists those present after one verb, each with the office and its remit before the
// name, and the list runs long past its verb: "El encuentro contó con la presencia de varios funcionarios
// municipales, incluidos el secretario general del Ayuntamiento, A; el secretario de Turismo, B; el
// secretario de Seguridad Pública, C". The verb still says the last one named was there. A Portuguese
// aide ("o assessor da presidência, X, também esteve presente") is read like any other office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('those present, named after their offices far down a long list', () => {
  test('Spanish: the last secretary of a long list after "contó con la presencia de" is present', () => {
    const got = names(
      'La presidenta municipal de Cancún, Ana Muestra Ruiz, recibió al embajador de Francia en México, Luc Modèle, en el Palacio Municipal.\n\nEl encuentro también contó con la presencia de varios funcionarios municipales, incluidos el secretario general del Ayuntamiento, Pablo Ejemplo Fernández; el secretario de Turismo, Juan Pablo Patrón Razo; el secretario de Seguridad Pública, Carlos Ernesto Modelo Sumuano; y otros funcionarios.',
    );
    assert.ok(got.includes('Carlos Ernesto Modelo Sumuano'), String(got));
  });

  test('Portuguese: "o assessor da presidência, João Modelo, também esteve presente"', () => {
    const got = names(
      'O presidente da Câmara de Vereadores, Pedro Exemplo, visitou nesta terça-feira o prefeito Carlos Amostra no gabinete.\n\nEssa foi a primeira visita oficial do presidente do Poder Legislativo ao prefeito e o assessor da presidência, João Modelo Lima, também esteve presente.',
    );
    assert.ok(got.includes('João Modelo Lima'), String(got));
  });
});
