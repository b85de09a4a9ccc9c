// A site copied with its furniture often keeps the line that invites readers to follow it on a news channel
// ("Follow … on Telegram", "Sigue el canal de … en WhatsApp", "Ikuti berita terkini … di Google News", "Сделай … своим
// источником новостей в Дзен"), or its logo's alternative text ("Ícone do site …", "Icono del sitio …"). Both name the
// site in its own words; a desk officer files it as the publisher when nothing stronger names one. "Follow us" names nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).publisher;
const STORY = [
  'Governor receives the visiting ambassador',
  'The Governor received the visiting ambassador at his office on Monday and discussed cooperation in education and trade.',
];

describe("the site's invitation to follow it on a news channel", () => {
  test('"Follow Example Times on Telegram. Only the most important news" under the story gives the site', () => {
    assert.equal(publisher([...STORY, 'Follow Example Times on Telegram. Only the most important news']), 'Example Times');
  });

  test('"Subscribe to Example.Ru Telegram channel, Facebook, RSS!" gives the site', () => {
    assert.equal(publisher([...STORY, 'Subscribe to Example.Ru Telegram channel, Facebook, RSS!']), 'Example.Ru');
  });

  test('a Spanish page\'s "Sigue el canal de Diario Ejemplo en WhatsApp:" gives the paper', () => {
    assert.equal(
      publisher([...STORY, 'Sigue el canal de Diario Ejemplo en WhatsApp: https://whatsapp.com/channel/0029Va']),
      'Diario Ejemplo',
    );
  });

  test('an Indonesian page\'s "Ikuti berita terkini Kabar Contoh di Google News" gives the site, not the words before it', () => {
    assert.equal(publisher([...STORY, 'Ikuti berita terkini Kabar Contoh di Google News']), 'Kabar Contoh');
  });

  test('a Russian page\'s "Сделай Пример своим источником новостей в Дзен" gives the site', () => {
    assert.equal(publisher([...STORY, 'Сделай Пример своим источником новостей в Дзен и Google News.']), 'Пример');
  });

  test('"Follow us on our official WhatsApp channel" names nobody', () => {
    assert.equal(publisher([...STORY, 'Follow us on our official WhatsApp channel for breaking news alerts!']), null);
  });
});

describe("the site's logo named by its alternative text", () => {
  test('"Ícone do site Jornal Exemplo" above a Portuguese page gives the paper', () => {
    assert.equal(publisher(['Ícone do site Jornal Exemplo', ...STORY]), 'Jornal Exemplo');
  });

  test('"Icono del sitio El Ejemplo" above a Spanish page gives the paper', () => {
    assert.equal(publisher(['Icono del sitio El Ejemplo', ...STORY]), 'El Ejemplo');
  });
});
