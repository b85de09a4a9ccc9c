// A desk officer's French, Spanish, Portuguese and Italian previews say what is still to come by the
// verb's ending: "se rencontreront", "se reunirá", "receberão", "incontrerà", "incontreranno". The
// ending counts only at the end of a word with at least three letters before it, so "abrá" or
// "seront" alone are not read through the ending rule, and "erontes" is no future at all.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FUTURE } from '../../electron/node/library/parse/dates/words.ts';

describe('the Romance future told by its ending', () => {
  test('a preview in French, Spanish, Portuguese or Italian is about what is still to come', () => {
    for (const s of [
      'Les deux ministres se rencontreront à Paris.',
      'El canciller se reunirá con su homólogo en Lima.',
      'Os chanceleres receberão os embaixadores amanhã.',
      'Il ministro incontrerà il suo omologo a Roma.',
      'I due ministri incontreranno la stampa.',
      'LES MINISTRES DISCUTERONT DU COMMERCE.',
      'Le président s’entretiendra avec son homologue.',
    ])
      assert.equal(FUTURE.test(s), true, s);
  });

  test('an ending on a short word, inside a word or with letters after it is not the future', () => {
    for (const s of ['Abrá la puerta.', 'xxeront', 'Las erontes del río.', 'xxranno', 'Un rán.', 'O rão.'])
      assert.equal(FUTURE.test(s), false, s);
  });

  test('three letters before the ending are enough, wherever the word stands', () => {
    for (const s of ['1xxxeront', '(abcrá)', 'Xxxranno', 'ab𝐀rá']) assert.equal(FUTURE.test(s), true, s);
  });
});
