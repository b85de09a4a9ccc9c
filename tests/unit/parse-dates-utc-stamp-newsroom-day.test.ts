// Many sites stamp a story's publication time in UTC ("article:published_time" 2022-04-22T05:46:58+00:00)
// while the page itself, in the newsroom's own time, says the story went up on the 21st at a quarter
// to midnight (a marked "2022-04-21T23:46:58-06:00", a byline "November 8, 2023 at 11:30 p.m."). The
// desk officer files the day the newsroom printed: the UTC stamp names Greenwich's day. The UTC hour
// alone moves nothing, and a stamp whose hour no lived-in time zone could turn into the printed day
// (a byline two days off, a noon stamp) leaves the page's date as its stamps give it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const STORY =
  '<p>The governor received the visiting consul general at the provincial office, and the two discussed trade fairs, student exchanges and a direct flight.</p>'.repeat(
    3,
  );
const page = (head: string, under: string): string =>
  `<html><head><title>Governor receives consul general</title>${head}</head><body><main><h1>Governor receives consul general</h1><article>${under}${STORY}</article></main></body></html>`;
const published = (html: string): string | null => {
  const doc = extractHtmlString(html, 'page.html');
  return parseRecordText(doc.text, { hints: doc.hints }).publishedAt;
};

describe("a page stamped in UTC is dated by the newsroom's own day", () => {
  test('a UTC stamp at 05:46 beside a marked "2022-04-21T23:46:58-06:00" dates the page 21 April 2022', () => {
    assert.equal(
      published(
        page(
          '<meta property="article:published_time" content="2022-04-22T05:46:58+00:00"><meta itemprop="datePublished" content="2022-04-21T23:46:58-06:00">',
          '',
        ),
      ),
      '2022-04-21',
    );
  });

  test('JSON-LD "2023-11-09T05:30:59Z" under a byline "November 8, 2023 at 11:30 p.m." dates the page 8 November', () => {
    assert.equal(
      published(
        page(
          '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T05:30:59Z"}</script>',
          '<div class="byline">PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></div>',
        ),
      ),
      '2023-11-08',
    );
  });

  test('a UTC stamp late in the evening and a byline of the next day ("Domenica 06 Dicembre 2020 | 00:36") give the byline\'s day', () => {
    assert.equal(
      published(
        page(
          '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-05T23:15:0Z"}</script>',
          '<p>Domenica 06 Dicembre 2020 | 00:36</p>',
        ),
      ),
      '2020-12-06',
    );
  });

  test('a UTC stamp at noon beside a marked day before: no zone reaches it, the stamps stand as they are', () => {
    const html = page(
      '<meta property="article:published_time" content="2022-04-22T12:00:00+00:00"><meta itemprop="datePublished" content="2022-04-21T10:00:00-02:00">',
      '',
    );
    assert.notEqual(published(html), '2022-04-21');
  });

  test('a UTC stamp alone is the date, whatever its hour', () => {
    assert.equal(published(page('<meta property="article:published_time" content="2022-04-22T02:10:00Z">', '')), '2022-04-22');
  });
});
