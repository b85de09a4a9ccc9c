// A speech or a programme printed from a PDF sets its headline in capitals over three or four lines, blank lines
// between ("SPEECH OF THE MINISTER AT" / "THE CEREMONY MARKING 25 YEARS" / "OF DIPLOMATIC RELATIONS"). The first
// line stops on a word a headline cannot end on: the capital lines under it are the rest of the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline in capitals set over several lines', () => {
  test('a Vietnamese speech title over three lines with blank lines between', () => {
    const text = [
      'PHÁT BIỂU CỦA BỘ TRƯỞNG NGOẠI GIAO TẠI',
      '',
      'HỘI NGHỊ KỶ NIỆM 25 NĂM THIẾT LẬP',
      '',
      'QUAN HỆ NGOẠI GIAO VIỆT NAM – CHILE',
      '',
      'Thưa các quý vị đại biểu,',
      '',
      'Hôm nay, tôi rất vui được tham dự hội nghị kỷ niệm 25 năm thiết lập quan hệ ngoại giao giữa hai nước. Quan hệ hữu nghị đã phát triển tốt đẹp trên nhiều lĩnh vực.',
    ].join('\n');
    assert.equal(
      title(text),
      'PHÁT BIỂU CỦA BỘ TRƯỞNG NGOẠI GIAO TẠI HỘI NGHỊ KỶ NIỆM 25 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM – CHILE',
    );
  });

  test('an English programme title over three lines', () => {
    const text = [
      'REMARKS BY THE FOREIGN MINISTER AT',
      '',
      'THE RECEPTION MARKING FORTY YEARS',
      '',
      'OF FRIENDSHIP WITH NEW ZEALAND',
      '',
      'Excellencies, ladies and gentlemen,',
      '',
      'It is a pleasure to welcome you tonight as we mark forty years of friendship between our two countries, and to thank the Ambassador for the warm words.',
    ].join('\n');
    assert.equal(
      title(text),
      'REMARKS BY THE FOREIGN MINISTER AT THE RECEPTION MARKING FORTY YEARS OF FRIENDSHIP WITH NEW ZEALAND',
    );
  });

  test('a headline in capitals that ends where it should keeps the label line under it out', () => {
    const text = [
      'FOREIGN MINISTER RECEIVES AMBASSADOR OF NEW ZEALAND',
      '',
      'PRESS RELEASE',
      '',
      'The Foreign Minister received the Ambassador of New Zealand on Monday. They discussed trade and the coming visit of the Prime Minister.',
    ].join('\n');
    assert.equal(title(text), 'FOREIGN MINISTER RECEIVES AMBASSADOR OF NEW ZEALAND');
  });
});
