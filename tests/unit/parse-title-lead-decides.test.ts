// A saved text often keeps a site's slogan, a section name or a date widget above the headline. When
// the heading lines' position alone cannot say which is the headline, the desk officer expects the one
// that names what the lead tells: the same people, the same place, the same talks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { sharedWithLead } from '../../electron/node/library/parse/title-lead.ts';

test('a slogan above the headline is passed over for the line that names the talks', () => {
  const text = [
    'Independent journalism for the whole region',
    'Foreign Minister Lindqvist receives Chilean counterpart Rojas in Helsinki',
    '',
    'Foreign Minister Anna Lindqvist received Chilean Foreign Minister Pedro Rojas in Helsinki on 4 March 2024 for talks on trade and Antarctic research.',
    'The ministers agreed to meet again in Santiago next year.',
  ].join('\n');
  assert.equal(parseRecordText(text).title, 'Foreign Minister Lindqvist receives Chilean counterpart Rojas in Helsinki');
});

test("a paper's masthead above a Portuguese headline is passed over", () => {
  const text = [
    'O jornal da região e do resto do mundo',
    'Presidente recebe ministro dos Negócios Estrangeiros da Noruega em Brasília',
    '',
    'A presidente recebeu nesta terça-feira o ministro dos Negócios Estrangeiros da Noruega, Erik Haugland, no Palácio do Planalto, em Brasília.',
  ].join('\n');
  assert.equal(parseRecordText(text).title, 'Presidente recebe ministro dos Negócios Estrangeiros da Noruega em Brasília');
});

test('lines in Korean or Chinese share words with their lead by pairs of letters', () => {
  assert.ok(sharedWithLead('외교장관 회담 개최', '외교부 장관은 5일 서울에서 회담을 가졌다.') >= 2);
  assert.equal(sharedWithLead('Quantcast', 'The minister met the ambassador.'), 0);
});

test('where the first heading line already shares words with the lead, it stays the headline', () => {
  const text = [
    'Minister Rojas in Helsinki',
    'Talks on Antarctic research and trade',
    '',
    'Foreign Minister Pedro Rojas held talks in Helsinki on 4 March 2024.',
  ].join('\n');
  assert.equal(parseRecordText(text).title, 'Minister Rojas in Helsinki');
});
