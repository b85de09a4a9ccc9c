// A paper's masthead or slogan above the headline may share one word with the lead by chance: the
// paper's town or country ("Báo Thành Đông điện tử - Tin tức trong ngày" and a lead starting "Ngày 24/10"),
// the region it serves. The desk officer still reads the line that tells the story as the headline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("a masthead naming the paper's region is passed over for the line that names the visit", () => {
  const text = [
    'EL DIARIO DE TODA LA REGIÓN DEL NORTE Y DE SUS VALLES',
    'Canciller recibe en Lima al embajador de Noruega para revisar la cooperación pesquera',
    '',
    'El canciller Luis Prado recibió este lunes en Lima al embajador de Noruega, Erik Haugland, para revisar la cooperación pesquera entre ambos países y la situación de la región.',
    'Ambos acordaron reunirse de nuevo en Oslo.',
  ].join('\n');
  assert.equal(
    parseRecordText(text).title,
    'Canciller recibe en Lima al embajador de Noruega para revisar la cooperación pesquera',
  );
});

test('a first line sharing two words with the lead stays the headline', () => {
  const text = [
    'Canciller Prado en Lima',
    'La cooperación pesquera con Noruega, revisada en detalle por ambos gobiernos',
    '',
    'El canciller Luis Prado recibió este lunes en Lima al embajador de Noruega para revisar la cooperación pesquera.',
  ].join('\n');
  assert.equal(parseRecordText(text).title, 'Canciller Prado en Lima');
});
