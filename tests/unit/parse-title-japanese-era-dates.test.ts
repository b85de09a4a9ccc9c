// Japanese pages date a post in the era's years: before its heading ("平成21年09月06日 …について") or after it
// in the era's initial and figures ("…交流継続(H18.5.22)"). Neither date is words of the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const parse = (text: string) => parseRecordText(text);

describe("a Japanese heading's date in the era's years", () => {
  test('a written-out date before the heading, the text right under it', () => {
    const r = parse(
      '平成22年10月05日 友好県省訪問団の派遣について\n10月1日から4日の日程で、副知事を団長とする訪問団が省政府を訪問し、省長と会談しました。\n会談では観光と環境の協力について意見交換を行いました。',
    );
    assert.equal(r.title, '友好県省訪問団の派遣について');
    assert.equal(r.publishedAt, '2010-10-05');
  });

  test("the era's initial and figures in brackets after the heading", () => {
    const r = parse(
      '姉妹都市と交流継続(H20.7.14)\n\n 市の訪問団は14日、現地の市役所で行われた式典で、姉妹都市交流の継続を確認した。\n\n 市長と議長が協定書に署名した。',
    );
    assert.equal(r.title, '姉妹都市と交流継続');
  });

  test('a date and a clock before a source is a byline, not a heading', () => {
    const r = parse(
      '2023年11月06日 18:01\n\n外相が来日 首脳と会談\n\n外務大臣は6日、東京で首相と会談し、経済協力について意見交換を行った。両氏は関係の強化で一致した。',
    );
    assert.equal(r.title, '外相が来日 首脳と会談');
  });
});
