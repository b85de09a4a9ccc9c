// A blog prints its slogan at the top, then the post's date, then the post's title over the text.
// The line above the date would be taken for the headline; when it shares no word with the lead and the
// line under the date tells the lead, the slogan is the site's and the line under the date the post's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a blog's slogan above the post's date", () => {
  test("the post's title under the date, not the slogan above it", () => {
    const text = [
      'Daily Stories, Music, Sports, Culture and Opinions',
      '',
      'Tuesday, 14 March 2017',
      '',
      'Governor Bello Receives the Ambassador of Chile',
      '',
      'Governor Ahmed Bello received the Ambassador of Chile, Maria Soto, at Government House on Tuesday. They discussed trade in farm produce.',
    ].join('\n');
    assert.equal(title(text), 'Governor Bello Receives the Ambassador of Chile');
  });

  test('a headline above the date that tells the lead stays the headline', () => {
    const text = [
      'Governor Bello receives the Ambassador of Chile in Lokoja',
      '',
      'Tuesday, 14 March 2017',
      '',
      'Photos',
      '',
      'Governor Ahmed Bello received the Ambassador of Chile, Maria Soto, at Government House on Tuesday. They discussed trade in farm produce.',
    ].join('\n');
    assert.equal(title(text), 'Governor Bello receives the Ambassador of Chile in Lokoja');
  });
});
