import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, foldCompatible, foldForIndex, foldKeepingCase } from '../../electron/shared/fold.ts';

test('"Pham Binh Minh" and "Phạm Bình Minh" fold alike, and "Da Nang" finds "Đà Nẵng"', () => {
  assert.equal(fold('Phạm Bình Minh'), fold('Pham Binh Minh'));
  assert.equal(fold('Đà Nẵng'), 'da nang');
  assert.equal(foldKeepingCase('Biển Đông'), 'Bien Dong');
  assert.equal(foldKeepingCase('한국'), '한국');
});

test('the index folds only đ and keeps every offset, so highlights land on the original text', () => {
  const text = 'Đà Nẵng, Việt Nam';
  assert.equal(foldForIndex(text), 'Dà Nẵng, Việt Nam');
  assert.equal(foldForIndex(text).length, text.normalize('NFC').length);
});

test('duplicate detection also folds a PDF ligature; search does not', () => {
  assert.equal(foldCompatible('eﬀective ﬁnance'), 'effective finance');
  assert.notEqual(fold('ﬁnance'), 'finance');
});
