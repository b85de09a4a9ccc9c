// A saved page's publication date often stands in the CMS's date block above the article
// ("<span class="article__date--published">2.9.2020 klo 12.45</span>", "<span class="meta_date">
// erstellt: 01. April 2025, 15:25</span>", "<time class="datetime" datetime="2022-02-01">"), which
// the article finder leaves out with the rest of the page's furniture. The desk officer reads it
// there; an update stamp or a related story's date block is not the page's publication date.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const STORY =
  '<p>The mayor received the visiting ambassador at the city hall, and the two discussed a partnership between their ports and universities.</p>'.repeat(
    3,
  );
const page = (block: string): string =>
  `<html><head><title>Mayor receives ambassador</title></head><body><header><nav>Home News</nav></header><main><h1>Mayor receives ambassador</h1>${block}<article>${STORY}</article></main></body></html>`;
const published = (html: string): string | null => {
  const doc = extractHtmlString(html, 'page.html');
  return parseRecordText(doc.text, { hints: doc.hints }).publishedAt;
};

describe("a CMS's date block dates the saved page", () => {
  test('"2.9.2020 klo 12.45" in a block marked published gives 2 September 2020', () => {
    assert.equal(
      published(page('<div class="news__date"><span class="news__date--published">2.9.2020 klo 12.45</span></div>')),
      '2020-09-02',
    );
  });

  test('"erstellt: 01. April 2025, 15:25" in a meta_date block, and a <time class="datetime">, date the page', () => {
    assert.equal(
      published(page('<span class="meta_date">erstellt: <strong>01. April 2025, 15:25</strong></span>')),
      '2025-04-01',
    );
    assert.equal(published(page('<time class="datetime" datetime="2022-02-01">1. Februar 2022</time>')), '2022-02-01');
  });

  test('an update stamp is not the publication date', () => {
    assert.equal(published(page('<span class="post-date-updated">Updated 3.3.2021</span>')), null);
  });
});
