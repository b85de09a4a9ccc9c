// A school's own page names its teachers, and the press any woman, with "cô" (Ms, teacher) or "thầy" (teacher) before
// the name. The principal who welcomed a visiting delegation ("cô A – Hiệu trưởng …") is a participant the desk
// officer wants; the teachers whose lessons the guests sat in on ("cô B (môn Toán)") are not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Vietnamese: "cô" and "thầy" before a name with an office after it', () => {
  const visit =
    'Sáng 13/12, Trường THPT Lê Lợi đón đoàn cán bộ giáo viên tỉnh Luang Prabang (Lào) đến thăm và làm việc.\n\n' +
    'Tại buổi tiếp đón, cô Phạm Thu Trang – Hiệu trưởng nhà trường phát biểu chào mừng; thầy Trần Văn An, Phó hiệu trưởng, ' +
    'giới thiệu về trường.\n\n' +
    'Đoàn đã dự giờ các tiết học của cô Vũ Thị Ninh (môn Toán) và thầy Lê Văn Bảo (môn Hóa học).';

  test('the principal and her deputy are read with their offices', () => {
    const found = people(visit);
    assert.match(found.find((p) => p.name === 'Phạm Thu Trang')?.role ?? '', /^Hiệu trưởng/u);
    assert.match(found.find((p) => p.name === 'Trần Văn An')?.role ?? '', /^Phó hiệu trưởng/u);
  });

  test('teachers named only for their lessons are not listed', () => {
    const names = people(visit).map((p) => p.name);
    assert.ok(!names.includes('Vũ Thị Ninh'));
    assert.ok(!names.includes('Lê Văn Bảo'));
  });
});
