// A government page copies its contact block first: telephone, e-mail, opening hours ("Пн - Чт 9:00 -
// 18:00, Пт 9:00 - 16:45.", "เวลาทำการ : … 08.30 - 16.30 น."). The hours may end on a full stop, yet
// they are not the text's first sentence: the headline below them is the record's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a page's opening hours above the headline", () => {
  test('two spans of hours in the contact block (Ukrainian)', () => {
    const text = [
      '• +380 (0532) 55-11-22',
      '• info@oblrada.example.ua',
      '• Пн - Чт 9:00 - 18:00, Пт 9:00 - 16:45. Обідня перерва з 13:00 до 13:45',
      '',
      'Голова облради зустрівся з Послом Литви в Україні',
      '',
      'Голова обласної ради Петро Коваль зустрівся з Надзвичайним і Повноважним Послом Литви. Сторони обговорили співпрацю у сфері освіти.',
    ].join('\n');
    assert.equal(title(text), 'Голова облради зустрівся з Послом Литви в Україні');
  });

  test('one span under its label (English)', () => {
    const text = [
      'Opening hours: Monday - Friday 08:30 - 16:30.',
      '',
      'Governor receives the Consul General of Japan',
      '',
      'The Governor received the Consul General of Japan at Provincial Hall on Tuesday. They discussed tourism and trade.',
    ].join('\n');
    assert.equal(title(text), 'Governor receives the Consul General of Japan');
  });

  test("a meeting's time in the text's first sentence is still the text", () => {
    const text = [
      'Mayor meets trade delegation from Busan',
      '',
      'The Mayor met a trade delegation from Busan from 10:00 - 11:30 at City Hall on Monday. They agreed to hold a fair next year.',
    ].join('\n');
    const r = parseRecordText(text);
    assert.equal(r.title, 'Mayor meets trade delegation from Busan');
    assert.ok(r.paragraphs[0]?.text.startsWith('The Mayor met a trade delegation'));
  });
});
