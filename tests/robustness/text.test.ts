// Large and odd text files: each imports, or is refused in one line, within the bound, and a
// refused file leaves the library as it was.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { assertWithinBound, runChild, scratch } from './helpers.ts';

const vietnamese = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hàn Quốc về hợp tác thương mại. ';

describe('large and odd text files import within the bound', () => {
  const s = scratch();
  after(() => s.dispose());
  const run = (name: string, text: string | Uint8Array) => {
    const file = s.path(name);
    writeFileSync(file, text);
    const r = runChild('import', join(s.dir, `lib-${name}`), file);
    assertWithinBound(r);
    return r;
  };

  test('3.9 million characters of Vietnamese on one line import, split into paragraphs', () => {
    const r = run('one-line-vi.txt', vietnamese.repeat(Math.floor(3_900_000 / vietnamese.length)));
    assert.ok(r.ok, r.message ?? '');
    assert.ok(r.paragraphs > 150, `${r.paragraphs} paragraphs`);
  });

  test('10 MB on one line is refused as more text than one record, not a stack overflow', () => {
    const r = run('one-line-10mb.txt', 'word '.repeat(2_000_000));
    assert.equal(r.code, 'IMPORT_TOO_LARGE');
    assert.match(r.message ?? '', /holds 10\.0 million characters of text, more than Briefbook reads as one record/);
  });

  test('a 20 MB text file is refused in words within the bound', () => {
    const paragraph = 'The ministers agreed to strengthen cooperation in trade and investment. ';
    const r = run('big-20mb.txt', `${paragraph.repeat(8)}\n\n`.repeat(Math.ceil(20_000_000 / (paragraph.length * 8 + 2))));
    assert.equal(r.code, 'IMPORT_TOO_LARGE');
  });

  test('30,000 short paragraphs are more than a record keeps (and a .briefbook holds)', () => {
    const r = run('many.txt', 'Both sides agreed to meet again.\n\n'.repeat(30_000));
    assert.equal(r.code, 'IMPORT_TOO_LARGE');
    assert.match(r.message ?? '', /has 30,000 paragraphs, more than Briefbook keeps in one record \(at most 20,000\)/);
  });

  test('a file of punctuation has no readable text and is refused, not stored with an empty title', () => {
    const r = run('dots.txt', '... --- !!! ??? ***\n\n;;; ,,, ///\n');
    assert.equal(r.code, 'IMPORT_EMPTY');
    assert.match(r.message ?? '', /dots\.txt has no readable text/);
  });
});
