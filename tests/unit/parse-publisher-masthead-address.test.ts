// A page copied from a small site often keeps its masthead as a web address alone on a line above the
// headline ("kabarsore.com", "www.radioexample.ph"). A desk officer files that site as the publisher
// when nothing stronger names one; a picture's file name ("img0328.jpg") is no site.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).publisher;
const STORY = [
  'Governor receives the Australian ambassador',
  'The Governor received the Australian ambassador at his office on Monday and discussed cooperation in education and trade.',
];

describe("the site's web address alone at the head of the page", () => {
  test('"kabarsore.com" above the headline gives the site', () => {
    assert.equal(publisher(['kabarsore.com', ...STORY]), 'kabarsore.com');
  });

  test('"www.radioexample.ph" under the station\'s name gives the address without "www."', () => {
    assert.equal(publisher(['RADIO EXAMPLE', 'www.radioexample.ph', ...STORY]), 'radioexample.ph');
  });

  test('a picture\'s file name ("img0328.jpg") is no site', () => {
    assert.equal(publisher(['img0328.jpg', ...STORY]), null);
  });

  test('an address in the middle of the text is not the masthead', () => {
    assert.equal(
      publisher([...STORY, 'The two sides agreed to meet again next year.', 'More photos at', 'gallery-example.org']),
      null,
    );
  });
});
