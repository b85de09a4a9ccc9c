// A saved page's declared charset against its bytes: a page saved again as UTF-8 that still says
// gb2312 is read as UTF-8; a page really in GBK is read as GBK.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDocument } from '../../electron/node/library/extract/index.ts';

const page = (body: Uint8Array) =>
  new Uint8Array([
    ...new TextEncoder().encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>t</title></head><body><p>',
    ),
    ...body,
    ...new TextEncoder().encode('</p></body></html>'),
  ]);

test('a Chinese page saved again as UTF-8 but still declaring gb2312 keeps its letters', async () => {
  const doc = await extractDocument(page(new TextEncoder().encode('中国外交部长王毅会见越南外长。')), 'page.html');
  assert.match(doc.text, /中国外交部长王毅会见越南外长/);
});

test('a page really written in GBK, as it declares, is read as GBK', async () => {
  // "中国" in GBK: D6D0 B9FA, not valid UTF-8.
  const doc = await extractDocument(page(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa])), 'page.html');
  assert.match(doc.text, /中国/);
});
