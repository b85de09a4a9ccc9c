// Italian house style capitalises every word of an office: "il Segretario Generale Anna Riva", "il
// Primo Ministro Luca Neri", "l'Alto Rappresentante", "l'Inviato Speciale". The grammar reads a
// head's first letter in either case; its later words are written out in both ("[Gg]enerale"), as
// the Spanish "Secretario General" and Portuguese "Secretário-Geral" already are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a town hall welcome: "presenti il Segretario Generale Paola Conti" is read as in lower case', () => {
  const found = people([
    'Il sindaco riceve il console',
    'Il sindaco di Cefalù Marco Bruni ha ricevuto in Municipio il console di Malta. Presenti all’incontro il Segretario Generale Paola Conti e gli Assessori della Giunta.',
  ]);
  const p = found.find((x) => x.name === 'Paola Conti');
  assert.ok(p, String(found.map((x) => x.name)));
  assert.match(p.role ?? '', /^Segretario Generale$/);
});

test('an agency story: "il Primo Ministro Luca Neri ha incontrato l’Inviato Speciale Sara Villa"', () => {
  const names = people([
    'Incontro a Palazzo Chigi',
    'Roma, 3 marzo 2022 – Il Primo Ministro Luca Neri ha incontrato oggi a Palazzo Chigi l’Inviato Speciale Sara Villa.',
  ]).map((p) => p.name);
  assert.ok(names.includes('Luca Neri') && names.includes('Sara Villa'), String(names));
});
