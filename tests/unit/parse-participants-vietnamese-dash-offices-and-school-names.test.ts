// Vietnamese joins a person's offices with a dash as readily as with a comma ("Ủy viên Bộ Chính trị - Trưởng Ban Tổ
// chức Trung ương Lê Văn A"), names a steering committee after the region it serves ("Trưởng Ban Chỉ đạo Tây Nguyên
// Trần Văn B"), and names a school after a person ("Trường THPT Marie Curie", "ĐHQG Kyung Pook"). The desk officer
// wants the office holder, not "Trưởng Ban Tổ", "Tây Nguyên Trần Văn B" or the school's namesake.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);
const guest = ' đã tiếp Đại sứ Nhật Bản Yamada Takio tại trụ sở.';

// Each made-up sentence, the holder a desk officer expects, and the wrong reading the rule removes.
const DASHED: [string, string, string][] = [
  ['Ngày 12/4, Ủy viên Bộ Chính trị - Trưởng Ban Tổ chức Trung ương Lê Văn Cường', 'Lê Văn Cường', 'Trưởng Ban Tổ'],
  ['Ngày 12/4, Bộ trưởng Bộ Công an - Trưởng Ban Chỉ đạo Tây Nguyên Trần Văn Bình', 'Trần Văn Bình', 'Trưởng Ban Chỉ'],
  ['Ngày 12/4, Phó Trưởng Ban Chỉ đạo Tây Bắc Lê Thị Hoa', 'Lê Thị Hoa', 'Tây Bắc Lê Thị Hoa'],
  ['Ngày 12/4, Bí thư Tỉnh ủy - Trưởng Ban Dân vận Tỉnh ủy Phạm Văn Đông', 'Phạm Văn Đông', 'Trưởng Ban Dân'],
];

for (const [opening, holder, wrong] of DASHED) {
  test(`a Vietnamese record naming "${holder}" after offices joined by a dash or a region lists him, not "${wrong}"`, () => {
    const got = names(`${opening}${guest}`);
    assert.ok(got.includes(holder), String(got));
    assert.ok(!got.includes(wrong), String(got));
  });
}

test('offices joined by a dash after the name leave the steering committee nobody', () => {
  const got = names(
    'Ngày 12/4, Đại sứ Nhật Bản Yamada Takio đã chào xã giao Đại tướng Trần Văn Bình, Bộ trưởng Bộ Công an - Trưởng Ban Chỉ đạo Tây Nguyên.',
  );
  assert.ok(got.includes('Trần Văn Bình'), String(got));
  assert.ok(!got.some((n) => /Ban Chỉ|Tây Nguyên/u.test(n ?? '')), String(got));
});

test('a school named after a person is not the person: the principal stays, the namesake goes', () => {
  const got = names(
    'Ngày 5/10, ông Hoàng Văn Khoa - Chủ tịch HĐQT Trường THPT Marie Curie đã tiếp đoàn chuyên gia Hàn Quốc do ông Kim Tae-jin dẫn đầu.',
  );
  assert.ok(got.includes('Hoàng Văn Khoa'), String(got));
  assert.ok(!got.includes('Marie Curie'), String(got));
});

test('a university written short with its own name after it is not a person', () => {
  const got = names('Ngày 5/10, GS. Nam Kwon Heuui, trưởng đoàn ĐHQG Kyung Pook đã gặp Viện trưởng Phạm Văn An.');
  assert.ok(got.includes('Nam Kwon Heuui'), String(got));
  assert.ok(!got.includes('Kyung Pook'), String(got));
});

test("an academy's director named after its name is still read", () => {
  const got = names(`Ngày 5/10, Giám đốc Học viện Ngoại giao Phạm Lan Dung${guest}`);
  assert.ok(got.includes('Phạm Lan Dung'), String(got));
});

// The late president's name, which the city, the academy and the youth union bear, is recalled, never in the room.
const EPONYM_SENTENCES = [
  'Ngày 5/10, Đại sứ Ấn Độ Rahul Singh đã gặp Giám đốc Học viện Ngoại giao Phạm Lan Dung. Quan hệ hai nước được xây dựng từ thời Chủ tịch Hồ Chí Minh và Thủ tướng Nehru.',
  'Ngày 5/10, Đại sứ Ấn Độ Rahul Singh đã gặp Giám đốc Học viện Ngoại giao Phạm Lan Dung. Đoàn đã thăm Góc văn hóa Việt Nam – Hồ Chí Minh tại New Delhi.',
  'Ngày 5/10, Đại sứ Ấn Độ Rahul Singh đã gặp Giám đốc Học viện Ngoại giao Phạm Lan Dung. Tại đây, đoàn đã dâng hoa tại biển tưởng niệm chủ tịch Hồ Chí Minh.',
];
for (const text of EPONYM_SENTENCES) {
  test(`a Vietnamese record recalling the late president lists the two who met, not him: "${text.slice(-50)}"`, () => {
    const got = names(text);
    assert.ok(!got.includes('Hồ Chí Minh'), String(got));
    assert.ok(got.includes('Phạm Lan Dung'), String(got));
  });
}
