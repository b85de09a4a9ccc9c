// A Japanese report of a courtesy call often names the hall, then "に", then whom the visitor called on
// ("市役所に山田市長を表敬訪問した"), and a consul's page the city after its prefecture, with "赴き"
// (went to) as the verb ("新潟県佐渡市に赴き"). The desk officer files the hall, or the city alone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Japanese: the hall of a courtesy call, and the city after its prefecture', () => {
  test('"市役所に山田市長を表敬訪問した" gives 市役所', () => {
    assert.equal(place('友好都市の訪問団の5人が12日、市役所に山田市長を表敬訪問した。交流の拡大を確認した。'), '市役所');
  });

  test('"新潟県佐渡市に赴き" gives 佐渡市, without the prefecture', () => {
    assert.equal(place('10月3日、総領事は新潟県佐渡市に赴き、市長を表敬訪問した。両者は交流について意見交換した。'), '佐渡市');
  });

  test('not a hall followed by "に" and no call there', () => {
    assert.notEqual(place('総領事は県庁に電話し、知事と会談の日程を調整した。会談は12日に行われた。'), '県庁');
  });
});
