// Vietnamese writes a body's name after its noun, every word capitalised: "Trung Tâm Mục Vụ",
// "Hội Hữu Nghị Việt-Lào", "Vụ Đông Bắc Á", and names a town, a company or a side of a city by its
// noun: "thị trấn Cát Bà", "tập đoàn Hoa Sen", "phía Tây". None of those words is a person; the desk
// officer should not see them listed. A family name that is also a body's word ("Đoàn Thị Hoa") and a
// name right after the country ("Trung Quốc Thường Minh Đạt") are still read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Vietnamese body, town or company named after its noun is no one', () => {
  test('"Giám đốc Trung Tâm Mục Vụ" and "Chủ tịch Hội Hữu Nghị Việt-Lào" name no person', () => {
    const got = names(
      'Chiều 12/6, đoàn đã làm việc với ông Kenji Sato, Chủ tịch Hội Hữu Nghị Việt-Lào tỉnh Kumamoto. Tiếp đoàn có Cha Giám Đốc Trung Tâm Mục Vụ, Cha Thư Ký và Cha Quản Lý.',
    );
    assert.ok(got.includes('Kenji Sato'), String(got));
    assert.ok(!got.some((n) => /Hữu Nghị|Mục Vụ|Tâm/u.test(n ?? '')), String(got));
  });

  test('"Tổng giám đốc Vụ Đông Bắc Á" is an office of a department, not a person called Đông Bắc Á', () => {
    const got = names(
      'Sáng 3/4, Phó Chủ tịch Hội Nông dân tỉnh Trần Văn Bình đã tiếp ông Hiroshi Tanaka - Tổng giám đốc Vụ Đông Bắc Á và Thái Bình Dương, Bộ Nông nghiệp Nhật Bản.',
    );
    assert.ok(got.includes('Hiroshi Tanaka'), String(got));
    assert.ok(!got.some((n) => /Đông Bắc/u.test(n ?? '')), String(got));
  });

  test('"Bí thư Đảng ủy thị trấn Cát Bà" and "ban giám đốc của tập đoàn Hoa Sen" name a town and a company', () => {
    const got = names(
      'Ngày 5/7, Chủ tịch Viện Lê Minh Hải đã tiếp và làm việc với ban giám đốc của tập đoàn Hoa Sen. Dự buổi làm việc có đồng chí Phạm Thị Lan - Bí thư Đảng ủy thị trấn Cát Bà.',
    );
    assert.ok(got.includes('Phạm Thị Lan'), String(got));
    assert.ok(!got.includes('Hoa Sen') && !got.includes('Cát Bà'), String(got));
  });

  test('a family name that is a body word, and a name right after the country, are still read', () => {
    const got = names(
      'Đoàn công tác tỉnh Bắc Giang do Chủ tịch Hội đồng nhân dân Đoàn Thị Hoa dẫn đầu đã thăm và làm việc tại Pháp. Sáng 31/12, Bộ trưởng Bộ Quốc phòng Trung Quốc Thường Minh Đạt đã điện đàm với Bộ trưởng Quốc phòng Việt Nam.',
    );
    assert.ok(
      got.some((n) => /Thị Hoa/u.test(n ?? '')),
      String(got),
    );
    assert.ok(
      got.some((n) => /Minh Đạt/u.test(n ?? '')),
      String(got),
    );
  });
});
