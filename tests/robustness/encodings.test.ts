// Text arrives whole whatever its encoding: one damaged byte costs one character (U+FFFD where it
// stood), never the whole record; UTF-16 and UTF-32 read with or without a byte-order mark; a file
// that was never UTF-8 is read in its legacy encoding, and the import says so.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decodeTextWithWarnings } from '../../electron/node/library/decode.ts';
import type { ImportOutcome, RecordDetail } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

const record =
  'Foreign Ministers’ Meeting in Hà Nội\n\nMinister Bùi Thanh Sơn met Foreign Minister 박진 on 3 May 2024; both sides’ officials attended. 🇻🇳\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}
function utf32(text: string, bigEndian: boolean): Uint8Array {
  const cps = [...text].map((ch) => ch.codePointAt(0) as number);
  const view = new DataView(new ArrayBuffer(cps.length * 4));
  for (const [i, cp] of cps.entries()) view.setUint32(i * 4, cp, !bigEndian);
  return new Uint8Array(view.buffer);
}
const join2 = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('every encoding arrives intact', () => {
  const utf8 = new TextEncoder().encode(record);
  const forms: [string, Uint8Array][] = [
    ['UTF-8 with a BOM', join2(Uint8Array.of(0xef, 0xbb, 0xbf), utf8)],
    ['UTF-16 LE with a BOM', join2(Uint8Array.of(0xff, 0xfe), utf16(record, false))],
    ['UTF-16 BE with a BOM', join2(Uint8Array.of(0xfe, 0xff), utf16(record, true))],
    ['UTF-16 LE without a BOM', utf16(record, false)],
    ['UTF-16 BE without a BOM', utf16(record, true)],
    ['UTF-32 LE with a BOM', join2(Uint8Array.of(0xff, 0xfe, 0, 0), utf32(record, false))],
    ['UTF-32 BE with a BOM', join2(Uint8Array.of(0, 0, 0xfe, 0xff), utf32(record, true))],
    ['UTF-32 LE without a BOM', utf32(record, false)],
    ['UTF-32 BE without a BOM', utf32(record, true)],
  ];
  for (const [form, bytes] of forms) {
    test(`${form} reads letter for letter, with no warning`, () => {
      assert.deepEqual(decodeTextWithWarnings(bytes, 'readout.txt'), { text: record, warnings: [] });
    });
  }

  test('one invalid byte in UTF-8 becomes one “�” at its place; every other letter stays, and the import says so', () => {
    const at = new TextEncoder().encode(record.slice(0, 20)).length;
    const damaged = join2(utf8.subarray(0, at), Uint8Array.of(0xff), utf8.subarray(at));
    const { text, warnings } = decodeTextWithWarnings(damaged, 'readout.txt');
    assert.equal(text, `${record.slice(0, 20)}\ufffd${record.slice(20)}`);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] as string, /one damaged character .* shows as “�” where it stood/);
  });

  test('a Windows-1252 file (never UTF-8) is read as such, and the import says which encoding it took', () => {
    const latin = new Uint8Array([...'Caf\xe9 talks: the ministers\x92 agreement, 3 May.'].map((c) => c.charCodeAt(0)));
    const { text, warnings } = decodeTextWithWarnings(latin, 'old.txt');
    assert.equal(text, 'Café talks: the ministers’ agreement, 3 May.');
    assert.match(warnings[0] as string, /not in UTF-8; Briefbook read it as Western European \(Windows-1252\)/);
  });

  describe('through the import', () => {
    let lib: ReturnType<typeof tempBackend>;
    before(() => {
      lib = tempBackend({ seed: false });
    });
    after(() => lib.dispose());

    test('a record with one damaged byte imports with its Vietnamese and Korean intact, and a warning', async () => {
      const file = join(lib.dir, 'damaged.txt');
      writeFileSync(file, join2(utf8.subarray(0, 20), Uint8Array.of(0xc3), utf8.subarray(20)));
      const [outcome] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [file] }));
      assert.ok(outcome?.ok, JSON.stringify(outcome));
      if (!outcome?.ok) return;
      assert.equal(outcome.warnings?.length, 1);
      const detail = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id }));
      const all = detail.paragraphs.map((p) => p.text).join('\n');
      assert.match(all, /Bùi Thanh Sơn met Foreign Minister 박진/);
      assert.ok(!/Ã|â€/.test(all + detail.title), 'no mojibake');
    });

    test('UTF-32 imports as words, not spaced-out letters', async () => {
      const other = tempBackend({ seed: false });
      const file = join(other.dir, 'wide.txt');
      writeFileSync(file, join2(Uint8Array.of(0xff, 0xfe, 0, 0), utf32(record, false)));
      const [outcome] = unwrap<ImportOutcome[]>(await other.dispatch('library.import', { paths: [file] }));
      other.dispose();
      assert.ok(outcome?.ok, JSON.stringify(outcome));
      if (outcome?.ok) assert.match(outcome.record.title, /^Foreign Ministers’ Meeting/);
    });
  });
});
