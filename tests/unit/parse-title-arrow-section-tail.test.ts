// A page's title prints the section after an arrow, the breadcrumb told backwards ("… 의향서 교환 > 경남",
// "… sign twinning pact > World"). Copied as the text's first line, the section is the site's, not the headline's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("the section after an arrow is not the headline's", () => {
  test('a Korean page title with its regional section after the arrow', () => {
    const text = [
      '거창군·베트남 닌빈성 우호교류 협약 체결 > 경남',
      '',
      '본문 바로가기',
      '',
      '거창군이 베트남 닌빈성과 우호교류 협약을 체결하고 농업과 관광 분야 협력을 약속했다. 군수는 협약식에서 청소년 교류도 늘리겠다고 말했다.',
    ].join('\n');
    assert.equal(title(text), '거창군·베트남 닌빈성 우호교류 협약 체결');
  });

  test('an English page title with its section after the arrow', () => {
    const text = [
      'Mayors of Galway and Lorient sign twinning pact > World',
      '',
      'The mayors of Galway and Lorient signed a twinning agreement on Friday, promising school exchanges and a joint sailing festival.',
      '',
      'The two towns have been linked by ferry since 1978.',
    ].join('\n');
    assert.equal(title(text), 'Mayors of Galway and Lorient sign twinning pact');
  });

  test('a headline that compares with an arrow keeps what follows it', () => {
    const text = [
      'Galway exports to Lorient > imports for the first time',
      '',
      'The mayors of Galway and Lorient signed a twinning agreement on Friday, promising school exchanges and a joint sailing festival.',
      '',
      'The two towns have been linked by ferry since 1978.',
    ].join('\n');
    assert.equal(title(text), 'Galway exports to Lorient > imports for the first time');
  });
});
