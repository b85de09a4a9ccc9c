import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';

const body =
  '<p>The two ministers met in the capital on Tuesday and discussed trade, investment and the situation in the region at length.</p>' +
  '<p>They agreed to meet again before the end of the year and to open a new consulate in the north of the country.</p>';

describe('a saved page whose headline carries a kicker, or stands in the header bar', () => {
  test('a rubric in its own <span> before the headline is neither glued on nor kept when the structured data names the headline', () => {
    // Luxembourg's and Germany's papers alike: "<span>Nationale Demo</span>Der 9. Juli naht: …".
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Der 9. Juli naht: Gewerkschaften zeigen Einheit"}</script>';
    const html = `<html><head><title>Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Einheit - Tageblatt</title>${ld}</head><body><article><h1><span>Nationale Demo</span>Der 9. Juli naht: Gewerkschaften zeigen Einheit</h1>${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, 'Der 9. Juli naht: Gewerkschaften zeigen Einheit');
  });

  test('a heading made of several elements reads with spaces between them, not "DemoDer"', () => {
    const html = `<html><head></head><body><article><h1><span>Nationale Demo</span><span>Gewerkschaften zeigen Einheit vor der Regierung</span></h1>${body}</article></body></html>`;
    const title = extractHtmlString(html).hints.title ?? '';
    assert.ok(!/DemoGewerkschaften/.test(title), title);
  });

  test('the headline the page prints in its header bar, as its own <title> gives it, is read though the bar is page chrome', () => {
    // The article's heading is no <h1>; the sharing title leaves the quote before the colon out.
    const html =
      '<html><head><title>"Es wird bald beginnen": Trump spricht über Bodeneinsätze - ntv.de</title>' +
      '<meta property="og:title" content="Trump spricht über Bodeneinsätze"></head><body>' +
      '<nav><h1>"Es wird bald beginnen": Trump spricht über Bodeneinsätze</h1></nav>' +
      `<article><h2>Es wird bald beginnen</h2>${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, '"Es wird bald beginnen": Trump spricht über Bodeneinsätze');
  });

  test("a cookie banner's <h1> is not the headline, though the article's <h1> comes after it", () => {
    const html = `<html><head></head><body><div aria-label="Cookie consent"><h1>We use cookies on this website</h1><p>Accept all</p></div><article><h1>Ministers agree to open a consulate in the north</h1>${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, 'Ministers agree to open a consulate in the north');
  });

  test("the site's name in an <h1> logo gives way to the headline the page's <title> names, printed in an <h2>", () => {
    const html = `<html><head><title>Ministers agree to open a consulate in the north | Example Times</title></head><body><h1 class="logo">Example Times Online News</h1><article><h2>Ministers agree to open a consulate in the north</h2>${body}</article></body></html>`;
    assert.equal(extractHtmlString(html).hints.title, 'Ministers agree to open a consulate in the north');
  });
});
