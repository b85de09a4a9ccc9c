// Dates a page prints about itself are never the meeting's, nor always the record's: an author's byline
// ("Por: Redacción 5 de mayo de 2023") dates the story, a login bar ("samedi 18 mai 2024 | Login") the day the page
// was served, a review stamp ("Sidan senast granskad den …") the day someone checked an evergreen page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('a Spanish record whose only dated line is the author byline run into a photo name gives no meeting date', () => {
  const r = record([
    'El intendente recibió a la embajadora de Italia',
    'El intendente Martín Gómez recibió en el Palacio Municipal a la embajadora de Italia, Lucia Bianchi, con quien conversó sobre cooperación cultural.',
    'Política Por: Redacción 12 de mayo de 2023 foto_portada_1234_5678',
    'Durante el encuentro repasaron los proyectos de intercambio entre escuelas.',
  ]);
  assert.equal(r.meetingDate, null);
});

test('an English byline "By Jane Doe, May 3, 2021" run into a caption does not date the talks', () => {
  const r = record([
    'Mayor hosts Japanese consul',
    'The Mayor sat down with the Consul-General of Japan, Kenji Sato, at City Hall to discuss trade links.',
    'By Jane Doe, May 3, 2021 img_city_hall_0042',
    'They agreed to set up a business forum.',
  ]);
  assert.equal(r.meetingDate, null);
});

test('a byline line under the text still dates the page when nothing else does', () => {
  const r = record([
    'El intendente recibió a la embajadora de Italia',
    'Por: Redacción 12 de mayo de 2023',
    'El intendente Martín Gómez recibió en el Palacio Municipal a la embajadora de Italia, Lucia Bianchi, con quien conversó sobre cooperación cultural.',
  ]);
  assert.equal(r.publishedAt, '2023-05-12');
});

test('a French page whose top bar prints the day beside its login link has no publication date from it', () => {
  const r = record([
    'mardi 14 mai 2024 | Connexion',
    'Le maire reçoit le consul du Maroc',
    'Le maire a reçu à l’hôtel de ville le consul général du Maroc, avec qui il a évoqué la coopération culturelle.',
  ]);
  assert.equal(r.publishedAt, null);
});

test('an English page under a "Sign in" bar dated with the day has no publication date from it', () => {
  const r = record([
    'Friday, 3 May 2024 | Sign in | Subscribe',
    'Governor welcomes Korean delegation',
    'The Governor received a delegation from Gyeonggi Province at the State House and discussed trade ties.',
  ]);
  assert.equal(r.publishedAt, null);
});

test('a Swedish council page "Sidan senast granskad den …" was not published that day', () => {
  const r = record([
    'Kommunstyrelsens ordförande',
    'Kommunfullmäktige väljer kommunstyrelsens ordförande för fyra år.',
    'Sidan senast granskad den 14 mars 2023',
  ]);
  assert.equal(r.publishedAt, null);
});

test('an English page "Last reviewed: 2 June 2022" was not published that day', () => {
  const r = record([
    'Our twin towns',
    'The council keeps links with four twin towns in Europe and Asia.',
    'Last reviewed: 2 June 2022',
  ]);
  assert.equal(r.publishedAt, null);
});

test('a page "Senast uppdaterad" still dates the page by its update', () => {
  const r = record([
    'Besök från vänorten',
    'Kommunstyrelsens ordförande tog emot en delegation från vänorten i stadshuset.',
    'Senast uppdaterad: 9 november 2016',
  ]);
  assert.equal(r.publishedAt, '2016-11-09');
});
