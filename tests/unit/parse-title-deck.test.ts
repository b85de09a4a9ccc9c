// Many papers print a deck under the headline: a longer line that sums the story up, written as a
// sentence but without its full stop, above the byline or the date. A desk officer filing the story
// wants the headline, not the deck; a long headline in title case under a menu line stays the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline with a deck under it', () => {
  test('headline, deck, byline and date: the headline', () => {
    const text = [
      'Foreign minister receives call from his Japanese counterpart on trade',
      '',
      'The minister said the two countries look forward to working together in areas of energy and shipping',
      '',
      'Jane Doe',
      'Mar 3, 2023',
      '',
      'The foreign minister received a phone call from the foreign minister of Japan on Friday. They discussed trade and shipping.',
    ].join('\n');
    assert.equal(title(text), 'Foreign minister receives call from his Japanese counterpart on trade');
  });

  test('headline, deck, then the date and reading time: the headline', () => {
    const text = [
      'El canciller mantiene reuniones bilaterales en su primer día de visita en Japón',
      'El ministro destacó los lazos entre ambos países y se comprometió a seguir trabajando en el comercio y la cultura',
      '12.05.2023 | tiempo de lectura: 2 minutos',
      '',
      'En el marco de su visita a Japón, el ministro de Relaciones Exteriores mantuvo una reunión con su homólogo japonés. Ambos coincidieron en ampliar el comercio.',
    ].join('\n');
    assert.equal(title(text), 'El canciller mantiene reuniones bilaterales en su primer día de visita en Japón');
  });

  test('a long title-case headline under a menu line is not a deck', () => {
    const text = [
      'Embassy Archives Press Releases and Statements',
      'Meeting between External Affairs Minister, Chinese Foreign Minister and Russian Foreign Minister',
      'March 3, 2023',
      'The External Affairs Minister met the Chinese and Russian Foreign Ministers in New York on Friday. They discussed regional security.',
    ].join('\n');
    assert.equal(title(text), 'Meeting between External Affairs Minister, Chinese Foreign Minister and Russian Foreign Minister');
  });

  test('headline, a shorter deck that tells none of the lead, then the date: the headline', () => {
    const text = [
      'Besuch der Delegation des Stadtrats von Lyon im Rathaus',
      '',
      'Freundschaftlicher Austausch der Partnerstädte',
      '',
      '14. März 2024',
      '',
      'Die Oberbürgermeisterin empfing am Donnerstag eine Delegation des Stadtrats von Lyon im Rathaus. Die Gäste sprachen über Verkehr und Kultur.',
    ].join('\n');
    assert.equal(title(text), 'Besuch der Delegation des Stadtrats von Lyon im Rathaus');
  });
});
