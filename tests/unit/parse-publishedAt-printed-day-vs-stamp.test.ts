// A saved page stamps its publication in its tags, often in UTC or with a clock the CMS wrote in
// UTC and labelled with the site's offset, while under the headline it prints the day its readers
// saw ("Nov. 12, 2015 7:43 p.m. ET" beside "2015-11-13T00:43Z"). The desk officer files the story
// under the printed day. A printed date that is no moment of the stamp keeps the stamp. The date
// line may also be labelled ("Published time: …") or be the last line of a byline block.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { printedClock } from '../../electron/node/library/extract/printed-day.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const PARAGRAPH =
  '<p>Farmers blocked the main highway for a second day on Tuesday, demanding lower fertiliser prices and a meeting with the agriculture ministry before the planting season.</p>';
const page = (underHeadline: string, head = ''): string =>
  `<html><head><title>Farmers block the highway again | Example Times</title>${head}</head><body><main><h1>Farmers block the highway for a second day</h1>${underHeadline}${PARAGRAPH.repeat(3)}</main></body></html>`;
const jsonLd = (datePublished: string): string =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Farmers block the highway for a second day","datePublished":"${datePublished}"}</script>`;
const published = (html: string): string | null => {
  const doc = extractHtmlString(html, 'page.html');
  return parseRecordText(doc.text, { hints: doc.hints }).publishedAt;
};

describe('the day printed under the headline against the stamp in the tags', () => {
  test('"Nov. 12, 2015 7:43 p.m. ET" beside a UTC stamp of 00:43 the next day is 12 November', () => {
    const head = '<meta itemprop="datePublished" content="2015-11-13T00:43:00.000Z">';
    assert.equal(published(page('<time>Nov. 12, 2015 7:43 p.m. ET</time>', head)), '2015-11-12');
  });

  test('a UTC clock labelled with the site’s offset gives way to the same moment printed on the page', () => {
    const head = jsonLd('2021-03-10T03:20:00-05:00');
    assert.equal(published(page('<div>martes 9 de marzo de 2021 - 10:20 p.m.</div>', head)), '2021-03-09');
  });

  test('a stamp in the mail form "Wed, 10 Mar 2021 01:10:00 GMT" is UTC: the printed day before stands', () => {
    assert.equal(published(page('<time>9 de marzo de 2021</time>', jsonLd('Wed, 10 Mar 2021 01:10:00 GMT'))), '2021-03-09');
  });

  test('a printed time that is no moment of the stamp leaves the stamp', () => {
    const head = jsonLd('2021-03-10T08:00:00-05:00');
    assert.equal(published(page('<div>9 de marzo de 2021 - 10:20 p.m.</div>', head)), '2021-03-10');
  });

  test('a printed date days away from the stamp is not weighed', () => {
    const head = '<meta property="article:published_time" content="2021-03-10T01:10:00Z">';
    assert.equal(published(page('<div>March 2, 2021 9:10 pm</div>', head)), '2021-03-10');
  });
});

describe('date lines a page prints without tags', () => {
  test('"Published time: 18 Nov, 2015 15:41" gives 18 November 2015', () => {
    assert.equal(published(page('<div><time class="x">Published time: 18 Nov, 2015 15:41</time></div>')), '2015-11-18');
  });

  test('the date as the last line of a byline block gives its day', () => {
    assert.equal(
      published(page('<div class="by">Jane Roe<br><a href="/outlet">The Weekly</a><br>Thu, 14 May 2020 17:55 UTC</div>')),
      '2020-05-14',
    );
  });

  test('a labelled date after a heading of its own ("Datum:") gives its day', () => {
    assert.equal(published(page('<div><h5>Datum: </h5>03.02.2022<br><h5>Autor: </h5>ab</div>')), '2022-02-03');
  });

  test('a byline line that only mentions a date is not a date line', () => {
    assert.equal(published(page('<div class="by">Jane Roe<br>talks resumed on 14 May 2020 in the capital</div>')), null);
  });

  test('a <time datetime> inside the headline dates the page', () => {
    const html = page('').replace(
      '</h1>',
      ' <small><span>Datum:</span> <time datetime="2022-01-26">26.01.2022</time></small></h1>',
    );
    assert.equal(published(html), '2022-01-26');
  });

  test('printed clocks read as minutes after midnight', () => {
    assert.equal(printedClock('Nov. 12, 2015 7:43 p.m. ET'), 19 * 60 + 43);
    assert.equal(printedClock('27 July 2020, 12:05am'), 5);
    assert.equal(printedClock('03.02.2022'), null);
  });
});
