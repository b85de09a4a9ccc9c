// A saved page marks where long words may break with soft hyphens ("Deutsch&shy;land"): invisible on
// screen, so the headline the desk officer reads has none, and neither does the record's title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("a headline with soft hyphens in the page's tags ('Welt&shy;ernährungs&shy;programm') is the title without them", () => {
  const headline = 'Ministerin: Deutsch&shy;land unterstützt das Welt&shy;ernährungs&shy;programm';
  const story =
    '<p>Die Ministerin traf am Montag in Berlin den Exekutivdirektor des Programms und sprach über die Hilfe für die betroffenen Länder.</p>'.repeat(
      3,
    );
  const html = `<html><head><title>${headline} | Ministerium</title><meta property="og:title" content="${headline}"><meta name="headline" content="${headline}"></head><body><main><h1>${headline}</h1><article>${story}</article></main></body></html>`;
  const doc = extractHtmlString(html, 'page.html');
  const title = parseRecordText(doc.text, { hints: doc.hints }).title;
  assert.equal(title, 'Ministerin: Deutschland unterstützt das Welternährungsprogramm');
});
