// "Se reunió con el embajador de México en Venezuela, … en la Casa Guipuzcoana": Venezuela is the
// ambassador's post, the Casa Guipuzcoana is where they met. "Evaluar la situación en Venezuela" is a
// topic; "se encuentra en Lima, … participando en la reunión" says where the minister is. Indonesian
// "para duta besar di Indonesia" is the envoys' post, "di ruang Kredensial, Istana Merdeka, Jakarta"
// the room they were received in. A desk officer files the room or the city, never the post or topic.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a post or a topic is not where they met', () => {
  test('"el embajador de México en Venezuela" is a post; the venue after it is the place', () => {
    assert.equal(
      place(
        'El gobernador se reunió con el embajador de México en Venezuela, Leopoldo de Gyvés, en la Casa Guipuzcoana para reforzar las relaciones.',
      ),
      'Casa Guipuzcoana',
    );
  });

  test('"se encuentra en Lima, Perú, participando en la reunión" gives Lima, not the topic in the headline', () => {
    assert.equal(
      findPlace(['El canciller se encuentra en Lima, Perú, participando en la reunión de cancilleres.'], {
        title: 'Canciller participa en reunión para evaluar situación en Venezuela',
      })?.place,
      'Lima',
    );
  });

  test('"para duta besar di Indonesia" is a post; "di ruang Kredensial, Istana Merdeka, Jakarta" the room', () => {
    assert.equal(
      place(
        'Presiden menerima surat kepercayaan dari 12 duta besar dari negara sahabat di ruang Kredensial, Istana Merdeka, Jakarta, Rabu, 7 Agustus 2019. Penyerahan surat kepercayaan tersebut mengawali penugasan para duta besar di Indonesia.',
      ),
      'ruang Kredensial, Istana Merdeka, Jakarta',
    );
  });
});
