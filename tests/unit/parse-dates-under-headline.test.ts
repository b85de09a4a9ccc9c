// A saved page may print its date on a line of its own under the headline ("December 16, 2016,
// 4:19 PM", "20.01.2022", "April 26, 2022"), in an element no class name marks as a date, with no
// meta tag or structured data repeating it; the article finder leaves the line out. The desk
// officer reads it there. An update stamp, another story's linked date, a photo caption's date, or
// a date below the article's opening is not the page's; a page whose tags give a date keeps it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { dateUnderHeadline } from '../../electron/node/library/extract/date-under-headline.ts';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const PARAGRAPH =
  '<p>The regional governor welcomed the visiting trade delegation at the provincial hall, and the two sides discussed a partnership between their ports, schools and farms.</p>';
const page = (underHeadline: string, head = ''): string =>
  `<html><head><title>Governor welcomes trade delegation | Example Post</title>${head}</head><body><nav><a href="/">Home</a></nav><main><h1>Governor welcomes trade delegation from the coast</h1>${underHeadline}${PARAGRAPH.repeat(3)}</main></body></html>`;
const published = (html: string): string | null => {
  const doc = extractHtmlString(html, 'page.html');
  return parseRecordText(doc.text, { hints: doc.hints }).publishedAt;
};

describe('the date a page prints under its headline dates it', () => {
  test('"December 16, 2016, 4:19 PM" in a plain <div> after the byline gives 16 December 2016', () => {
    assert.equal(published(page('<div>By A. Reporter</div><div><div>December 16, 2016, 4:19 PM</div></div>')), '2016-12-16');
  });

  test('"20.01.2022" after a standfirst and a photo gives 20 January 2022', () => {
    const standfirst =
      '<p>The province hopes the visit opens a new chapter in its trade with the coast, where two ports are looking for partners inland.</p>';
    assert.equal(
      published(
        page(
          `${standfirst}<figure><img src="x.jpg"><figcaption>Foto: 19.01.2022</figcaption></figure><span class="rte">20.01.2022</span>`,
        ),
      ),
      '2022-01-20',
    );
  });

  test('an update stamp, a linked story, a caption, or a date after the opening paragraphs is not the page’s', () => {
    const under = (html: string) => dateUnderHeadline(parseHTML(page(html)).document as unknown as Document);
    assert.equal(under('<div>Updated: April 26, 2022</div>'), null);
    assert.equal(under('<ul><li><a href="/older">April 26, 2022</a></li></ul>'), null);
    assert.equal(under('<figure><figcaption>April 26, 2022</figcaption></figure>'), null);
    assert.equal(under(`${PARAGRAPH.repeat(2)}<div>April 26, 2022</div>`), null);
  });

  test('a line that only mentions a date is not a date line', () => {
    assert.equal(published(page('<div>Talks resumed on April 26, 2022 in the capital</div>')), null);
  });

  test("the page's own tags win over a date printed under the headline", () => {
    assert.equal(
      published(
        page('<div>April 26, 2022</div>', '<meta property="article:published_time" content="2022-04-27T08:00:00+02:00">'),
      ),
      '2022-04-27',
    );
  });
});
