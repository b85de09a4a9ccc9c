// Readers' comments under a saved article carry their own dates ("Posted by: A reader, 27 Sep 2011
// | 15:22"): the day a reader wrote, not the day the page was published. The comment block is page
// furniture and goes with the share bars; the article itself is never taken for one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const PARAGRAPH =
  '<p>The accounting institutes said on Monday they back a single switch to the international standards, arguing that a long transition would cost companies more than a clean break.</p>';
const comments =
  '<div class="readers_comment_block"><div class="comment"><p>Nobody asked the small firms what this costs.</p><p>Posted by: A reader, 27 Sep 2011 | 15:22</p></div><div class="comment"><p>About time.</p><p>Posted by: Another reader, 28 Sep 2011 | 08:54</p></div></div>';

describe('readers’ comments do not date the page', () => {
  test('the date under the headline stands, the comments’ dates are gone', () => {
    const doc = extractHtmlString(
      `<html><head><title>Institutes back a single switch</title></head><body><div><h1>Institutes back a single switch to the standards</h1><div><p>26 Sep 2011</p></div>${PARAGRAPH.repeat(3)}</div>${comments}</body></html>`,
      'page.html',
    );
    assert.doesNotMatch(doc.text, /Posted by/);
    assert.equal(parseRecordText(doc.text, { hints: doc.hints }).publishedAt, '2011-09-26');
  });

  test('an <article> whose class names its comment block is still the article', () => {
    const doc = extractHtmlString(
      `<html><body><article class="post comment-block-open"><h1>Institutes back a single switch to the standards</h1>${PARAGRAPH.repeat(3)}</article></body></html>`,
      'page.html',
    );
    assert.match(doc.text, /accounting institutes said on Monday/);
  });
});
