// A page's widgets above the headline are never the headline: a button's label printed twice (once for screen
// readers), the weather, a list of tags. A headline that names several countries still says what they did.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).title;

describe("a page's widgets above the headline", () => {
  test('"Zum Inhalt springenZum Inhalt springen" (a label printed twice) is not the headline', () => {
    assert.equal(
      title([
        'Zum Inhalt springenZum Inhalt springen',
        'Scholz: Keine Kampfjets für die Ukraine',
        'Der Bundeskanzler besuchte am Dienstag Kiew und traf dort den Präsidenten. Danach gab er eine Pressekonferenz.',
      ]),
      'Scholz: Keine Kampfjets für die Ukraine',
    );
  });

  test('the weather ("Svátek má Ivana Venku je 18 °C, Slunečno") is not the headline', () => {
    assert.equal(
      title([
        'Svátek má Ivana Venku je 18 °C, Slunečno',
        'Šéf diplomacie přijal japonského diplomata',
        'Ministr zahraničních věcí v pondělí hostil nového velvyslance Japonska. Hovořili o obchodu a o spolupráci v oblasti vědy.',
      ]),
      'Šéf diplomacie přijal japonského diplomata',
    );
  });

  test('a list of tags ("Tonga, Samoa, Fiji, Forum, Trade") is not the headline', () => {
    assert.equal(
      title([
        'Tonga, Samoa, Fiji, Forum, Trade',
        'Prime Minister meets Tonga counterpart ahead of the Forum Leaders Meeting',
        'Nukuʻalofa, 3 March 2024 - The Prime Minister met the Prime Minister of Tonga yesterday to discuss trade and climate finance.',
      ]),
      'Prime Minister meets Tonga counterpart ahead of the Forum Leaders Meeting',
    );
  });

  test('a headline naming several countries says what they did, and stays the headline', () => {
    assert.equal(
      title([
        'Japan, Australia, India, US ministers meet in Tokyo',
        'The foreign ministers of the four countries met in Tokyo on Tuesday to discuss maritime security and supply chains.',
      ]),
      'Japan, Australia, India, US ministers meet in Tokyo',
    );
  });
});
