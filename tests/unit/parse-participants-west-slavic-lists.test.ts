// A Serbian or Polish readout names several envoys met in one sentence, each in the instrumental:
// "razgovarao je s ambasadorom Srbije u Italiji Nebojšom Primićem, u Švedskoj Darkom Primerom i
// ambasadorkom Srbije u Čileu Milom Obrazac", "spotkał się 3 marca br. z konsulem … Wasylem
// Wzorem oraz z konsulami honorowymi … Jerzym Przykładem i Aleksandrem Próbą". The desk files each
// in the dictionary form: Serbian "Nebojšom" is "Nebojša", "Darkom" "Darko", "Aleksandrom"
// "Aleksandar"; a woman's surname does not decline after her title; Polish "Jerzym" is "Jerzy".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('Lists of envoys in the instrumental (Serbian, Croatian, Polish)', () => {
  test('each ambassador of a Serbian list, the next sharing the title, in the dictionary form', () => {
    const found = people([
      'Ministar razgovarao sa ambasadorima',
      'Ministar spoljnih poslova Petar Uzorić razgovarao je danas s ambasadorom Srbije u Italiji Nebojšom Primićem, u Švedskoj Darkom Primerovićem, ambasadorkom Srbije u Čileu Milom Probić i ambasadorom Srbije u Egiptu Aleksandrom Uzorovićem.',
    ]);
    const names = found.map((p) => p.name);
    for (const n of ['Nebojša Primić', 'Darko Primerović', 'Mila Probić', 'Aleksandar Uzorović'])
      assert.ok(names.includes(n), JSON.stringify(names));
    assert.equal(found.find((p) => p.name === 'Darko Primerović')?.country, 'Serbia');
  });

  test('a man\'s undeclined surname is not read as a woman\'s after "predsednikom"', () => {
    const names = people([
      'Sastanak u opštini',
      'Ministar Petar Uzorić sastao se danas sa predsednikom opštine Markom Novak Ilić u Nišu.',
    ]).map((p) => p.name);
    assert.ok(!names.some((n) => n?.startsWith('Marka')), JSON.stringify(names));
  });

  test('Polish: "br." does not end the sentence, and the consuls after one plural are each read', () => {
    const found = people([
      'Spotkanie z konsulami',
      'Wojewoda Anna Wzorowa spotkała się 3 marca br. z konsulem generalnym Ukrainy w Lublinie Wasylem Przykładem oraz z konsulami honorowymi Ukrainy w Rzeszowie i Przemyślu Jerzym Wzorkiewiczem i Aleksandrem Próbkiem.',
    ]);
    const names = found.map((p) => p.name);
    for (const n of ['Wasyl Przykład', 'Jerzy Wzorkiewicz', 'Aleksander Próbek'])
      assert.ok(names.includes(n), JSON.stringify(names));
    assert.equal(found.find((p) => p.name === 'Jerzy Wzorkiewicz')?.country, 'Ukraine');
  });

  test('a list outside a sentence of meeting names no one', () => {
    const names = people([
      'Podziękowania wojewody',
      'Wojewoda Anna Wzorowa podziękowała za list. Pismo podpisał wraz z konsulem generalnym Ukrainy Wasylem Przykładem i Jerzym Wzorkiewiczem.',
    ]).map((p) => p.name);
    assert.ok(!names.includes('Jerzy Wzorkiewicz'), JSON.stringify(names));
  });
});
