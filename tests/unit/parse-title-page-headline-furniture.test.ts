// A saved page's <h1> is not always the article's: a sidebar box ("Topnews - Primo Piano") or
// another story's teaser may be the only <h1> left, while the page's own title names the headline.
// A headline <h1> may also carry the date line inside it ("Datum: 26.01.2022 Pressemitteilung: 6/2022"),
// and a <title> may run "Headline | Section | Desk | Site". The desk officer wants the headline.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const PARAGRAPH =
  '<p>Cold air from the north reached the central regions overnight, bringing snow to the hills and strong winds along the coast, while the north stayed unusually mild.</p>';
const parsed = (head: string, body: string) => {
  const doc = extractHtmlString(`<html><head>${head}</head><body>${body}${PARAGRAPH.repeat(3)}</body></html>`, 'page.html');
  return parseRecordText(doc.text, { hints: doc.hints });
};

describe('the headline of a saved page', () => {
  const HEADLINE = 'Polar cold reaches the centre and the south while the north stays mild';
  test('a sidebar <h1> sharing no word with the headline that title and sharing title agree on gives way to it', () => {
    const r = parsed(
      `<title>${HEADLINE} - Example Paper</title><meta property="og:title" content="${HEADLINE} - Example Paper">`,
      '<aside><h1><span>Topnews - Front page</span></h1></aside>',
    );
    assert.equal(r.title, HEADLINE);
  });

  test('a sharing title alone does not outvote the printed <h1>', () => {
    const r = parsed(`<meta property="og:title" content="${HEADLINE}">`, '<h1>Ministers agree to expand the rail link</h1>');
    assert.equal(r.title, 'Ministers agree to expand the rail link');
  });

  test('a reworded <h1> that shares words with the page title stays the headline', () => {
    const r = parsed(
      '<title>Cold snap: snow in the central hills - Example Paper</title>',
      '<h1>Polar cold brings snow to the central hills overnight</h1>',
    );
    assert.equal(r.title, 'Polar cold brings snow to the central hills overnight');
  });

  test('a date line set inside the <h1> is not part of the headline', () => {
    const r = parsed(
      '<title>Minister opens research project on data protection for learning apps</title>',
      '<h1>Minister opens research project on data protection for learning apps <span>: </span><small><span>Datum: <time datetime="2022-01-26">26.01.2022</time></span> <span>Press release 6/2022</span></small></h1>',
    );
    assert.equal(r.title, 'Minister opens research project on data protection for learning apps');
  });

  test('"Headline | Section | Desk | Site" keeps the headline when no <h1> names it', () => {
    const r = parsed(
      '<title>索尼業績遭波及 已向美國申請供貨華為手機 | 兩岸焦點 | 兩岸 | 經濟日報</title><meta property="og:site_name" content="經濟日報">',
      '<div>經濟日報</div>',
    );
    assert.equal(r.title, '索尼業績遭波及 已向美國申請供貨華為手機');
  });
});
