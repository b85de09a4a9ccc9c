// A page's top bar prints today's date beside its search box: above it ("Thứ hai, ngày 23 tháng 12 năm 2024 Tìm kiếm")
// or just below it ("Menu / Search / Jeudi 28 Mars 2024 / S'abonner"). That is the day the page was viewed, not the
// day the record was published: the desk officer gets no publication date rather than the viewing day. A headline
// under the search box that names a year is still the headline.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const story =
  "Le maire a reçu mercredi à l'hôtel de ville l'ambassadeur du Portugal, venu présenter les projets de coopération entre les deux villes.\n\n" +
  "L'entretien a porté sur les échanges scolaires et le tourisme.";

describe('a date under the search box is the site clock', () => {
  test('"Search" then "Jeudi 28 Mars 2024" above the headline: no publication date', () => {
    const text = `Menu\n\nSearch\n\nJeudi 28 Mars 2024\n\nS'abonner\n\nLe maire reçoit l'ambassadeur du Portugal\n\n${story}`;
    assert.equal(parseRecordText(text).publishedAt, null);
  });

  test('a byline under the headline is still read', () => {
    const text = `Menu\n\nSearch\n\nLe maire reçoit l'ambassadeur du Portugal\n\nPublié le 28 mars 2024 à 10:15\n\n${story}`;
    assert.equal(parseRecordText(text).publishedAt, '2024-03-28');
  });

  test('a headline naming a year under "Recherche" stays the headline', () => {
    const text = `Recherche\n\nLes rencontres du maire en 2024\n\n${story}`;
    assert.equal(parseRecordText(text).title, 'Les rencontres du maire en 2024');
  });
});
