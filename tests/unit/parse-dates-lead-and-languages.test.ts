// Meeting days the desk officer reads at a glance but the parser used to miss, and two it must not
// take: a French lead whose paragraph has a circumflex, Japanese kana for "this morning", a German
// "Treffens … heute", a publication line under a long head of captions, and the day of another event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const parse = (lines: string[], publishedAt?: string) =>
  parseRecordText(lines.join('\n\n'), publishedAt ? { hints: { publishedAt } } : {});

test("a French lead 'Reçue mardi 12 mars à Matignon' is dated even when the paragraph says 'extrême' (â ê ô are French too)", () => {
  const parsed = parse(
    [
      'La syndicaliste met en garde la Première ministre',
      'Reçue mardi 12 mars à Matignon, la présidente du syndicat a exposé ses demandes. Selon elle, la défiance profite à l’extrême droite.',
    ],
    '2024-03-13',
  );
  assert.equal(parsed.meetingDate, '2024-03-12');
});

test("Japanese news that writes 'けさ' (this morning) in kana dates the talks to the day it was published", () => {
  const parsed = parse([
    '外相会談 同盟強化を確認',
    '2024-11-15 14:40',
    '訪問中の外務大臣は日本時間のけさ、アメリカの国務長官と会談し、地域情勢について意見を交わしました。',
  ]);
  assert.equal(parsed.publishedAt, '2024-11-15');
  assert.equal(parsed.meetingDate, '2024-11-15');
});

test("'stand im Mittelpunkt eines Treffens … heute' dates the meeting to the press release's day", () => {
  const parsed = parse([
    'Ministerin empfängt Chef des Kinderhilfswerks',
    'Pressemitteilung vom 3. Februar 2023 | Bonn – Die Zusammenarbeit stand im Mittelpunkt eines Treffens von Ministerin Anna Weber mit dem Exekutivdirektor Paul Grant heute im Ministerium.',
  ]);
  assert.equal(parsed.publishedAt, '2023-02-03');
  assert.equal(parsed.meetingDate, '2023-02-03');
});

test('a saved page with a deck, a photo caption twice and its credit before the byline still reads its lead: "nesta terça-feira"', () => {
  const parsed = parse([
    'Mundo',
    'Presidente recebe embaixadores de cinco países',
    'Segundo a tradição, os embaixadores assumem suas funções após a entrega das cartas credenciais',
    'Palácio em Brasília: a cerimônia é marcada por cores e tradições culturais (Maria Souza/Divulgação)',
    'Palácio em Brasília: a cerimônia é marcada por cores e tradições culturais (Maria Souza/Divulgação)',
    'Da Redação',
    'Publicado em 14 de maio de 2019 às 18h10.',
    'Brasília - O presidente recebeu nesta terça-feira as cartas credenciais dos novos embaixadores de cinco nações, em uma solenidade no Palácio do Planalto.',
  ]);
  assert.equal(parsed.publishedAt, '2019-05-14');
  assert.equal(parsed.meetingDate, '2019-05-14');
});

test("'Ahead of Africa Day on 25 May' and 'celebrated annually on May 25' are another day's, never the courtesy call's", () => {
  const parsed = parse([
    'Diplomats pay courtesy call on the High Commissioner',
    'By Staff Writer – Ahead of Africa Day celebration on 25 May 2022, the mission held a series of meetings with visiting diplomats.',
    'Africa Day is celebrated annually on May 25.',
    'The High Commissioner welcomed the envoys of Ghana and Kenya in an audience at the mission.',
  ]);
  assert.equal(parsed.meetingDate, null);
});

test('Ahead of the summit, with a comma: the meeting told after it keeps its own day', () => {
  const parsed = parse([
    'Ministers meet before the summit',
    'Ahead of the summit, the foreign ministers met on 24 May 2022 in Kigali to prepare its agenda.',
  ]);
  assert.equal(parsed.meetingDate, '2022-05-24');
});
