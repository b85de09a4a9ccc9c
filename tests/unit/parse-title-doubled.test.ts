// A headline printed twice at the head of the text's line, and a "you are here" trail above it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';

describe('a headline printed twice on one line, a trail that says where the reader is', () => {
  test('"外交部:… 外交部:… 2011年12月7日 17:51 在北京,…": the headline is the words printed twice', () => {
    const text =
      '外交部:適時公布日揆訪華日期 外交部:適時公布日揆訪華日期 2011年12月7日 17:51 在北京,外交部重申,歡迎日本首相訪華,雙方正就訪問日期保持溝通,將在適當時候公布。發言人在例行記者會上作上述表示。';
    assert.equal(parseRecordText(text).title, '外交部:適時公布日揆訪華日期');
  });

  test('"Usted está en: Portada", "You are here: Home" above the headline are the page\'s trail, not its headline', () => {
    const es = `Sala de Prensa\nUsted está en:  Portada\nMartes, 08 de agosto de 2017\nMinistro participa en reunión de Cancilleres de América\nComparte :\n${LEAD}`;
    assert.equal(parseRecordText(es).title, 'Ministro participa en reunión de Cancilleres de América');
    const en = `You are here:   Home\nForeign Minister holds talks with Chinese counterpart\n${LEAD}`;
    assert.equal(parseRecordText(en).title, 'Foreign Minister holds talks with Chinese counterpart');
  });

  test("the story's tags, names and places printed twice on one line above the headline, are not its headline", () => {
    const text = `Иван Петров Анна Смит Москва Россия Иван Петров Анна Смит Москва Россия\n\nПетров провёл переговоры с британским коллегой в Москве\n\nМинистр иностранных дел Иван Петров провёл переговоры с коллегой из Великобритании Анной Смит в Москве во вторник.\n\nСтороны договорились продолжить диалог.`;
    assert.equal(parseRecordText(text).title, 'Петров провёл переговоры с британским коллегой в Москве');
  });
});
