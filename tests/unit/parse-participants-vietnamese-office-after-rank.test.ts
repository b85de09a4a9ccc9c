// A Vietnamese readout puts a general's rank, a monk's standing or a legislator's seat before the name and the office
// after it ("Thượng tướng A, Thứ trưởng Bộ Quốc phòng"), and often opens that office with a seat on a Party committee
// ("Uỷ viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh"). The desk officer wants the office, not the rank, and the whole
// chain, not nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const roleOf = (text: string, name: string) => findParticipants(text.split('\n\n'), ctx).find((p) => p.name === name)?.role;

describe('Vietnamese: the office written after a rank and a name', () => {
  const talks =
    'Sáng 14/6, tại Hà Nội, Thượng tướng Trần Quốc Bảo, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng đã tiếp ' +
    'Hạ nghị sĩ John Miller - Chủ tịch Ủy ban Quân vụ Hạ viện Hoa Kỳ.\n\n' +
    'Dự buổi tiếp có Hòa thượng Thích Minh Đạo, Phó Chủ tịch Hội đồng Trị sự và Ngài Luc Martin, Đại biện Pháp.';

  test('the general is the deputy minister, the congressman the committee chair', () => {
    assert.match(roleOf(talks, 'Trần Quốc Bảo') ?? '', /Thứ trưởng Bộ Quốc phòng/u);
    assert.match(roleOf(talks, 'John Miller') ?? '', /^Chủ tịch Ủy ban Quân vụ Hạ viện/u);
  });

  test('the monk holds the council office; a chargé d’affaires is one', () => {
    assert.equal(roleOf(talks, 'Thích Minh Đạo'), 'Phó Chủ tịch Hội đồng Trị sự');
    assert.match(roleOf(talks, 'Luc Martin') ?? '', /^Đại biện/u);
  });

  test('a rank with no office after the name stays the rank', () => {
    const text = 'Chiều 2/4, Đại tướng Lê Minh Hải đã tiếp đoàn đại biểu Quân đội Hoàng gia Campuchia.';
    assert.equal(roleOf(text, 'Lê Minh Hải'), 'Đại tướng');
  });
});

describe('Vietnamese: a chain of offices that opens with a committee seat', () => {
  test('"Uỷ viên BTV …, Phó Chủ tịch …" and "Tỉnh ủy viên, Bí thư …" are read whole', () => {
    const text =
      'Ngày 9/10, đồng chí Lò Văn Thắng, Uỷ viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh đã tiếp đoàn công tác tỉnh Luang Prabang (Lào).\n\n' +
      'Cùng dự có đồng chí Hà Thị Lan, Tỉnh ủy viên, Bí thư Huyện ủy Mường Nhé.';
    assert.equal(roleOf(text, 'Lò Văn Thắng'), 'Uỷ viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh');
    assert.equal(roleOf(text, 'Hà Thị Lan'), 'Tỉnh ủy viên, Bí thư Huyện ủy Mường Nhé');
  });

  test('a description that is no office gives no role', () => {
    const text = 'Ngày 9/10, đồng chí Lò Văn Thắng đã tiếp ông Somchai Vong, người dân bản Huổi Puốc.';
    assert.equal(roleOf(text, 'Somchai Vong'), null);
  });
});
