// Spanish and Portuguese name a delegation in one list that carries its office down the items, each
// item giving only its remit: "estuvieron los secretarios de Hacienda, Ana Ejemplo; de Energía, Luis
// Modelo", "el alcalde de Quito, X; el de Cuenca, Y", "os ministros da Saúde, X; e da Educação, Y".
// Each holder is read with the office. An item that names no remit ("; Pedro Suelto, asesor") or a
// list whose head is no office ("las ciudades de Lima, …") is not carried.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('one office carried down a list of holders, each with its remit', () => {
  test('Spanish: "los secretarios de Hacienda, X; de Energía, Y; y de Economía, Z"', () => {
    const found = people(
      'La presidenta recibió a la delegación en el Palacio de Gobierno.\n\nEn la reunión estuvieron los secretarios de Hacienda, Ana Ejemplo Ruiz; de Energía, Luis Modelo Pla; y de Economía, Marta Prueba Gil.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Luis Modelo Pla', 'Marta Prueba Gil']) assert.ok(got.includes(n), String(got));
    assert.match(found.find((p) => p.name === 'Luis Modelo Pla')?.role ?? '', /secretari/iu);
  });

  test('Spanish: "el alcalde de Quito, X; el de Cuenca, Y, y el de Loja, Z llegaron a la reunión"', () => {
    const got = names(
      'El alcalde de Quito, Pedro Muestra; el de Cuenca, Juan Ejemplo Vera, y el de Loja, Rosa Prueba Díaz, llegaron a la reunión convocada por la ministra.',
    );
    assert.ok(got.includes('Juan Ejemplo Vera') && got.includes('Rosa Prueba Díaz'), String(got));
  });

  test('Portuguese: "os ministros da Saúde, X; e da Educação, Y"', () => {
    const got = names(
      'O governador recebeu a comitiva no Palácio. Participaram os ministros da Saúde, Carlos Modelo Dias; e da Educação, Helena Amostra Reis.',
    );
    assert.ok(got.includes('Helena Amostra Reis'), String(got));
  });

  test('a list whose head is no office, or an item without a remit, is not carried', () => {
    const got = names(
      'La ministra visitó las ciudades de Lima, Santa Rosa; de Cusco, San Blas.\n\nLa acompañó el embajador de Chile, Pedro Muestra Gil; Juan Suelto Vera, asesor de prensa, tomó notas.',
    );
    assert.ok(!got.includes('San Blas') && !got.includes('Santa Rosa'), String(got));
  });
});
