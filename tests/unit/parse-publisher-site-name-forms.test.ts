// Who published a saved page, as the page spells it: a sharing name that is only the domain
// ("examplepaper.it") gives way to the name the <title> ends with when it is the same letters
// ("Example Paper"); a <title> ending in a domain ("… — example.ua") names the site; a copyright
// line whose quoted name is set aside leaves only a legal form ("ООО"), which names nobody.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const PARAGRAPH =
  '<p>The striker announced on Monday that he would no longer play for the national team, ending a career of thirteen years and more than a hundred caps.</p>';
const publisher = (head: string, foot = ''): string | null => {
  const doc = extractHtmlString(
    `<html><head>${head}</head><body><h1>Striker ends his national team career after thirteen years</h1>${PARAGRAPH.repeat(3)}${foot}</body></html>`,
    'page.html',
  );
  return parseRecordText(doc.text, { hints: doc.hints }).publisher;
};

describe('the site name a page spells', () => {
  test('a domain-form site name yields to the same name spelled in the title', () => {
    const head =
      '<title>Striker ends his national team career after thirteen years - Example Paper</title><meta property="og:site_name" content="examplepaper.it">';
    assert.equal(publisher(head), 'Example Paper');
  });

  test('a domain-form site name stays when the title names someone else', () => {
    const head =
      '<title>Striker ends his national team career after thirteen years - Daily Planet</title><meta property="og:site_name" content="examplepaper.it">';
    assert.equal(publisher(head), 'examplepaper.it');
  });

  test('a title ending in a domain names the site, and a bare legal form in the copyright line names nobody', () => {
    const head = '<title>Striker ends his career &mdash; example.ua</title>';
    const foot = '<footer><p>© 2006-2019 ООО "Издательский дом". Все права защищены.</p></footer>';
    assert.equal(publisher(head, foot), 'example.ua');
  });
});
