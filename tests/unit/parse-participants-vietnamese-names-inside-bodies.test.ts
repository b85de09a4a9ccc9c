// A Vietnamese office carries its body's whole name, and bodies carry names of their own: the academy
// and the city named after Hồ Chí Minh, an autonomous region named after its people ("Khu tự trị dân tộc
// Choang Quảng Tây"), a company described right after its chairman ("ông A, Chủ tịch Tập đoàn Blue
// Harbour"). None of these is a person at the table. Nor is a country a research centre studies the side
// of the scholars who run it ("Trung tâm Nghiên cứu Ấn Độ").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Vietnamese: names inside a body’s name are nobody at the meeting', () => {
  test('"Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh": the academy’s name, not its director', () => {
    const got = names(
      'Ngày 4/6, ông Đỗ Văn Hải, Ủy viên Trung ương Đảng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh đã tiếp ông Kenji Sato, Đại sứ Nhật Bản.',
    );
    assert.ok(got.includes('Đỗ Văn Hải'), String(got));
    assert.ok(!got.includes('Hồ Chí Minh'), String(got));
  });

  test('"Chủ nhiệm Văn phòng Ngoại sự Khu tự trị dân tộc Choang Quảng Tây": a region, named after its people', () => {
    const got = names(
      'Sáng 9/4, bà Hoàng Thị Lan, Giám đốc Sở Ngoại vụ hội đàm với ông Lục Minh Kiệt, Chủ nhiệm Văn phòng Ngoại sự Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc.',
    );
    assert.ok(got.includes('Lục Minh Kiệt'), String(got));
    assert.ok(!got.some((n) => n?.includes('Choang')), String(got));
  });

  test('"ông A, Chủ tịch Quỹ đầu tư BHX Blue Harbour": the fund described after its chairman', () => {
    const got = names(
      'Tiếp ông Daniel Koh, Chủ tịch Quỹ đầu tư BHX Blue Harbour, và ông Tan Wei Ming, Giám đốc điều hành Tập đoàn Marina Bay, Phó Thủ tướng Lê Minh Khải đánh giá cao các dự án.',
    );
    assert.ok(got.includes('Daniel Koh') && got.includes('Tan Wei Ming'), String(got));
    assert.ok(got.includes('Lê Minh Khải'), String(got));
    assert.ok(!got.includes('Blue Harbour') && !got.includes('Marina Bay'), String(got));
  });

  test('the subject after a fronted guest is still read ("Tiếp ông A, Chủ tịch Quốc hội B đánh giá …")', () => {
    const got = names('Tiếp ông Daniel Koh, Chủ tịch Quốc hội Lê Minh Khải đánh giá cao các dự án của quỹ.');
    assert.ok(got.includes('Lê Minh Khải'), String(got));
  });
});

describe('Vietnamese: the country a body studies is not its people’s side', () => {
  test('"Giám đốc Trung tâm Nghiên cứu Ấn Độ" is no Indian', () => {
    const got = people(
      'Ngày 2/3, Viện trưởng Viện Kinh tế Lê Văn Hùng tiếp Đại sứ Ấn Độ Rahul Mehta. Tham dự có PGS, TS Bùi Quang Huy, Giám đốc Trung tâm Nghiên cứu Ấn Độ.',
    );
    assert.notEqual(got.find((p) => p.name === 'Bùi Quang Huy')?.country, 'India');
    assert.equal(got.find((p) => p.name === 'Rahul Mehta')?.country, 'India');
  });

  test('an envoy whose office names the country keeps it', () => {
    const got = people('Ngày 2/3, ông Rahul Mehta, Đại sứ Ấn Độ tại Việt Nam đã thăm Viện Kinh tế.');
    assert.equal(got.find((p) => p.name === 'Rahul Mehta')?.country, 'India');
  });
});
