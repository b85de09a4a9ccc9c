// A desk reads Swedish, Danish and Norwegian releases: the language field must say which. The three
// share most short words ("i", "det", "som", "på"); Danish writes "og", "af", "ikke", "efter",
// Norwegian "og", "av", "ikke", "etter" (Nynorsk "ikkje", "ein", "frå"), Swedish "och", "av", "inte".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

describe('Swedish, Danish, Norwegian and Finnish are told apart', () => {
  test('a Danish readout is Danish, not Swedish', () => {
    assert.equal(
      detectLanguage(
        'Udenrigsministeren mødtes i dag med sin kollega fra Vietnam på Marienborg. De to ministre drøftede samarbejdet om grøn omstilling, og det blev aftalt at mødes igen efter sommerferien af hensyn til de fælles projekter.',
      ),
      'da',
    );
  });

  test('a Norwegian story, in Bokmål or in Nynorsk, is Norwegian', () => {
    assert.equal(
      detectLanguage(
        'Utenriksministeren møtte sin kollega fra Vietnam i Oslo tirsdag. Etter møtet ble det klart at de to landene vil samarbeide tettere om fornybar energi, og det er ikke første gang de møtes.',
      ),
      'no',
    );
    assert.equal(
      detectLanguage(
        'Utanriksministeren møtte ein kollega frå Vietnam i Bergen, og dei snakka om handel. Det var ikkje det første møtet mellom dei to, seier departementet til avisa.',
      ),
      'no',
    );
  });

  test('a Swedish release stays Swedish, and a Finnish one is Finnish', () => {
    assert.equal(
      detectLanguage(
        'Utrikesministern träffade i dag sin kollega från Vietnam i Stockholm. Samtalet handlade om handel och klimat, och det är inte första gången som de två ministrarna möts.',
      ),
      'sv',
    );
    assert.equal(
      detectLanguage(
        'Ulkoministeri tapasi tänään vietnamilaisen kollegansa Helsingissä. Ministerit keskustelivat myös kaupasta, ja he ovat sopineet että yhteistyö jatkuu ensi vuonna.',
      ),
      'fi',
    );
  });
});
