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

  test('a slogan listing the site subjects, its last after "and", with no date under it', () => {
    const text = [
      'Politics, Business, Sports, Culture, and Opinions',
      '',
      'Ambassador of Peru Meets Lagos Traders',
      '',
      'The Ambassador of Peru met traders in Lagos on Friday to discuss cocoa exports. She promised a trade fair next year.',
    ].join('\n');
    assert.equal(title(text), 'Ambassador of Peru Meets Lagos Traders');
  });

  test('a headline that lists names and says what they did stays the headline', () => {
    const text = [
      'Macron, Scholz, Sánchez and Meloni Meet in Rome',
      '',
      'The leaders of France, Germany, Spain and Italy met in Rome on Friday to discuss migration. They agreed to meet again in May.',
    ].join('\n');
    assert.equal(title(text), 'Macron, Scholz, Sánchez and Meloni Meet in Rome');
  });
});
