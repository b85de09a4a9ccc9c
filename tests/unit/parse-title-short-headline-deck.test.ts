// A magazine prints a short headline ("Empfang im Rathaus"), then a longer deck that tells the story as a
// sentence, then the text. The lead names the deck's people and places, not the headline's few words; the
// desk officer should still get the headline, not the deck. A skip link or a masthead over a headline is
// no headline over a deck: it tells none of the story.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a short headline over its deck', () => {
  test('German: the headline, not the deck the lead repeats', () => {
    const text = [
      'Empfang im Neuen Rathaus',
      '',
      'Der Oberbürgermeister von Hannover empfängt die neuen Konsulinnen und Konsuln im Neuen Rathaus an der Leine',
      '',
      'Der Oberbürgermeister von Hannover, Stefan Weber, begrüßte am Dienstag die neuen Konsulinnen und Konsuln im Festsaal. Er sprach über die Partnerstädte der Stadt.',
    ].join('\n');
    assert.equal(title(text), 'Empfang im Neuen Rathaus');
  });

  test('Vietnamese: the headline over a longer deck', () => {
    const text = [
      'Bộ trưởng Ngoại giao Lào thăm chính thức Việt Nam',
      '',
      'Bộ trưởng Ngoại giao Lào đã có chuyến thăm chính thức Việt Nam và hội đàm với người đồng cấp tại Hà Nội trong ngày hôm qua',
      '',
      'Chiều 12/5, tại Hà Nội, Bộ trưởng Ngoại giao Lào đã hội đàm với Bộ trưởng Ngoại giao Việt Nam. Hai bên nhất trí tăng cường hợp tác.',
    ].join('\n');
    assert.equal(title(text), 'Bộ trưởng Ngoại giao Lào thăm chính thức Việt Nam');
  });

  test('a skip link above the headline is not taken for a headline over a deck', () => {
    const text = [
      'Saltar al contenido principal de la página',
      '',
      'La alcaldesa se reúne con el nuevo cónsul de Francia en el Ayuntamiento de la ciudad',
      '',
      'La alcaldesa recibió este lunes al nuevo cónsul de Francia, Pierre Martin, en el Ayuntamiento. Ambos hablaron del turismo y de la cultura.',
    ].join('\n');
    assert.equal(title(text), 'La alcaldesa se reúne con el nuevo cónsul de Francia en el Ayuntamiento de la ciudad');
  });
});
