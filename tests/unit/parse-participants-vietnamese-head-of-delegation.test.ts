// Vietnamese speeches and provincial readouts address or title the head of a delegation or of the
// diplomatic corps with capitals: "Thưa Ngài Trưởng Đoàn Ngoại giao, các vị Đại sứ", "Bí thư Tỉnh ủy,
// Trưởng Đoàn ĐBQH tỉnh". A desk officer reads an office there, not a person called "Trưởng Đoàn";
// a family name with other marks ("Trương Tấn Sang") is still a name.
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
