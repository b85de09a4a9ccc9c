// A line above the text that a paragraph opens with is the page's teaser of the lead, not its headline, when the
// paragraph goes on. A photo's caption further down that repeats the headline with only a full stop goes on with
// nothing: the line above is still the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('the headline repeated as a caption with a full stop', () => {
  test('a Vietnamese district page: section name, headline, clock, and the headline again under the photo', () => {
    const text = [
      'Thời sự - Chính trị',
      '',
      'Đoàn đại biểu tỉnh bạn Lào thăm và chúc Tết huyện Quỳ Hợp',
      '',
      '08:15, 20/01/2024',
      'Sáng 20/1, đoàn đại biểu tỉnh bạn Lào do đồng chí Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết huyện Quỳ Hợp.',
      '',
      'Hai bên đã trao đổi về tình hình phát triển kinh tế - xã hội và công tác phối hợp bảo vệ biên giới.',
      '',
      'Đoàn đại biểu tỉnh bạn Lào thăm và chúc Tết huyện Quỳ Hợp.',
      '',
      'Thay mặt lãnh đạo huyện, đồng chí Chủ tịch UBND huyện cảm ơn tình cảm của đoàn.',
    ].join('\n');
    assert.equal(title(text), 'Đoàn đại biểu tỉnh bạn Lào thăm và chúc Tết huyện Quỳ Hợp');
  });

  test('the lead printed above itself without its full stop is still a teaser, not the headline', () => {
    const text = [
      'Встреча с послом Италии',
      '',
      'Сегодня состоялась встреча главы области с послом Итальянской Республики господином Марко Росси',
      '',
      'Сегодня состоялась встреча главы области с послом Итальянской Республики господином Марко Росси.',
      '',
      'Стороны обсудили торговлю и обмен студентами.',
    ].join('\n');
    assert.equal(title(text), 'Встреча с послом Италии');
  });
});
