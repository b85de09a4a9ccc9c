import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageHeadline } from '../../electron/node/library/extract/headline.ts';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';

const body =
  '<p>The two ministers met in the capital on Tuesday and discussed trade, investment and the situation in the region at length.</p>' +
  '<p>They agreed to meet again before the end of the year and to open a new consulate in the north of the country.</p>';

const page = (head: string, h1s: string[]): string =>
  `<html><head>${head}</head><body><article>${h1s.map((h) => `<h1>${h}</h1>`).join('')}${body}</article></body></html>`;

describe('the headline of a saved page, read against its own metadata', () => {
  test('a section name in the first <h1> gives way to the headline the structured data names', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers agree to open a consulate in the north"}</script>';
    const doc = extractHtmlString(page(ld, ['World', 'Ministers agree to open a consulate in the north']));
    assert.equal(doc.hints.title, 'Ministers agree to open a consulate in the north');
  });

  test('a kicker glued before the headline in the <h1> ("Politics | …") is left out when the sharing title has none', () => {
    const og = '<meta property="og:title" content="Ministers agree to open a consulate in the north">';
    const doc = extractHtmlString(page(og, ['Politics | Ministers agree to open a consulate in the north']));
    assert.equal(doc.hints.title, 'Ministers agree to open a consulate in the north');
  });

  test('the date a ministry prints inside its <h1> before the headline is not part of the headline', () => {
    const og = '<meta property="og:title" content="Ministerin Berger: Neues Konsulat im Norden eröffnet - Bundesministerium">';
    const doc = extractHtmlString(page(og, ['1. Februar 2022 Ministerin Berger: Neues Konsulat im Norden eröffnet']));
    assert.equal(doc.hints.title, 'Ministerin Berger: Neues Konsulat im Norden eröffnet');
  });

  test('the page prints a shorter headline than its sharing title: what the reader sees stays', () => {
    const og = '<meta property="og:title" content="After the vote: Ministers agree to open a consulate in the north">';
    const doc = extractHtmlString(page(og, ['Ministers agree to open a consulate in the north']));
    assert.equal(doc.hints.title, 'Ministers agree to open a consulate in the north');
  });

  test('a portal whose sharing title keeps its name after a bar: the <h1> it holds is the headline', () => {
    assert.equal(
      pageHeadline(['経済・IT', '減税は来年6月に実施　首相が会見で表明'], ['減税は来年6月に実施　首相が会見で表明|ポータル']),
      '減税は来年6月に実施　首相が会見で表明',
    );
  });

  test('with no metadata, the first heading that says something, not a section name', () => {
    assert.equal(
      pageHeadline(['News', 'Ministers agree to open a consulate in the north'], []),
      'Ministers agree to open a consulate in the north',
    );
    assert.equal(pageHeadline(['News'], []), 'News');
  });
});
