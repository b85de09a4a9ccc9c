// A headline hard-wrapped onto two lines, and the numbered header of a release above its headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';
const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline over two lines, a release number over the headline', () => {
  test('a headline wrapped after "with" is read whole, in English and in Vietnamese ("… hội đàm với" / "…")', () => {
    assert.equal(
      title(`Foreign Minister holds talks with\nChinese counterpart in Beijing\n\n${LEAD}`),
      'Foreign Minister holds talks with Chinese counterpart in Beijing',
    );
    assert.equal(
      title(
        'Bộ trưởng Ngoại giao hội đàm với\nBộ trưởng Ngoại giao Hàn Quốc\n\nChiều 3/12, tại Hà Nội, Bộ trưởng Ngoại giao đã hội đàm với Bộ trưởng Ngoại giao Hàn Quốc. Hai bên nhất trí tăng cường hợp tác.',
      ),
      'Bộ trưởng Ngoại giao hội đàm với Bộ trưởng Ngoại giao Hàn Quốc',
    );
  });

  test('two heading lines that each stand alone are not joined: the headline, then its deck', () => {
    assert.equal(
      title(`Foreign Minister holds talks with Chinese counterpart\nBoth sides agree to expand trade\n\n${LEAD}`),
      'Foreign Minister holds talks with Chinese counterpart',
    );
  });

  test('"Press Release No. 123" or "Pressemitteilung Nr. 168" over the headline is the document\'s number, not its headline', () => {
    assert.equal(
      title(`Press Release No. 123\n\nForeign Minister holds talks with Chinese counterpart\n\n${LEAD}`),
      'Foreign Minister holds talks with Chinese counterpart',
    );
    assert.equal(
      title(`Pressemitteilung Nr. 168\n\nAußenministerin empfängt ihren Amtskollegen aus Vietnam\n\n${LEAD}`),
      'Außenministerin empfängt ihren Amtskollegen aus Vietnam',
    );
  });
});
