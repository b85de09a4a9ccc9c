// The Word importer's look inside the archive before mammoth unpacks it (fflate): sizes are read
// without inflating, one small entry is read within a bound, and a broken file says so in words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readZipDirectory, readZipEntry, ZipProblem } from '../../electron/node/library/extract/zip.ts';

const docx = new Uint8Array(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'records', 'd01_vna_minh-kerry-phone.docx')),
);

test('a Word file lists its parts and their sizes, and its properties can be read without unpacking the rest', () => {
  const dir = readZipDirectory(docx);
  assert.ok(dir.entries.some((e) => e.name === 'word/document.xml'));
  assert.ok(dir.totalUncompressed > dir.totalCompressed);
  const core = dir.entries.find((e) => e.name === 'docProps/core.xml');
  assert.ok(core);
  assert.match(new TextDecoder().decode(readZipEntry(docx, core) ?? new Uint8Array()), /coreProperties/);
  assert.equal(readZipEntry(docx, core, 10), null, 'an entry larger than the bound is not read');
});

test('half a Word file is damaged, and a text file is not an archive', () => {
  assert.throws(
    () => readZipDirectory(docx.subarray(0, Math.floor(docx.length / 2))),
    (e: unknown) => e instanceof ZipProblem && e.kind === 'damaged' && /incomplete or damaged/.test(e.message),
  );
  assert.throws(
    () => readZipDirectory(new TextEncoder().encode('The ministers met in Hanoi on Tuesday and agreed to meet again.')),
    (e: unknown) => e instanceof ZipProblem && e.kind === 'not-zip',
  );
});
