// A city hall's press note may name the weekday inside its date block, in lower case as Spanish,
// French and Portuguese write it: "Cádiz, martes 14 de mayo de 2019.- El alcalde …". The block
// dates the record as it does without the weekday; a sentence under way before the date still does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const published = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).publishedAt;

test('"Cádiz, martes 14 de mayo de 2019.- El alcalde …" was issued on 14 May 2019', () => {
  assert.equal(
    published([
      'El alcalde recibe al cónsul de Marruecos',
      'Cádiz, martes 14 de mayo de 2019.- El alcalde de Cádiz mantuvo hoy un encuentro con el cónsul general de Marruecos en Algeciras, que visitó el Ayuntamiento.',
    ]),
    '2019-05-14',
  );
});

test('a weekday and date after words of a sentence are no date block', () => {
  assert.equal(
    published([
      'El alcalde recibe al cónsul de Marruecos',
      'El alcalde dijo que el martes 14 de mayo de 2019.- Luego recibió al cónsul general de Marruecos en Algeciras, que visitó el Ayuntamiento.',
    ]),
    null,
  );
});
