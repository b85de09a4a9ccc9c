// Forms fresh publishers write names in, each read so the desk officer sees the person and not a word
// around them: a Japanese envoy "stationed in" a country written in kanji ("在中国大使"), a Chinese courtesy
// after a foreign name ("处长奈伦女士"), Indonesia's Coordinating Minister with its field and short form
// before the name, a Russian office with a body in the genitive before the name ("Министр … Народной
// власти Иван Хиль"), and a double surname in the instrumental ("с послом … Сергеем Мелик-Багдасаровым").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

describe('names fresh publishers write with words around them', () => {
  test('"山田太郎在中国大使": the name, Japan’s envoy', () => {
    const found = people(
      [
        '大使と知事の会見',
        '令和2年12月2日',
        '山田太郎在中国大使は、10月20日に東京都庁を訪問し、佐藤花子東京都知事と会見を行いました。',
      ].join('\n'),
    );
    const envoy = found.find((p) => p.name === '山田太郎');
    assert.ok(envoy, JSON.stringify(found.map((p) => p.name)));
    assert.equal(envoy.country, 'Japan');
    assert.ok(!found.some((p) => p.name?.endsWith('在')));
  });

  test('"处长奈伦女士": the name without the courtesy', () => {
    const found = names(
      [
        '总领事拜会市长',
        '2014-03-17',
        '3月17日,王明总领事在市政厅拜会该市市长索伦·林克。市政府国际关系处处长奈伦女士等会见时在座。',
      ].join('\n'),
    );
    assert.ok(found.includes('奈伦'), JSON.stringify(found));
    assert.ok(!found.includes('奈伦女士'));
  });

  test('"Menteri Koordinator Bidang Perekonomian (Menko Ekon) Budi Santoso": the minister, not "Koordinator"', () => {
    const found = names(
      'Menteri Koordinator Bidang Perekonomian (Menko Ekon) Budi Santoso menerima kunjungan Menteri Luar Negeri Jepang Taro Kono di Jakarta, Selasa (12/1/21).',
    );
    assert.ok(found.includes('Budi Santoso'), JSON.stringify(found));
    assert.ok(!found.includes('Koordinator'));
  });

  test('"Министр … Народной власти Иван Хиль" and "Сергеем Мелик-Багдасаровым": both whole', () => {
    const found = names(
      'Министр иностранных дел Народной власти Иван Хиль провел встречу с послом России в Венесуэле Сергеем Мелик-Багдасаровым.',
    );
    assert.ok(found.includes('Иван Хиль'), JSON.stringify(found));
    assert.ok(found.includes('Сергей Мелик-Багдасаров'), JSON.stringify(found));
    assert.ok(!found.includes('Народной'));
  });
});
