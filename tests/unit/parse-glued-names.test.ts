// A desk officer reads a name the page glued to the next word ("Galaghercùng", "Mahmudon") as the
// person it names elsewhere, not as a second person with a name nobody has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): string[] => parseRecordText(text).participants.map((p) => p.name ?? '');

test('"Đức TGM Peter Walden Hollandercùng phái đoàn" is Peter Walden Hollander, met earlier in the record', () => {
  const got = names(
    [
      'Phái đoàn Tòa Thánh thăm Hội đồng Giám mục',
      'Ngày 12/3, Đức TGM Giuse Trần Minh Khoa đã tiếp Đức TGM Peter Walden Hollander, Bộ trưởng Ngoại giao Tòa Thánh, tại Hà Nội. Hai bên đã trao đổi về quan hệ hợp tác.',
      'Vào lúc 12g45, Đức TGM Peter Walden Hollandercùng phái đoàn đã nói lời cảm ơn và tạm biệt các linh mục cùng nhân viên văn phòng.',
    ].join('\n\n'),
  );
  assert.ok(got.includes('Peter Walden Hollander'), JSON.stringify(got));
  assert.ok(!got.some((n) => n.includes('Hollandercùng')), JSON.stringify(got));
});

test('"Foreign Minister Dr. Tarequerecalled his visits" after "met Dr. Karim Tareque": one person, Karim Tareque', () => {
  const got = names(
    [
      'Ambassador calls on Foreign Minister',
      'Dhaka, 4 February 2024: Ambassador Anna Lindqvist of Sweden met Foreign Minister Dr. Karim Tareque at his office this afternoon.',
      'Foreign Minister Dr. Tarequerecalled his official visits to Sweden and the two sides discussed trade, climate and education.',
    ].join('\n\n'),
  );
  assert.ok(!got.some((n) => n.includes('Tarequerecalled')), JSON.stringify(got));
});

test('"Boris Johnson" beside "John Smith" and "his son" stays Boris Johnson', () => {
  const got = names(
    [
      'Prime Minister meets envoy',
      'London, 3 May 2021: Prime Minister Boris Johnson met Ambassador John Smith at Downing Street. The ambassador came with his son.',
    ].join('\n\n'),
  );
  assert.ok(got.includes('Boris Johnson'), JSON.stringify(got));
});
