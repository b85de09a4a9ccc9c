// Vietnamese papers run the national agency's copy and say so: "Theo phóng viên TTXVN tại Seoul, …" (according to
// VNA's correspondent in Seoul), "Theo Đặc phái viên TTXVN, chiều 19/9 …", or a closing credit "Theo TTXVN/Vietnam+".
// The agency wrote the story: it is the publisher the record states.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText as parse } from '../../electron/node/library/parse/index.ts';

describe("the news agency's correspondent", () => {
  test('"Theo phóng viên TTXVN tại Tokyo, …" opening the story names the agency as its publisher', () => {
    const r = parse(
      'Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản\n\nTheo phóng viên TTXVN tại Tokyo, chiều 12/6, Thứ trưởng Bộ Quốc phòng Hoàng Văn An đã hội đàm với Thứ trưởng Quốc phòng Nhật Bản Sato Kenji.',
    );
    assert.equal(r.publisher, 'TTXVN');
  });

  test('a special envoy ("Đặc phái viên TTXVN") is the agency\'s correspondent too', () => {
    const r = parse(
      'Chủ tịch nước hội đàm với Chủ tịch Cuba\n\nTheo Đặc phái viên TTXVN, chiều 19/9, tại La Habana, Chủ tịch nước đã hội đàm với Chủ tịch Cuba.',
    );
    assert.equal(r.publisher, 'TTXVN');
  });

  test('the closing credit "Theo TTXVN/Vietnam+" is the agency and its paper, though "Vietnam" is a country\'s name', () => {
    const r = parse(
      'Chủ tịch nước đến La Habana\n\nChiều 12/6, Chủ tịch nước Trương Văn Minh đã đến sân bay quốc tế José Martí và được Phó Chủ tịch Cuba đón tiếp.\n\nTheo TTXVN/Vietnam+',
    );
    assert.equal(r.publisher, 'TTXVN/Vietnam+');
  });

  test('a reporter named by the paper ("theo phóng viên Báo Cần Thơ") is no agency tag: nothing is made up', () => {
    const r = parse('Theo phóng viên báo Cần Thơ, sáng 3/5, lãnh đạo thành phố đã tiếp Tổng Lãnh sự Nhật Bản.');
    assert.notEqual(r.publisher, 'báo');
  });
});
