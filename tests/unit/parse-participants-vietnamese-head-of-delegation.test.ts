// Vietnamese speeches and provincial readouts address or title the head of a delegation or of the
// diplomatic corps with capitals: "Thưa Ngài Trưởng Đoàn Ngoại giao, các vị Đại sứ", "Bí thư Tỉnh ủy,
// Trưởng Đoàn ĐBQH tỉnh". A desk officer reads an office there, not a person called "Trưởng Đoàn";
// a family name with other marks ("Trương Tấn Sang") is still a name. Nor is a founder the text recalls
// ("do Chủ tịch Hồ Chí Minh … đặt nền móng") or a man of another century ("Ngày 2/9/1945, …") at the meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Vietnamese: "Trưởng Đoàn" is an office, never a name', () => {
  test('"Thưa Ngài Trưởng Đoàn Ngoại giao, các vị Đại sứ": the dean of the corps addressed, no one named', () => {
    const got = names('Thưa Ngài Trưởng Đoàn Ngoại giao, các vị Đại sứ, Đại biện, Trưởng các tổ chức quốc tế.');
    assert.ok(!got.some((n) => n?.startsWith('Trưởng')), String(got));
  });

  test('"Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Vũ Minh An cùng ngài Sato Ken": the two who met are named', () => {
    const got = names(
      'Chiều 3/4, đồng chí Vũ Minh An, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh tiếp Ngài Sato Ken, Đại sứ Nhật Bản tại Việt Nam.',
    );
    assert.ok(!got.some((n) => n?.startsWith('Trưởng')), String(got));
    assert.ok(got.includes('Vũ Minh An'), String(got));
  });

  test('"Ngài Trương Tấn Minh": a family name written Trương stays a name', () => {
    const got = names('Chiều 5/6, Chủ tịch UBND tỉnh tiếp Ngài Trương Tấn Minh, Tổng Lãnh sự Việt Nam tại Osaka.');
    assert.ok(got.includes('Trương Tấn Minh'), String(got));
  });
});

// The founders of a friendship and a day of another century are history told around the meeting.
describe('Vietnamese: the founders and the history a reception recalls are not at it', () => {
  test('"quan hệ … do Chủ tịch Hồ Chí Minh và các lãnh đạo Lào đặt nền móng": the founders are recalled, the minister is there', () => {
    const got = names(
      'Tối 2/12, tại Hà Nội, Đại sứ quán Lào tổ chức chiêu đãi. Dự có Bộ trưởng Bộ Công Thương Trần Minh Khoa.\n\nBộ trưởng Trần Minh Khoa nhấn mạnh quan hệ hữu nghị do Chủ tịch Hồ Chí Minh và các lãnh đạo Lào đặt nền móng.',
    );
    assert.ok(got.includes('Trần Minh Khoa'), String(got));
    assert.ok(!got.includes('Hồ Chí Minh'), String(got));
  });

  test('"Ngày 2/9/1945, Chủ tịch Hồ Chí Minh … đã đọc bản Tuyên ngôn": a day of another century opens the sentence', () => {
    const got = names(
      'Phó Thủ tướng Lê Văn Hòa chủ trì tiệc chiêu đãi các Đại sứ.\n\nNgày 2/9/1945, Chủ tịch Hồ Chí Minh kính yêu đã đọc bản Tuyên ngôn độc lập.',
    );
    assert.ok(!got.includes('Hồ Chí Minh'), String(got));
  });
});
