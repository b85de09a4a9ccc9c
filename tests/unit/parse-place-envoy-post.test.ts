// An envoy is introduced with the country he serves in: "the chargé d'affaires of Spain in
// Colombia", "den deutschen Botschafter in Luxemburg", "novos embaixadores no Brasil", "Посол України
// в Російській Федерації". That country is the post, not where the minister received him; a desk
// officer leaves the place empty, or files the venue the text names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postedBefore } from '../../electron/node/library/parse/place/posted.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string, title?: string): string | null =>
  findPlace(text.split('\n\n'), { title: title ?? null })?.place ?? null;

describe('an envoy’s post is not the meeting’s place', () => {
  test('Spanish: "se reunió con el embajador de Estados Unidos en Colombia" gives no place', () => {
    assert.equal(place('La canciller se reunió este jueves con el embajador de Estados Unidos en Colombia, John Doe.'), null);
  });

  test('German: "traf den neuen Botschafter für Deutschland in Luxemburg" gives no place', () => {
    assert.equal(place('Am Dienstag traf der Minister den neuen Botschafter für Deutschland in Luxemburg, Max Muster.'), null);
  });

  test('Portuguese: the headline’s "embaixadores no Brasil" gives way to the palace of the ceremony', () => {
    assert.equal(
      place(
        'O presidente recebeu nesta segunda-feira, em cerimônia no Palácio do Planalto, as cartas credenciais de seis novos embaixadores no Brasil.',
        'Presidente recebe credenciais de seis novos embaixadores no Brasil',
      ),
      'Palácio do Planalto',
    );
  });

  test('Ukrainian: "Посол України в Російській Федерації" is a post', () => {
    assert.equal(postedBefore('Надзвичайний і Повноважний Посол України в ', 'Російській Федерації'), true);
  });

  test('a city can be both the post and where they met: "el encargado de negocios de España en Caracas" is kept', () => {
    assert.equal(
      place(
        'El ministro de Exteriores ha recibido al encargado de negocios de España en Caracas, Juan Pérez, con quien ha mantenido un diálogo.',
      ),
      'Caracas',
    );
  });

  test('a meeting in a country the sentence names without an envoy before it stays', () => {
    assert.equal(postedBefore('The ministers met in ', 'Ghana'), false);
    assert.equal(postedBefore('The ambassador met the minister in ', 'Ghana'), false);
  });
});
