// A Chinese readout writes the country, or the word for capital, before the city: "在瑞士蘇黎世會晤"
// (met in Zurich, Switzerland), "在印尼峇里會面" (met in Bali, Indonesia), "在首都北京舉行會談"
// (held talks in the capital Beijing). A desk officer files the city; a city whose own name begins
// with a country's (巴西利亚, Brasília) and a country named alone keep their names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the city after the country in a Chinese meeting sentence', () => {
  test('"在瑞士蘇黎世會晤" gives 蘇黎世', () => {
    assert.equal(place('中共中央政治局委員楊潔篪10月6日在瑞士蘇黎世會晤美國總統國家安全事務助理沙利文。'), '蘇黎世');
  });

  test('"在印尼峇里會面" gives 峇里', () => {
    assert.equal(place('國務委員兼外長王毅7日在印尼峇里會面澳洲外長黃英賢,雙方討論兩國關係。'), '峇里');
  });

  test('"在首都北京舉行會談" gives 北京', () => {
    assert.equal(place('秦剛2日在首都北京舉行會談,與日本外相林芳正討論兩國關係。'), '北京');
  });

  test('巴西利亚 is a city of its own, not 巴西 and 利亚', () => {
    assert.equal(place('外长8日在巴西利亚会见巴西外长,双方讨论合作。'), '巴西利亚');
  });
});
