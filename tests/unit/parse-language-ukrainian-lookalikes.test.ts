// Some pages write Ukrainian with Latin look-alike letters ("Пpeзидeнт … пicля"), Latin "i" standing for і.
// The desk still wants the record filed as Ukrainian, not Russian; a Russian text stays Russian.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

test("a statement typed with Latin look-alikes ('пicля', 'вiн') is Ukrainian", () => {
  assert.equal(
    detectLanguage(
      'Пpeзидeнт oгoлocив, щo пicля пoвepнeння зуcтpiнeтьcя з кepiвникaми oблacтeй. Пpo цe вiн cкaзaв у вiдeoзвepнeннi.',
    ),
    'uk',
  );
  assert.equal(detectLanguage('Президент заявил, что после возвращения встретится с руководителями областей.'), 'ru');
});
