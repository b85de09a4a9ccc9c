// A page copied from a paper's site often keeps the paper's name alone on its first line, above the headline:
// "HASEPOST", "GENERASI NEWS", "한국일보", "中国青年网", "Quân khu 7 Online". A desk officer files that name as
// the publisher when nothing stronger (a credit, a copyright line) names one. A section ("지역뉴스", "Latest
// News"), a menu ("News", "Press Releases") or the headline itself is no paper's name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n\n'));
const publisher = (lines: string[]): string | null => read(lines).publisher;

const GERMAN = [
  'Kanzler empfängt Premierminister aus Irland zu langen Gesprächen',
  'Der Bundeskanzler hat am Mittwoch den irischen Premierminister im Kanzleramt empfangen und mit ihm über Handel und Energie gesprochen.',
];
const INDONESIAN = [
  'Wali Kota Terima Kunjungan Duta Besar Jepang di Balai Kota',
  'Wali Kota menerima kunjungan Duta Besar Jepang di Balai Kota pada Senin untuk membahas kerja sama pendidikan dan perdagangan.',
];
const KOREAN = [
  '주한 외교단, 지역 산업 현장 찾아 협력 방안 논의',
  '주한 외교단 20여 명이 15일 도청을 방문해 지사와 만나 경제 협력 방안을 논의했다고 도가 밝혔다.',
];
const CHINESE = [
  '副部长会见来访的挪威外交国务秘书',
  '9月19日，外交部副部长在北京会见来访的挪威外交国务秘书，双方就双边关系交换了意见。',
];

describe("the paper's name alone above the headline", () => {
  test('"RIVERTONPOST", one word in capitals, above a German story gives the paper', () => {
    assert.equal(publisher(['RIVERTONPOST', ...GERMAN]), 'RIVERTONPOST');
  });

  test('"KABAR TIMUR NEWS" above an Indonesian story gives the site', () => {
    assert.equal(publisher(['KABAR TIMUR NEWS', ...INDONESIAN]), 'KABAR TIMUR NEWS');
  });

  test('"METROBORNEO.COM", a web address in capitals, gives the site', () => {
    assert.equal(publisher(['METROBORNEO.COM', ...INDONESIAN]), 'METROBORNEO.COM');
  });

  test('a Korean daily ("한빛일보") or a local station ("강변MBC") above the headline', () => {
    assert.equal(publisher(['한빛일보', ...KOREAN]), '한빛일보');
    assert.equal(publisher(['강변MBC', ...KOREAN]), '강변MBC');
  });

  test('a Chinese news site ("华东青年网") above the headline', () => {
    assert.equal(publisher(['华东青年网', ...CHINESE]), '华东青年网');
  });

  test('the headline under the masthead stays the title', () => {
    assert.equal(read(['KABAR TIMUR NEWS', ...INDONESIAN]).title, INDONESIAN[0]);
  });

  test("the page's copyright line outweighs the masthead", () => {
    assert.equal(publisher(['한빛일보', ...KOREAN, '저작권자 © 새벽신문 무단전재 및 재배포 금지']), '새벽신문');
  });
});

describe('what stands above a headline and is no paper', () => {
  test('a section of a Korean site ("지역뉴스") names no publisher', () => {
    assert.equal(publisher(['지역뉴스', ...KOREAN]), null);
  });

  test('a menu ("News", "Press Releases", "Latest News") names no publisher', () => {
    for (const menu of ['News', 'Press Releases', 'Latest News', 'Making news'])
      assert.equal(publisher([menu, ...GERMAN]), null, menu);
  });

  test('a Chinese section ("国际新闻") names no publisher', () => {
    assert.equal(publisher(['国际新闻', ...CHINESE]), null);
  });
});
