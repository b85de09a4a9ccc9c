// A place a record writes as an abbreviation in capitals ("tại TPHCM", "tại UBND tỉnh", "tại trụ sở
// Bộ LĐ-TBXH") is filed whole. A desk officer reading "T" or "U" as the meeting's place learns nothing,
// and a one-letter place looks like a reading gone wrong.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a meeting place written as an abbreviation in capitals', () => {
  test('"tại TPHCM" gives TPHCM, not "T"', () => {
    assert.equal(
      place('Sáng 3-4, Bí thư Thành ủy đã tiếp đoàn đại biểu cấp cao thủ đô Viêng Chăn đến thăm và làm việc tại TPHCM.'),
      'TPHCM',
    );
  });

  test('"tại UBND tỉnh" gives the office, not "U"', () => {
    const got = place('Sáng nay (12-8) tại UBND tỉnh, Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự đến chào từ biệt.') ?? '';
    assert.ok(got.startsWith('UBND'), got);
  });

  test('"tại trụ sở Bộ LĐ-TBXH" keeps the ministry\'s abbreviation whole', () => {
    const got = place('Chiều 5/6, tại trụ sở Bộ LĐ -TBXH, Bộ trưởng đã tiếp đoàn công tác của tỉnh Hyogo.') ?? '';
    assert.ok(/Bộ LĐ/.test(got), got);
  });

  test('a name written with capitals and small letters reads as before: "tại Hà Nội"', () => {
    assert.equal(place('Chiều 12/12, tại Hà Nội, Bộ trưởng đã hội đàm với người đồng cấp.'), 'Hà Nội');
  });
});
