// The Vietnamese press writes a foreign guest after "ông", "bà" or "ngài" the way the guest's own papers do: the
// surname alone ("bà Meyers"), hyphenated ("ngài Lee-Sang-Woo"), with an initial ("ngài B.Rakhimov") or a Japanese
// surname in capitals ("ngài SATO Kenji"). The desk officer wants these guests; a Vietnamese official called again by
// the given name ("ông Hùng") and a name cut short at the end of a page are not new people.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Vietnamese: a foreign guest in the spelling of the guest’s own country', () => {
  test('a German official named by surname alone and a counsellor with a hyphenated surname are read', () => {
    const names = people(
      'Ngày 12 tháng 5, bà Meyers từ Bộ Môi trường Liên bang Đức và ông Krause-Lindner, Tham tán tại Đại sứ quán Đức ' +
        'đã đến thăm và làm việc với Viện Địa chất.',
    ).map((p) => p.name);
    assert.ok(names.includes('Meyers'));
    assert.ok(names.includes('Krause-Lindner'));
  });

  test('a mayor with a hyphenated name leads the delegation a province received', () => {
    const found = people(
      'Sáng 3/4, Đoàn đại biểu thành phố Suwon (Hàn Quốc) do ngài Lee-Sang-Woo, Thị trưởng thành phố làm Trưởng đoàn ' +
        'đã đến thăm và làm việc với tỉnh Hà Nam.',
    );
    assert.match(found.find((p) => p.name === 'Lee-Sang-Woo')?.role ?? '', /^Thị trưởng/u);
  });

  test('guests at a reception written with their initials, and an ambassador with his surname in capitals', () => {
    const names = people(
      'Đến dự chiêu đãi, phía Kazakhstan có Thứ trưởng Ngoại giao ngài B.Rakhimov; Thứ trưởng Kinh tế ngài T. Omarov.\n\n' +
        'Bí thư Tỉnh ủy đã tiếp ngài SATO Kenji, Đại sứ Nhật Bản tại Việt Nam.',
    ).map((p) => p.name);
    assert.ok(names.includes('B.Rakhimov'));
    assert.ok(names.includes('T. Omarov'));
    assert.ok(names.includes('SATO Kenji'));
  });

  test('a Vietnamese official called again by the given name, or a name cut short, is no new person', () => {
    const names = people(
      'Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã tiếp Đại sứ Mông Cổ Jigiee Sereejav. Ông Hùng cảm ơn Đại sứ.\n\n' +
        'Thay mặt Đoàn, Ngài Ji',
    ).map((p) => p.name);
    assert.ok(!names.includes('Hùng'));
    assert.ok(!names.includes('Ji'));
  });
});
