// A news page copied from its top may bring a sidebar's label ("Tin mới", "Latest news") above the
// headline. Below the text that label heads a list of other stories, and the record ends there; above
// the first sentence it is only the box's label, and the headline and text below it are the record.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a related-stories label above the headline', () => {
  test('a Vietnamese page with "Tin mới" between its date line and the headline keeps the headline', () => {
    const text = [
      'Thứ ba, 12 Tháng 3 2024',
      'TIN MỚI',
      'Bộ trưởng tiếp Đại sứ Nhật Bản tại Việt Nam',
      '',
      'Chiều 11/3, tại Hà Nội, Bộ trưởng Nguyễn Văn An đã tiếp Đại sứ Nhật Bản tại Việt Nam, ông Ito Naoki, nhân dịp Đại sứ bắt đầu nhiệm kỳ công tác.',
      '',
      'Hai bên trao đổi về hợp tác đầu tư và giáo dục giữa hai nước.',
    ].join('\n');
    const r = parseRecordText(text);
    assert.equal(r.title, 'Bộ trưởng tiếp Đại sứ Nhật Bản tại Việt Nam');
  });

  test('below the text the label still ends the record: the stories it lists are not read', () => {
    const text = [
      'Minister receives the new Ambassador of Chile',
      '',
      'The Minister received the new Ambassador of Chile, Ms Ana Pérez, at the ministry on Tuesday and discussed trade and education.',
      '',
      'Latest news',
      'Minister meets the Governor of Tokyo to discuss the expo',
    ].join('\n');
    const r = parseRecordText(text);
    assert.equal(r.title, 'Minister receives the new Ambassador of Chile');
    assert.ok(!r.paragraphs.some((p) => p.text.includes('Governor of Tokyo')));
  });
});
