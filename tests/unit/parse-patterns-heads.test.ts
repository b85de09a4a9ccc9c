// A title pattern tried only at its heads, and at the small word before one, finds what the pattern finds alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesAtHeads } from '../../electron/node/library/parse/patterns.ts';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const via = (heads: RegExp, strict: RegExp, text: string) => [...matchesAtHeads(heads, strict, text)].map((m) => [m.index, ...m]);

const HEADS = ['primer ministro', 'ministr[oa]', 'canciller', 'minister'];
/** As the European grammars search: a head after no letter or hyphen. */
const LOOSE = `(?<![\\p{L}\\-])(?:${HEADS.join('|')})`;
const either = (h: string) => h.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`);
const PATTERN = `(?<![\\p{L}\\-])(?:(?!${HEADS.map(either).join('|')})(\\p{Ll}{4,}) )?(${HEADS.map(either).join('|')})(?: (electo|saliente))?(?![\\p{L}\\-])`;

test('a desk reading a Spanish readout finds each minister and the word before the title, as the whole pattern does', () => {
  const texts = [
    'La canciller saliente Ana Pérez recibió al primer ministro Luis Gómez y a la ministra electa.',
    'El nuevo ministro electo, Juan Ruiz, y la exministra Ana Sol se reunieron con el Ministro Leo.',
    'His counterpart, the minister of state, met the administer of ministers; ministro ministro ministro.',
    'último ministro 😀 ministro 𝑎𝑏𝑐𝑑 ministro-canciller Pablo',
    'la ex-ministra y Laministra ministro, -ministro ministro; Xministro ministro',
    'ministro',
    ' ministro',
    '',
  ];
  for (const text of texts)
    assert.deepEqual(via(new RegExp(LOOSE, 'giu'), new RegExp(PATTERN, 'uy'), text), all(new RegExp(PATTERN, 'gu'), text), text);
});

test('a head inside the word before another head does not hide the earlier start', () => {
  // A word holding a head of its own ("xministrox"), then a head: the match opens on that word.
  const text = 'dijo la xministrox ministra Ana';
  assert.deepEqual(via(new RegExp(LOOSE, 'giu'), new RegExp(PATTERN, 'uy'), text), all(new RegExp(PATTERN, 'gu'), text));
});

test('a head search narrower than the pattern is caught by the comparison', () => {
  const text = 'el ministro Ana y la canciller Sol';
  assert.notDeepEqual(via(/ministro/giu, new RegExp(PATTERN, 'uy'), text), all(new RegExp(PATTERN, 'gu'), text));
});
