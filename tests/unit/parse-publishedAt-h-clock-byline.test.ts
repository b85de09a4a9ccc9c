// Portuguese and French bylines write the clock with an "h" ("08h13", "17h30") and set their parts apart with a spaced
// bullet: "7 MAR 2018 • POR Prefeitura de Corumbá • 08h13" is the page's byline, as "… | 08:13" would be. A headline
// that joins two countries with a bullet and no spaces ("한·미 외교장관 회담 2023.05.21") is not made a byline by it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a byline with an h clock and bullets', () => {
  test('"7 MAR 2018 • POR Prefeitura de Corumbá • 08h13" under the headline dates the page', () => {
    const text =
      'Prefeito recebe o novo cônsul da Bolívia\n\n7 MAR 2018 • POR Prefeitura de Corumbá • 08h13\n\n' +
      'O prefeito reuniu-se com o cônsul da Bolívia na tarde desta terça-feira, no gabinete, para tratar de questões da fronteira.';
    assert.equal(parseRecordText(text).publishedAt, '2018-03-07');
  });

  test('"12 mars 2024 • Par la rédaction • 17h30" reads as a byline', () => {
    assert.equal(readByline('12 mars 2024 • Par la rédaction • 17h30')?.published, '2024-03-12');
  });

  test('a headline with "·" between two countries stays a headline', () => {
    assert.equal(readByline('한·미 외교장관 회담 개최 결과 2023.05.21'), null);
  });
});
