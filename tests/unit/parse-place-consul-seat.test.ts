// A consul's city is his seat, not where he met anyone: "the consul general of Portugal in Porto
// Alegre" calls on mayors across his district, so a desk officer leaves the place empty unless the
// record says where they met. An ambassador's or chargé's city is the capital that receives him and
// stays the meeting's place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the city of a consul’s seat', () => {
  test('"met the consul general of Italy in Recife" gives no place', () => {
    assert.equal(place('The mayor of Caruaru met the Consul General of Italy in Recife, Mr Paolo Rossi, on Monday.'), null);
  });

  test('Russian "встретился с генеральным консулом … в Казани" gives no place', () => {
    assert.equal(
      place('Мэр города Набережные Челны встретился с генеральным консулом Турецкой Республики в Казани Ахметом Йылмазом.'),
      null,
    );
  });

  test('Portuguese "recebeu o cônsul da Espanha em Curitiba" gives no place', () => {
    assert.equal(place('O prefeito de Londrina recebeu nesta quarta-feira o cônsul da Espanha em Curitiba, Juan Pérez.'), null);
  });

  test('a chargé d’affaires in a capital keeps the capital', () => {
    assert.equal(
      place('The foreign minister received the chargé d’affaires of Norway in Lima, Ms Ingrid Berg, on Tuesday.'),
      'Lima',
    );
  });

  test('where they met, stated beside the consul, stays the place', () => {
    assert.equal(
      place('The governor met the Consul General of Japan in Recife on Monday. The meeting was held in Olinda.'),
      'Olinda',
    );
  });
});
