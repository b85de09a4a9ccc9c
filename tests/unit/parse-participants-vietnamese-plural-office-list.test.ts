// A Vietnamese delegation list gives several people one office in the plural: "các Nghị sĩ Quốc hội:
// A, B, C;". The desk officer wants each of them, with that office; a plural office followed by
// anything but bare names ("các Đại sứ: những người bạn thân thiết …") is no list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('"các Nghị sĩ Quốc hội: A, B, C;" names three members of the delegation', () => {
  const text = [
    'Chủ tịch Quốc hội tiếp Đoàn nghị sĩ Nhật Bản',
    'Chiều 3/5, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Đoàn đại biểu Quốc hội Nhật Bản thăm Việt Nam gồm: Chủ tịch Liên minh Takebe Tsutomu; các Nghị sĩ Quốc hội: Kato Ryosei, Suzuki Keisuke, Aoyama Shigeharu; cùng cán bộ Đại sứ quán Nhật Bản.',
  ].join('\n');
  const found = people(text);
  for (const n of ['Kato Ryosei', 'Suzuki Keisuke', 'Aoyama Shigeharu']) {
    assert.equal(found.find((p) => p.name === n)?.role, 'Nghị sĩ Quốc hội', n);
    // The delegation the list belongs to says whose members they are.
    assert.equal(found.find((p) => p.name === n)?.country, 'Japan', n);
  }
});

test('a plural office followed by words, not names, is no list', () => {
  const text = [
    'Thủ tướng gặp mặt Đoàn ngoại giao',
    'Sáng 9/2, Thủ tướng Phạm Minh Chính gặp mặt Đoàn ngoại giao. Thủ tướng gửi lời cảm ơn tới các Đại sứ: Những Người Bạn, Thân Thiết Của Việt Nam và chúc năm mới an khang.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('Những Người Bạn'));
  assert.ok(!names.includes('Thân Thiết Của Việt Nam'));
});
