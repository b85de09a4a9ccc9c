// A city magazine prints its slogan at the top ("Das Online-Stadtmagazin für Lübeck und Umgebung"), then
// the page's update stamp, then the story's headline and byline. The slogan shares the town's name with the
// lead by chance; when the line under the stamp tells the lead in three words or more, that line is the
// headline. A line the page prints twice is its headline, though, whatever it shares.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;
const LEAD =
  'Sieben neue Generalkonsulinnen und Generalkonsuln haben ihren Dienst angetreten. Bürgermeisterin Jana Krüger empfing sie am Mittwoch zum Antrittsbesuch im Rathaus von Lübeck.';

describe("a slogan sharing the town's name above the page's date", () => {
  test("the headline under the stamp, not the site's slogan", () => {
    const text = [
      'Das Online-Stadtmagazin für Lübeck und Umgebung',
      '',
      'Letzte Aktualisierung: 12.03.2024',
      '',
      'Werbung',
      '',
      'Bürgermeisterin empfängt neue Generalkonsuln zum Antrittsbesuch',
      '',
      'von Max Muster',
      '',
      LEAD,
    ].join('\n');
    assert.equal(title(text), 'Bürgermeisterin empfängt neue Generalkonsuln zum Antrittsbesuch');
  });

  test('a headline above the date that shares two words with the lead stays the headline', () => {
    const text = [
      'Lübeck empfängt neue Generalkonsuln',
      '',
      'Letzte Aktualisierung: 12.03.2024',
      '',
      'Werbung',
      '',
      'Bürgermeisterin begrüßt die Diplomaten zum Antrittsbesuch im Rathaus',
      '',
      'von Max Muster',
      '',
      LEAD,
    ].join('\n');
    assert.equal(title(text), 'Lübeck empfängt neue Generalkonsuln');
  });

  test('a headline printed twice above the date stays the headline', () => {
    const text = [
      '[Serie] Diplomaten und Konsuln zu Gast in Lübeck',
      '[Serie] Diplomaten und Konsuln zu Gast in Lübeck',
      '',
      'Letzte Aktualisierung: 12.03.2024',
      '',
      'Werbung',
      '',
      'Bürgermeisterin empfängt neue Generalkonsuln zum Antrittsbesuch',
      '',
      'von Max Muster',
      '',
      LEAD,
    ].join('\n');
    assert.equal(title(text), '[Serie] Diplomaten und Konsuln zu Gast in Lübeck');
  });
});
