// Spanish and Portuguese readouts often name the city by its kind: "la reunión tuvo lugar en la
// ciudad de Rosario". The desk officer wants the city's name; for a city named after its country
// ("la ciudad de Guatemala") the name is the whole "Ciudad de Guatemala".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a Romance city named by its kind', () => {
  test('"tuvo lugar en la ciudad de Rosario" gives Rosario', () => {
    assert.equal(
      place(
        'El gobernador y la embajadora de Italia conversaron sobre comercio. El encuentro tuvo lugar en la ciudad de Rosario, donde firmaron un convenio.',
      ),
      'Rosario',
    );
  });

  test('"reuniu-se na cidade de Campinas" gives Campinas', () => {
    assert.equal(
      place('O prefeito reuniu-se na cidade de Campinas com o cônsul do Japão para tratar de cooperação.'),
      'Campinas',
    );
  });

  test('a city named after its country keeps its kind', () => {
    assert.equal(
      place('El ministro se reunió con su homólogo en la ciudad de Guatemala para revisar la agenda bilateral.'),
      'ciudad de Guatemala',
    );
  });

  test('a city mentioned outside a sentence of meeting is not the meeting place', () => {
    assert.equal(place('La población de la ciudad de Rosario creció el año pasado, según el censo.'), null);
  });
});
