// A Spanish or French report names the venue in one sentence and the city in another: "El encuentro
// se realizó en la Residencia Oficial tras una visita al puerto. El gobernador recibió ayer en Ushuaia
// al embajador …". A desk officer files "Residencia Oficial, Ushuaia": the venue stops before "tras"
// (after), and the city comes from the sentence that says who was received there.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a Romance venue and the city another sentence names', () => {
  test('"en la Residencia Oficial tras una visita" stops at the venue and takes the city', () => {
    assert.equal(
      place(
        'El encuentro se realizó este martes en la Residencia Oficial tras una visita al puerto.\n\nEl gobernador recibió este martes en Ushuaia al embajador de Chile, Pedro Soto.',
      ),
      'Residencia Oficial, Ushuaia',
    );
  });

  test('French "au Palais présidentiel après un déjeuner" stops at the venue', () => {
    assert.equal(
      place('Le président a reçu l’ambassadeur du Japon au Palais présidentiel après un déjeuner de travail.'),
      'Palais présidentiel',
    );
  });

  test('a city another event is held in is not added', () => {
    assert.equal(
      place('El alcalde se reunió con la cónsul en la Sede Municipal.\n\nLa cónsul viajará luego a Mendoza para un foro.'),
      'Sede Municipal',
    );
  });
});
