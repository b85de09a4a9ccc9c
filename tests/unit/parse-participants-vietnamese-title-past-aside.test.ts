// A Vietnamese report names a foreign counterpart after a long title: "Thủ tướng Nội các Nhật Bản Ishiba Shigeru",
// "Thống đốc tỉnh Chiba (Nhật Bản) Kumagai Toshihito", "Thủ tướng Nội các Hàn Quốc Han Duck-soo." The title scan must read
// past the cabinet's word, the bracketed country and the hyphen of a Korean given name to the person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localMentions } from '../../electron/node/library/parse/participants/local.ts';

const all = (): boolean => true;
const read = (text: string): [string | null, string | null][] => localMentions(text, all).map(([m]) => [m.name, m.country]);

describe('a Vietnamese title, then a body, an aside or a country, then a foreign name', () => {
  test('"Thủ tướng Nội các Hàn Quốc Han Duck-soo." closing the sentence: the prime minister, Korea\'s', () => {
    const got = read('Sáng 5/3, Thủ tướng Lê Văn An đã điện đàm với Thủ tướng Nội các Hàn Quốc Han Duck-soo.\nHai bên trao đổi.');
    assert.deepEqual(got, [
      ['Lê Văn An', 'Viet Nam'],
      ['Han Duck-soo', 'Republic of Korea'],
    ]);
  });

  test('"Thống đốc tỉnh Chiba (Nhật Bản) Kumagai Toshihito": past the bracketed country, which is kept', () => {
    const got = read('Chủ tịch nước đã tiếp Thống đốc tỉnh Chiba (Nhật Bản) Kumagai Toshihito, nhân chuyến thăm.');
    assert.deepEqual(got.at(-1), ['Kumagai Toshihito', 'Japan']);
  });

  test('"tại TP Hồ Chí Minh": the city is no one, written without its dot', () => {
    const got = read('Đoàn do Tổng Lãnh sự Vương quốc Campuchia tại TP Hồ Chí Minh dẫn đầu đã đến thăm tỉnh.');
    assert.ok(!got.some(([n]) => n === 'Chí Minh' || n === 'Hồ Chí Minh'), JSON.stringify(got));
  });
});
