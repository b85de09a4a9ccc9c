// A masthead may print today's date beside a world clock ("Chile, 04 de abril de 2025" / "Santiago: 12:34" / "Isla de
// Pascua: 10:34"): the day the page was viewed, not the day the story was published. A byline with one clock time
// ("Publicado: 12:34") stays the story's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const story =
  'Canciller anuncia visita de presidenta\n\nLa presidenta de Uruguay hará una visita oficial a Chile a fines de mayo, confirmó hoy el canciller.';

describe('a date beside a world clock', () => {
  test('"Chile, 04 de abril de 2025" over two places\' times is the site\'s clock', () => {
    const text = `Publicidad\n\nChile, 04 de abril de 2025\nSantiago: 12:34\nIsla de Pascua: 10:34\n\n${story}`;
    assert.equal(parseRecordText(text).publishedAt, null);
  });

  test("a date line with no clock beside it is the story's", () => {
    const text = `Publicidad\n\nChile, 04 de abril de 2025\n\n${story}`;
    assert.equal(parseRecordText(text).publishedAt, '2025-04-04');
  });
});
