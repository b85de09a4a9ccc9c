// "Đoàn" opens a delegation's name ("Đoàn đại biểu", "Đoàn công tác") but is also a Vietnamese family name: a provincial
// paper writes "đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh …" or "PGS.TS Đoàn Đức Tùng – Hiệu trưởng". The desk officer
// lists that person as any other; a delegation stays a body.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (body: string): (string | null)[] =>
  parseRecordText(`Lãnh đạo tỉnh tiếp đoàn công tác\n\n${body}`).participants.map((p) => p.name);

describe('Vietnamese: a person whose family name is Đoàn', () => {
  test('"đồng chí Đoàn Văn Minh, Phó Chủ tịch UBND tỉnh Cao Bằng đã tiếp …": Đoàn Văn Minh, beside the guest', () => {
    const names = people(
      'Sáng nay (3/5), tại Cửa khẩu Trà Lĩnh, đồng chí Đoàn Văn Minh, Phó Chủ tịch UBND tỉnh Cao Bằng đã tiếp Phó Chủ tịch Khu tự trị Quảng Tây Trung Quốc Lý Minh.',
    );
    assert.ok(names.includes('Đoàn Văn Minh'), `got ${names.join(', ')}`);
  });

  test('"PGS.TS Đoàn Ngọc Lan – Hiệu trưởng Nhà trường vui mừng chào đón đoàn": Đoàn Ngọc Lan', () => {
    const names = people(
      'Phát biểu tại buổi làm việc, PGS.TS Đoàn Ngọc Lan – Hiệu trưởng Nhà trường vui mừng chào đón đoàn. Hai bên đã hội đàm.',
    );
    assert.ok(names.includes('Đoàn Ngọc Lan'), `got ${names.join(', ')}`);
  });

  test('"ông Đoàn Đại biểu Quốc hội …" is a body, never a person', () => {
    const names = people('Chiều 2/6, ông Trần Nam, Trưởng Đoàn Đại biểu Quốc hội tỉnh đã tiếp Đại sứ Lào.');
    assert.ok(!names.some((n) => n?.startsWith('Đoàn')), `got ${names.join(', ')}`);
  });
});
