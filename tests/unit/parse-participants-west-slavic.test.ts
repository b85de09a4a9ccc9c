// Polish, Czech, Slovak, Croatian and Serbian lead sentences write the subject's title before the name
// in the nominative: "Wojewoda lubelski Anna Przykładowa spotkała się…", "Hejtman Zlínského kraje Jan
// Příklad přijal…", "Minister zahraničných vecí SR Peter Vzor sa stretol…", "Ministar spoljnih poslova
// Republike Srbije Marko Primer…". A desk officer files the host with the title; the region's adjective
// or genitive and the country after the office belong to the title, not to the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (paragraphs: string[]): string[] => parseRecordText(paragraphs.join('\n\n')).participants.map((p) => p.name ?? '');

describe('West and South Slavic titles before names', () => {
  test('"Wojewoda lubelski Anna Przykładowa spotkała się…" and "Hejtman Zlínského kraje Jan Příklad se setkal…" give the hosts', () => {
    assert.ok(
      names([
        'Spotkanie z konsulem',
        'Wojewoda lubelski Anna Przykładowa spotkała się we wtorek z konsulem generalnym Ukrainy. Rozmowa dotyczyła przejść granicznych.',
      ]).includes('Anna Przykładowa'),
    );
    assert.ok(
      names([
        'Setkání s diplomaty',
        'Hejtman Zlínského kraje Jan Příklad se v pondělí setkal s velvyslancem Rakouska. Jednali o dopravě.',
      ]).includes('Jan Příklad'),
    );
  });

  test('"Minister zahraničných vecí SR Peter Vzor sa stretol…" and "Ministar spoljnih poslova Republike Srbije Marko Primer…" leave the country out of the name', () => {
    const slovak = names([
      'Minister sa stretol s kolegom',
      'Minister zahraničných vecí SR Peter Vzor sa v utorok stretol vo Viedni so svojím rakúskym kolegom.',
    ]);
    assert.ok(slovak.includes('Peter Vzor'), JSON.stringify(slovak));
    const serbian = names([
      'Ministar sastao se sa ambasadorima',
      'Ministar spoljnih poslova Republike Srbije Marko Primer sastao se danas u Beogradu sa ambasadorima Srbije u Evropi i razgovarao o saradnji.',
    ]);
    assert.ok(serbian.includes('Marko Primer'), JSON.stringify(serbian));
    assert.ok(!serbian.some((n) => /Republike|Srbije/.test(n)), JSON.stringify(serbian));
  });

  test('"Predsjednik Vlade Ivan Primjer sastao se s premijerom…" gives the Croatian host', () => {
    const found = names([
      'Premijeri na Bledu',
      'Predsjednik Vlade Ivan Primjer sastao se s premijerom Slovenije na forumu na Bledu, gdje su razgovarali o energetici.',
    ]);
    assert.ok(found.includes('Ivan Primjer'), JSON.stringify(found));
  });

  test('a preview ("Minister … Siergiej Przykład spotka się w poniedziałek z …") names no one met yet', () => {
    const found = names([
      'Ministrowie spotkają się w Lublanie',
      'Minister spraw zagranicznych Rosji Siergiej Przykład spotka się w poniedziałek z szefem polskiej dyplomacji - poinformowała w niedzielę agencja.',
    ]);
    assert.ok(!found.includes('Siergiej Przykład'), JSON.stringify(found));
  });
});
