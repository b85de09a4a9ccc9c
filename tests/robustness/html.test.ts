// Cheap HTML is no denial of service: nesting to 50,000, unclosed tags, a 10 MB line, 100,000 list
// items and far too many elements each import (or are refused in one line) within the bound.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { boundHtml } from '../../electron/node/library/extract/html-bounds.ts';
import { MAX_HTML_ELEMENTS } from '../../electron/shared/limits.ts';
import { assertWithinBound, runChild, scratch } from './helpers.ts';

const page = (body: string) => `<!doctype html><html><head><title>Talks</title></head><body>${body}</body></html>`;
const lead =
  '<h1>Foreign Ministers meet in Seoul</h1><p>The two ministers met in Seoul on 3 May 2024 and agreed to deepen cooperation.</p>';

describe('a hostile web page imports within the bound', () => {
  const s = scratch();
  after(() => s.dispose());
  const run = (name: string, html: string) => {
    const file = s.path(name);
    writeFileSync(file, html);
    const r = runChild('import', join(s.dir, `lib-${name}`), file);
    assertWithinBound(r);
    return r;
  };

  test('50,000 nested <div>s import, with the text at the bottom kept', () => {
    const r = run('nested-50000.html', page(`${lead}${'<div>'.repeat(50_000)}deepest words${'</div>'.repeat(50_000)}`));
    assert.ok(r.ok, r.message ?? '');
    assert.equal(r.title, 'Foreign Ministers meet in Seoul');
  });

  test('50,000 unclosed <b>, <span/> and <div/> tags import', () => {
    const r = run('unclosed.html', page(`${lead}${'<b><span/><div/>x '.repeat(50_000)}`));
    assert.ok(r.ok, r.message ?? '');
  });

  test('a paragraph of 3.9 MB on one line imports, in paragraphs of bounded length', () => {
    const sentence = 'The ministers agreed to expand trade and investment between the two countries. ';
    const r = run('one-line.html', page(`${lead}<p>${sentence.repeat(Math.floor(3_900_000 / sentence.length))}</p>`));
    assert.ok(r.ok, r.message ?? '');
    assert.ok(r.paragraphs > 100, `${r.paragraphs} paragraphs`);
  });

  test('an ordered list of 100,000 items is read in linear time, and refused as more paragraphs than a record keeps', () => {
    const r = run('list.html', page(`${lead}<ol>${'<li>item</li>'.repeat(100_000)}</ol>`));
    assert.equal(r.ok, false, 'more paragraphs than a record keeps');
    assert.equal(r.code, 'IMPORT_TOO_LARGE');
    assert.match(r.message ?? '', /has 100,00\d paragraphs, more than Briefbook keeps in one record/);
  });

  test('a page with more elements than any real page is refused in words', () => {
    const r = run('wide.html', page(`${lead}${'<i></i>'.repeat(MAX_HTML_ELEMENTS + 1)}`));
    assert.equal(r.code, 'IMPORT_UNSAFE');
    assert.match(r.message ?? '', /has more than 300,000 HTML elements/);
  });

  test('a real page comes back from the bound as the very same string', () => {
    const real = page(
      `${lead}<ul><li>one<li>two</ul><table><tr><td>a<td>b</table><p>one<p>two<svg><path/></svg><script>if (a<b) x()</script>`,
    );
    const b = boundHtml(real);
    assert.ok(b.ok && b.html === real && b.flattened === 0);
    const deep = boundHtml(`${'<div>'.repeat(300)}x${'</div>'.repeat(300)}`, 256);
    assert.ok(deep.ok && deep.flattened === 44);
  });
});
