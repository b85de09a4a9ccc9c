// Three slips in Vietnamese readouts the desk officer saw: a portfolio written with no marks read as a person
// ("Bộ trưởng Du lịch ASEAN" listed "Du"); someone "in the presence of" ("sự hiện diện của ông A") or handed flowers
// ("tặng hoa chúc mừng B") taken for someone only mentioned; and the surname "Châu" taken for a continent's body.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Vietnamese: a capitalised common noun after a title is nobody', () => {
  test('"Bộ trưởng Du lịch" when the text writes "du lịch" too', () => {
    const text = 'Chiều 12/1, Thủ tướng Campuchia Hun Manet đã tiếp các Bộ trưởng Du lịch ASEAN dự diễn đàn du lịch khu vực.';
    assert.deepEqual(names(text), ['Hun Manet']);
  });

  test('a one-word surname after a title is kept ("Tổng thống Moon cũng …")', () => {
    const text = 'Sáng 3/5, Tổng thống Moon cũng đã tiếp Thủ tướng Abe tại Seoul.';
    assert.ok(names(text).includes('Moon'));
  });
});

describe('Vietnamese: present, not only mentioned', () => {
  test('"sự hiện diện của ông A" is A in the room', () => {
    const text =
      'Ngày 20/5, đoàn công tác của Viện đã thăm và làm việc với Trung tâm Nghiên cứu Quốc gia Pháp. ' +
      'Đón tiếp đoàn có sự hiện diện của ông Paul Durand – Giám đốc Khoa học.';
    assert.ok(names(text).includes('Paul Durand'));
  });

  test('"tặng hoa chúc mừng B" hands flowers to B, who is there; a message of congratulation is not', () => {
    const text =
      'Chiều 2/9, lãnh đạo tỉnh đã tiếp đoàn. Chủ tịch UBND tỉnh Vũ Văn Nam tặng hoa chúc mừng Tổng Lãnh sự Nhật Bản Ito Kenji.\n\n' +
      'Dịp này, Chủ tịch UBND tỉnh Vũ Văn Nam gửi thư chúc mừng Thủ tướng Lào Sonexay Siphandone.';
    const found = names(text);
    assert.ok(found.includes('Ito Kenji'));
    assert.ok(!found.includes('Sonexay Siphandone'));
  });

  test('"Chủ tịch Châu Văn Minh" is a person; "châu Á Thái Bình Dương" stays a region', () => {
    const text =
      'Sáng 8/8, Chủ tịch Châu Văn Minh đã tiếp Đại sứ Úc Andrew Goledzinowski. Hai bên bàn về hợp tác với các nước Châu Á Thái Bình Dương.';
    const found = names(text);
    assert.ok(found.includes('Châu Văn Minh'));
    assert.ok(!found.some((n) => n?.startsWith('Á')));
  });
});
