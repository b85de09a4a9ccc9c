// Vietnamese offices the desk meets in lists of those present, written before the name like any other:
// "Trưởng Văn phòng" (head of an office), "Tổng biên tập" (editor-in-chief), "Huấn luyện viên trưởng"
// (head coach), "Giáo sư", "Tiến sĩ" (professor, doctor), "Hòa thượng" (a senior monk); and "người đồng
// cấp" (the counterpart), who holds the subject's office. "Trong phái đoàn Hàn Quốc có …" and "về phía
// Lào có …" say whose side the list is, the nearest such head counting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('more Vietnamese offices before a name', () => {
  test('"Trưởng Văn phòng An ninh Quốc gia Wi Sung-rak", in the Korean delegation', () => {
    const got = people(
      'Tổng thống Lee Jae-myung đã hội kiến các chuyên gia Mỹ tại New York. Trong phái đoàn Hàn Quốc có Trưởng Văn phòng An ninh Quốc gia Wi Sung-rak, Bộ trưởng Ngoại giao Cho Hyun.',
    );
    const wi = got.find((p) => p.name === 'Wi Sung-rak');
    assert.ok(wi, String(got.map((p) => p.name)));
    assert.equal(wi.country, 'Republic of Korea');
  });

  test('"Tổng biên tập Daniel Smith": the editor-in-chief at the dinner', () => {
    const got = names(
      'Tổng thống Lee Jae-myung đã gặp các chuyên gia Mỹ. Tham dự buổi tiệc tối có Chủ tịch Susan Elliott và Tổng biên tập Daniel Smith của tạp chí Foreign Affairs.',
    );
    assert.ok(got.includes('Daniel Smith'), String(got));
  });

  test('"Cùng dự có Huấn luyện viên trưởng … Park Hang-seo": the head coach who sat in', () => {
    const got = names(
      'Chiều 5/3, Chủ tịch Quốc hội Vương Đình Huệ đã tiếp Đại sứ Hàn Quốc Park Noh-wan. Cùng dự có Huấn luyện viên trưởng Đội tuyển bóng đá nam Park Hang-seo.',
    );
    assert.ok(got.includes('Park Hang-seo'), String(got));
  });

  test('"Giáo sư - Tiến sĩ - Chung Yong Kyo": the professor, his degrees the role', () => {
    const got = people(
      'Chiều 2/4, Chủ tịch UBND tỉnh tiếp đoàn trường đại học Yeungnam. Về phía đoàn trường đại học Yeungnam có Giáo sư - Tiến sĩ - Chung Yong Kyo và các thành viên trong đoàn.',
    );
    const chung = got.find((p) => p.name === 'Chung Yong Kyo');
    assert.ok(chung, String(got.map((p) => p.name)));
    assert.equal(chung.role, 'Giáo sư - Tiến sĩ');
  });

  test('"Hòa thượng Thích Huệ Thông": the monk who received the delegation', () => {
    const got = names(
      'Sáng 3/4, đoàn Hội Liên hiệp Phụ nữ Hà Nội đến thăm và làm việc tại Bình Dương. Hòa thượng Thích Huệ Thông, Phó Chủ tịch Hội đồng trị sự, đã tiếp đoàn.',
    );
    assert.ok(got.includes('Thích Huệ Thông'), String(got));
  });

  test('"đón người đồng cấp Nga Sergei Shoigu": the counterpart, of Russia, with no office read', () => {
    const got = people(
      'Bộ trưởng Quốc phòng, Đại tướng Ngô Xuân Lịch đón người đồng cấp Nga Sergei Shoigu tại trụ sở Bộ Quốc phòng.',
    );
    const shoigu = got.find((p) => p.name === 'Sergei Shoigu');
    assert.ok(shoigu, String(got.map((p) => p.name)));
    assert.equal(shoigu.country, 'Russia');
    assert.equal(shoigu.role, null);
  });

  test('"về phía Việt Nam có A; về phía Lào có B": each on the side the nearest head says', () => {
    const got = people(
      'Chiều 5/3, Bộ trưởng Lê Minh Hoan hội đàm với Bộ trưởng Lào. Về phía Việt Nam có Thứ trưởng Nguyễn Văn Tâm; về phía Lào có Thứ trưởng Khamphao Ernthavanh.',
    );
    assert.equal(got.find((p) => p.name === 'Khamphao Ernthavanh')?.country, 'Laos');
    assert.equal(got.find((p) => p.name === 'Nguyễn Văn Tâm')?.country, 'Viet Nam');
  });

  test('"đoàn giáo sư Đại học Yeungnam": professors in the plural, no name, read as no one', () => {
    const got = names(
      'Sáng 2/4, Chủ tịch UBND tỉnh Nguyễn Văn Út đã tiếp đoàn giáo sư Đại học Yeungnam đến thăm và làm việc tại tỉnh.',
    );
    assert.deepEqual(
      got.filter((n) => n !== 'Nguyễn Văn Út'),
      [],
    );
  });
});
