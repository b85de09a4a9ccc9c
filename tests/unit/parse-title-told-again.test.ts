// Some pages print the headline, then the same words told as the lead's sentence ("…友好協定を締結" /
// "…友好協定を締結した"). The headline is the line without the sentence's ending; a second line that goes on
// with a clause of its own is more than an ending, and the page's own rules decide between them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (lines: string[]): string | null => parseRecordText(lines.join('\n')).title;
const page = (second: string): string[] => [
  'ホーム',
  '札幌市は韓国の大田広域市と友好協定を締結',
  second,
  '再生回数: 120',
  'Tweet',
  '札幌市長は10日、韓国の大田広域市長と会談し、経済や観光の分野で協力する友好協定に署名した。両市は来年、青少年の交流を始める。',
];

describe('a headline, then the same words told as a sentence', () => {
  test('"…友好協定を締結" over "…友好協定を締結した": the headline is the line without "した"', () => {
    assert.equal(title(page('札幌市は韓国の大田広域市と友好協定を締結した')), '札幌市は韓国の大田広域市と友好協定を締結');
  });

  test('a second line that goes on with a clause of its own is not the headline told again', () => {
    const longer = '札幌市は韓国の大田広域市と友好協定を締結、来年から青少年の交流と観光の協力を始める';
    assert.equal(title(page(longer)), longer);
  });
});
