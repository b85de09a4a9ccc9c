// A headline copied with a tag after it, or with an image and its caption between it and the lead.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';
const title = (text: string): string | null => parseRecordText(text).title;

describe('what a page prints after a headline, or between it and the lead', () => {
  test('the language of the original in brackets after an embassy\'s headline ("… trình quốc thư [fr]") is not part of it', () => {
    assert.equal(title(`Đại sứ Pháp tại Việt Nam trình quốc thư [fr]\n\n${LEAD}`), 'Đại sứ Pháp tại Việt Nam trình quốc thư');
    assert.equal(title(`外務大臣がロシア外務大臣と電話会談 [fr]\n\n${LEAD}`), '外務大臣がロシア外務大臣と電話会談');
  });

  test('a tag that says what the story is stays, before or after the headline ("[포토] …", "… [종합]")', () => {
    assert.equal(title(`[포토] 한·베트남 외교장관 회담\n\n${LEAD}`), '[포토] 한·베트남 외교장관 회담');
    assert.equal(title(`한·베트남 외교장관 회담 [종합]\n\n${LEAD}`), '한·베트남 외교장관 회담 [종합]');
  });

  test("a long headline over an image and its caption copied as markup is the headline, not the lead's first clause", () => {
    const headline =
      'Truyền thông Trung Quốc đưa tin đậm nét về điện đàm giữa Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch Tập Cận Bình';
    const text = `${headline}\n![]() |\n| Tổng Bí thư Tô Lâm điện đàm với Chủ tịch nước Trung Quốc. Ảnh: TTXVN |\nTân Hoa xã nhấn mạnh hai bên đã đạt được nhận thức chung rộng rãi về làm sâu sắc quan hệ hai Đảng, hai nước. Hai bên nhất trí tiếp tục trao đổi.`;
    assert.equal(title(text), headline);
  });
});
