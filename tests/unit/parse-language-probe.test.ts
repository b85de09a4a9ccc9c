// A desk reads releases from Budapest, Bucharest, Baku, Vilnius, Riga, Tirana, Reykjavík, Ljubljana and Bilbao: each
// language is named by its own short words and the letters it alone writes, so its dates and people are read in it.
// The probe: five made-up sentences a language (language-probe-sentences.ts), each alone and all as one paragraph.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';
import { PROBE } from './language-probe-sentences.ts';

/** How many of a language's probe texts (its five sentences alone, then the paragraph) come out in it. */
function named(lang: string): number {
  const sentences = PROBE[lang] ?? [];
  return [...sentences, sentences.join(' ')].filter((text) => detectLanguage(text) === lang).length;
}

describe('a record in a language the desk seldom sees is named in that language, not English or a neighbour', () => {
  test('a Hungarian paragraph about the mayor receiving an ambassador is Hungarian, not English', () => {
    assert.equal(detectLanguage(PROBE.hu?.join(' ') ?? ''), 'hu');
    assert.ok(named('hu') >= 5);
  });

  test('a Romanian record, with its ă, ș, ț and "și", "în", "pentru", is Romanian, not French or Portuguese', () => {
    assert.equal(named('ro'), 6);
    assert.equal(detectLanguage('Ministrul a avut o întâlnire cu ambasadorul şi a discutat despre cooperare.'), 'ro');
  });

  test('an Azerbaijani record, with its ə and "və", "ilə", is Azerbaijani, not Turkish or Italian', () => {
    assert.equal(named('az'), 6);
  });

  test('a Turkish record, with its ğ and dotless ı, is Turkish even when its short words are few', () => {
    assert.equal(named('tr'), 6);
  });

  test('Lithuanian, Latvian, Icelandic and Albanian records are named by their own letters and short words', () => {
    for (const lang of ['lt', 'lv', 'is', 'sq']) assert.equal(named(lang), 6, lang);
  });

  test('Slovene, Afrikaans and Basque records are named, not Portuguese, German or English', () => {
    for (const lang of ['sl', 'af', 'eu']) assert.equal(named(lang), 6, lang);
  });

  test('an Estonian paragraph is Estonian, not Finnish', () => {
    assert.equal(detectLanguage(PROBE.et?.join(' ') ?? ''), 'et');
  });

  test('a Croatian or Serbian sentence with none of ć and đ is named by its short words', () => {
    assert.equal(detectLanguage('Razgovarali su o gospodarskoj suradnji i turizmu, rekao je ministar nakon sastanka.'), 'hr');
    assert.equal(detectLanguage('Sastanku su prisustvovali i predstavnici opštine posle sednice, rekao je.'), 'sr');
  });

  test('a Macedonian record without ѓ, ќ or ѕ is Macedonian by its "во", "со", "го"; Russian and Bulgarian stay theirs', () => {
    assert.equal(detectLanguage('Претседателот го прими амбасадорот на Германија, со кого разговараше за реформите.'), 'mk');
    assert.equal(detectLanguage('Встреча прошла во вторник, со стороны России выступил министр.'), 'ru');
    assert.equal(detectLanguage('Министърът го прие в София и е доволен от срещата.'), 'bg');
    assert.equal(detectLanguage('Председник је примио амбасадора у Београду.'), 'sr');
  });

  test('the languages read before stay as they were: Polish, Bulgarian, Greek, Tagalog and the Romance and German ones', () => {
    for (const lang of ['pl', 'bg', 'el', 'tl', 'pt', 'it', 'fr', 'de']) assert.equal(named(lang), 6, lang);
  });

  test('an English story naming Hungarian, Romanian and Turkish officials stays English', () => {
    assert.equal(
      detectLanguage(
        'Foreign Minister Péter Szijjártó met his counterparts Hakan Fidan and Luminița Odobescu in Budapest on Monday. The ministers discussed energy security and the war in Ukraine, the ministry said in a statement.',
      ),
      'en',
    );
  });
});
