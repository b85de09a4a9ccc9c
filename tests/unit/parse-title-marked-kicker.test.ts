import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';

const body =
  '<p>The two ministers met in the capital on Tuesday and discussed trade, investment and the situation in the region at length.</p>' +
  '<p>They agreed to meet again before the end of the year and to open a new consulate in the north of the country.</p>';

describe('a saved page whose sharing title runs the kicker into the headline the page prints apart', () => {
  test('the topic rubric the page prints in its own <span> above the headline is left out, though the sharing title glues it on with a colon', () => {
    // A business paper: <h2><span class="overline">Border closures</span><span>Two neighbours …</span></h2>,
    // og:title "Border closures: Two neighbours …".
    const html =
      '<html><head><meta property="og:title" content="Border closures: Two neighbours and the return of old grudges"></head><body>' +
      '<article><h2><span class="overline">Border closures</span> <span class="headline">Two neighbours and the return of old grudges</span></h2>' +
      `${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, 'Two neighbours and the return of old grudges');
  });

  test('the topline inside the <h1> is left out when the structured data names topline and headline together', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood inquiry: Two resignations and many open questions"}</script>';
    const html =
      `<html><head>${ld}</head><body><article><h1><span class="topline">Flood inquiry</span> ` +
      `<span class="text">Two resignations and many open questions</span></h1>${body}</article></body></html>`;
    const got = extractHtmlString(html);
    assert.equal(got.hints.title, 'Two resignations and many open questions');
    assert.ok(got.text.startsWith('Two resignations and many open questions'), got.text.slice(0, 80));
  });

  test('a dash the page hides between rubric and headline is no part of the headline', () => {
    const html =
      '<html><head><meta property="og:title" content="Party congress on migration: Leader calls for resistance to the asylum law"></head><body>' +
      '<nav><h1>Party congress on migration: Leader calls for resistance to the asylum law</h1></nav>' +
      '<article><h2><span>Party congress on migration</span><span aria-hidden="true"> – </span>' +
      `<span>Leader calls for resistance to the asylum law</span></h2>${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, 'Leader calls for resistance to the asylum law');
  });

  test("a quotation the page prints before the headline stays: it is the headline's first half, not a rubric", () => {
    const html =
      '<html><head><title>"It will start soon": President speaks of ground operations - News</title></head><body>' +
      '<article><h2><span>"It will start soon"</span><span>President speaks of ground operations</span></h2>' +
      `${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, '"It will start soon": President speaks of ground operations');
  });
});
