// Polish, Czech, Slovak and Serbian name the one met after "z"/"s"/"sa" in the instrumental: "spotkał
// się z ministrem … Federacji Rosyjskiej Jerzym Przykładem", "setkal se s hejtmanem … Pavlem Haškem",
// "razgovarao je s ambasadorom Srbije u Portugalu Markom Primerom, ambasadorom Srbije u Austriji
// Goranom Uzorom". The desk files the dictionary form: the record's own where it writes one, else the
// ending undone ("Haškem" is "Hašek", "Pavlem" "Pavel", but "Borrellem" "Borrell"), and the country of the description.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('West and South Slavic names in the instrumental', () => {
  test('"z ministrem spraw zagranicznych Federacji Rosyjskiej Siergiejem Przykładowem" gives Siergiej Przykładow of Russia', () => {
    const found = people([
      'Szefowie dyplomacji rozmawiali w Wiedniu',
      'Minister spraw zagranicznych Anna Wzór spotkała się dziś z ministrem spraw zagranicznych Federacji Rosyjskiej Siergiejem Przykładowem. Rozmowy dotyczyły OBWE.',
    ]);
    const guest = found.find((p) => p.name === 'Siergiej Przykładow');
    assert.ok(guest, JSON.stringify(found.map((p) => p.name)));
    assert.equal(guest.country, 'Russia');
  });

  test('"rozmawiał z szefem dyplomacji UE Josepem Wzorellem": no vowel between a doubled consonant, Josep Wzorell', () => {
    const names = people([
      'Rozmowa szefów dyplomacji',
      'Minister spraw zagranicznych Polski Jan Przykład rozmawiał telefonicznie z szefem dyplomacji UE Josepem Wzorellem. Rozmowa dotyczyła Ukrainy.',
    ]).map((p) => p.name);
    assert.ok(names.includes('Josep Wzorell'), JSON.stringify(names));
  });

  test('"setkal se s hejtmanem Zlínského kraje Pavlem Haškem" rebuilds Pavel Hašek', () => {
    const names = people([
      'Prezident na návštěvě kraje',
      'Prezident Jan Příklad se v pondělí setkal s hejtmanem Zlínského kraje Pavlem Haškem v jeho kanceláři.',
    ]).map((p) => p.name);
    assert.ok(names.includes('Pavel Hašek'), JSON.stringify(names));
  });

  test('a list after "razgovarao je s ambasadorom …" gives each ambassador', () => {
    const names = people([
      'Ministar se sastao sa ambasadorima',
      'Šef diplomatije razgovarao je s ambasadorom Srbije u Portugalu Oliverom Primerom, ambasadorom Srbije u Austriji Goranom Uzorićem i sa ambasadorom Srbije u Keniji Dejanom Obrascem.',
    ]).map((p) => p.name);
    for (const n of ['Oliver Primer', 'Goran Uzorić']) assert.ok(names.includes(n), JSON.stringify(names));
  });
});
