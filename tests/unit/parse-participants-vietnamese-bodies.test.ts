// Vietnamese capitalises the army and a district inside an office: "Phó Bí thư Quân ủy Trung ương"
// (the Central Military Commission), "Phó Tổng Tham mưu trưởng Quân đội nhân dân" (the People's
// Army), "Chủ tịch Quận" (chairman of the district). Neither "Quân" nor "Quận" there is a person;
// the desk officer should not see them listed. "Quân" alone is also a given name, and stays one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the army and a district inside a Vietnamese office are no one', () => {
  test('"Phó Bí thư Quân ủy Trung ương": the general is there, "Quân" is not', () => {
    const got = names(
      'Sáng 5/3, tại Hà Nội, Đại tướng Lê Văn Tâm, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng đã tiếp ông John Miller, Bộ trưởng Quốc phòng Úc.',
    );
    assert.ok(got.includes('Lê Văn Tâm') && got.includes('John Miller'), String(got));
    assert.ok(!got.includes('Quân'), String(got));
  });

  test('"Chủ tịch Quận làm trưởng đoàn": the chairman is there, the district is not', () => {
    const got = names(
      'Chiều 8/4, đoàn công tác quận Haeundae, thành phố Busan, Hàn Quốc do ông Kim Sung-ho, Chủ tịch Quận làm trưởng đoàn đã đến thăm và làm việc với UBND quận Hải Châu.',
    );
    assert.ok(got.includes('Kim Sung-ho'), String(got));
    assert.ok(!got.includes('Quận'), String(got));
  });

  test('a person called Quân is still read: "ông Nguyễn Minh Quân, Phó Chủ tịch UBND tỉnh"', () => {
    const got = names(
      'Ngày 10/5, ông Nguyễn Minh Quân, Phó Chủ tịch UBND tỉnh Bình Định, đã tiếp Tổng Lãnh sự Nhật Bản Sato Kenji.',
    );
    assert.ok(got.includes('Nguyễn Minh Quân'), String(got));
  });
});
