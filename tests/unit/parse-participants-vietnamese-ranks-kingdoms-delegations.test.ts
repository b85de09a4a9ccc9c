// Forms a Vietnamese readout writes for people the desk officer needs: an officer named by rank with his
// office after the name ("Đại tá A, Chính ủy Bộ đội Biên phòng tỉnh"), a kingdom's or a republic's full
// style before its short name ("Nhà vua Vương quốc Bỉ Philippe", "nước CHDCND Lào"), an honorary consul
// ("Lãnh sự danh dự"), a body whose name joins two fields with "và", and a country in brackets after a
// company ("tập đoàn X (Nhật Bản)").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const find = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('Vietnamese: an officer named by rank', () => {
  test('"Đại tá Lê Văn Hậu, Chính ủy Bộ đội Biên phòng tỉnh": named, with the office after the name', () => {
    const p = find(
      'Chiều 3/2, đoàn công tác tỉnh Champasak đã đến thăm và chúc Tết. Đại tá Lê Văn Hậu, Chính ủy Bộ đội Biên phòng tỉnh đã cảm ơn đoàn.',
      'Lê Văn Hậu',
    );
    assert.ok(p, 'found');
    assert.equal(p.role, 'Chính ủy Bộ đội Biên phòng tỉnh');
  });

  test('a rank written in lower case inside a sentence ("đại tá") names no one by itself', () => {
    const got = people('Chiều 3/2, Thủ tướng Lê Minh Khải tiếp đoàn sĩ quan cấp đại tá của Lào.').map((p) => p.name);
    assert.deepEqual(got, ['Lê Minh Khải']);
  });
});

describe('Vietnamese: a state’s full style before its short name', () => {
  test('"Nhà vua Vương quốc Bỉ Philippe và Hoàng hậu Mathilde": the king, of Belgium, and the queen', () => {
    const got = people(
      'Chiều 27/3, tại Hải Phòng, Nhà vua Vương quốc Bỉ Philippe và Hoàng hậu Mathilde đã thăm nhà máy và làm việc với lãnh đạo thành phố.',
    );
    assert.equal(got.find((p) => p.name === 'Philippe')?.country, 'Belgium');
    assert.ok(got.some((p) => p.name === 'Mathilde'));
  });

  test('"Đoàn công tác tỉnh Bokeo, nước CHDCND Lào do đồng chí A dẫn đầu": the head is of Laos', () => {
    const p = find(
      'Ngày 5/8, Đoàn công tác tỉnh Bokeo, nước CHDCND Lào do đồng chí Khamphan Sitthidampha, Phó Tỉnh trưởng làm Trưởng đoàn đã thăm tỉnh Điện Biên.',
      'Khamphan Sitthidampha',
    );
    assert.equal(p?.country, 'Laos');
  });

  test('a delegation of a Vietnamese province, with no country before "do", gives none', () => {
    const p = find(
      'Ngày 5/8, Đoàn công tác tỉnh Điện Biên do đồng chí Khamphan Sitthidampha làm Trưởng đoàn đã thăm tỉnh bạn.',
      'Khamphan Sitthidampha',
    );
    assert.equal(p?.country ?? null, null);
  });
});

describe('Vietnamese: offices and bodies that run on past a stop word', () => {
  test('"Lãnh sự danh dự … Hung-ga-ri": "dự" is half of "honorary", and the country is read', () => {
    const p = find(
      'Ngày 5/5, Cục trưởng Cục Lãnh sự Trần Văn Nam đã tiếp ông Phạm Quốc Bảo, Lãnh sự danh dự Hung-ga-ri tại Đà Nẵng.',
      'Phạm Quốc Bảo',
    );
    assert.equal(p?.country, 'Hungary');
  });

  test('"Vụ trưởng Vụ Nghiên cứu tài nguyên và bền vững Anna Weber": the body’s two fields, then the name', () => {
    const got = people(
      'Tại buổi tiếp, Thứ trưởng Lê Minh Khải đánh giá cao hợp tác. Vụ trưởng Vụ Nghiên cứu tài nguyên và bền vững Anna Weber cũng đã chia sẻ các thông tin.',
    ).map((p) => p.name);
    assert.ok(got.includes('Anna Weber'), String(got));
  });

  test('"Thủ tướng Nhật Bản và phu nhân": "và" after a country ends the office; the wife is no minister', () => {
    const got = people('Chủ tịch nước Lê Minh Khải tiếp Thủ tướng Nhật Bản và phu nhân Sato Yumi tại Phủ Chủ tịch.');
    assert.notEqual(got.find((p) => p.name === 'Sato Yumi')?.role, 'Thủ tướng');
  });

  test('"ông A - Chủ tịch tập đoàn X (Nhật Bản)": the country in brackets is his', () => {
    const p = find('Sáng 28/3, ông Kenji Mori - Chủ tịch tập đoàn Sakura (Nhật Bản) đã đến thăm Đại học Hà Nội.', 'Kenji Mori');
    assert.equal(p?.country, 'Japan');
  });

  test('"ông A - Hiệu trưởng Đại học X": the office written after the name is his role', () => {
    const p = find('Sáng 28/3, ông Kenji Mori - Hiệu trưởng Đại học Sakura đã đến thăm Đại học Hà Nội.', 'Kenji Mori');
    assert.equal(p?.role, 'Hiệu trưởng Đại học Sakura');
  });

  test('"TS. A, Giám đốc Sở KH&CN và ông B": the office ends where the next person is named', () => {
    const p = find(
      'Chiều 4/7, TS. Lê Quang Hải, Giám đốc Sở KH&CN và ông Peter Lim, Chủ tịch Hiệp hội doanh nghiệp Singapore đã trao đổi.',
      'Lê Quang Hải',
    );
    assert.equal(p?.role, 'Giám đốc Sở KH&CN');
  });
});
