// A school's or a university's page names its principal with the office first, "Hiệu trưởng Nguyễn Văn A", when she
// welcomes a delegation or leads one abroad; the office alone before a school ("Hiệu trưởng Trường THPT Lê Lợi") names
// no one. A person whose own clause says they could not come ("vì công tác nên đã không thể tham dự") was not there.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Vietnamese: the principal named after her office, and a guest who could not come', () => {
  test('the principal who welcomed a French school is read with her office', () => {
    const found = people(
      'Sáng 10/3, Trường THPT Chu Văn An đã đón đoàn giáo viên và học sinh trường Lycée Victor Hugo (Pháp) đến thăm và giao lưu.\n\n' +
        'Chào đón đoàn, Hiệu trưởng Trần Thị Thu Hà bày tỏ vui mừng trước sự hợp tác giữa hai trường.',
    );
    assert.equal(found.find((p) => p.name === 'Trần Thị Thu Hà')?.role, 'Hiệu trưởng');
  });

  test('a principal who could not attend the signing is not listed', () => {
    const names = people(
      'Ngày 5/6, Sở Giáo dục tỉnh Bình Dương đã tiếp và làm việc với đoàn trường Cao đẳng Đài Trung (Đài Loan).\n\n' +
        'Hiệu trưởng Lâm Văn Phúc vì công tác nên đã không thể tham dự, Phó Hiệu trưởng Trương Minh Đức dẫn đầu đoàn.',
    ).map((p) => p.name);
    assert.ok(!names.includes('Lâm Văn Phúc'));
  });
});
