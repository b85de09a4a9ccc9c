// A desk officer pastes a page whose section name or kicker stands alone above the headline
// ("Nachbarländer" / "Außenministertreffen in Wien"). A single word says where the page files the
// story, not what happened: the line of words under it is the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a single word above the headline', () => {
  test('a German section name over a short headline: the headline', () => {
    const text = [
      'Nachbarstaaten',
      '',
      'Ministertreffen in Prag',
      '',
      'Am Montag trafen sich die Außenminister der Nachbarstaaten in Prag. Sie sprachen über den Grenzverkehr und die Energieversorgung.',
    ].join('\n');
    assert.equal(title(text), 'Ministertreffen in Prag');
  });

  test('a Spanish kicker over the headline: the headline', () => {
    const text = [
      'Diplomacia',
      '',
      'Visita del embajador',
      '',
      'El intendente recibió esta mañana al embajador de Chile en su despacho. Conversaron sobre el turismo y el comercio entre ambas ciudades.',
    ].join('\n');
    assert.equal(title(text), 'Visita del embajador');
  });

  test('a single word standing alone above the text is still the title when nothing else is there', () => {
    const text = [
      'Ministertreffen',
      '',
      'Am Montag trafen sich die Außenminister der Nachbarstaaten in Prag. Sie sprachen über den Grenzverkehr und die Energieversorgung.',
    ].join('\n');
    assert.equal(title(text), 'Ministertreffen');
  });

  test('a Japanese headline written as one run of characters is not a lone word', () => {
    const text = [
      '日豪外相会談',
      '',
      '国際交流の話題',
      '',
      '本日、外務大臣は来日中のオーストラリア外務大臣と会談しました。両大臣は地域情勢について意見を交換しました。',
    ].join('\n');
    assert.equal(title(text), '日豪外相会談');
  });
});
