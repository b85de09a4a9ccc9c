import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportBookPdf, pdfFileName } from '../../electron/node/pdf/index.ts';
import { cleanText, FALLBACK, resolveCluster } from '../../electron/node/pdf/text.ts';
import { CLOSING, CLOSING_ASCII, OPENING, OPENING_ASCII, tokenize } from '../../electron/node/pdf/words.ts';
import { body, fixture, flat, keep, PARA_3, PARA_3_1, PARA_4, PARA_4_1, pagesText, pdfInfo, run } from '../helpers/pdf-book.ts';

// ---------- Tests ----------

describe('pdf text preparation', () => {
  test('normalises to NFC and drops invisible characters', () => {
    assert.equal(cleanText('Pha\u0323m Bi\u0300nh Minh\u200B\u00AD'), 'Phạm Bình Minh');
    assert.equal(cleanText('a\tb\r\nc'), 'a b\nc');
  });

  test('falls back by glyph coverage and never leaves an uncovered character', () => {
    const covers = (font: string, cp: number) =>
      font.startsWith('kr') ? cp < 0x3000 || (cp >= 0xac00 && cp <= 0xd7a3) : cp < 0x2000;
    assert.deepEqual(resolveCluster('외', 'regular', covers), { text: '외', font: 'kr' });
    assert.deepEqual(resolveCluster('ạ', 'bold', covers), { text: 'ạ', font: 'sans-bold' });
    assert.deepEqual(resolveCluster('😀', 'regular', covers), { text: '?', font: 'sans' });
    assert.deepEqual(FALLBACK.italic, ['sans-italic', 'sans', 'kr']);
    const words = tokenize([{ text: 'Phạm 외교부 Đà Nẵng', face: 'regular', size: 10, color: '#000' }], covers).toRuns();
    assert.deepEqual(
      words.map((w) => (w === 'break' ? 'BR' : w.map((r) => `${r.font}:${r.text}`).join('|'))),
      ['sans:Phạm', 'kr:외교부', 'sans:Đà', 'sans:Nẵng'],
    );
  });
});

test('no line starts with ASCII closing punctuation or ends with an opening bracket, by the same rules as for any script', () => {
  for (let c = 0x21; c <= 0x7e; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(CLOSING_ASCII.has(c), CLOSING.test(ch), `closing ${ch}`);
    assert.equal(OPENING_ASCII.has(c), OPENING.test(ch), `opening ${ch}`);
  }
  // A word after a lone opening bracket, and a word starting with a closing one, are glued to what precedes them.
  const words = tokenize([{ text: 'see ( note )x end', face: 'regular', size: 10, color: '#000' }], () => true);
  assert.deepEqual([...words.glue.slice(0, words.count)], [0, 0, 1, 1, 0]);
});

describe('pdfFileName', () => {
  const b = fixture().book;
  test('keeps a plain title', () => {
    assert.equal(pdfFileName(b), 'Visit of the Foreign Minister of Viet Nam.pdf');
  });
  test('is safe on every OS', () => {
    assert.equal(pdfFileName({ ...b, title: 'a/b\\c:d*e?"f"<g>|h. ' }), 'a b c d e f g h.pdf');
    assert.equal(pdfFileName({ ...b, title: '   ' }), 'Briefing book.pdf');
    assert.equal(pdfFileName({ ...b, title: 'CON' }), 'CON (briefing book).pdf');
    const long = pdfFileName({ ...b, title: '외교부'.repeat(100) });
    assert.ok(Buffer.byteLength(long) <= 190, long);
    assert.equal(pdfFileName({ ...b, title: 'Pha\u0323m Bi\u0300nh Minh' }), 'Phạm Bình Minh.pdf');
  });
});

describe('briefing book PDF (worker export)', () => {
  let dir = '';
  let file = '';
  let pages: string[] = [];
  let stats = { pages: 0, bytes: 0 };
  const progress: { stage: string; done: number; total: number }[] = [];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-'));
    file = path.join(dir, pdfFileName(fixture().book));
    stats = await exportBookPdf(fixture(), file, { onProgress: (p) => progress.push(p) });
    pages = pagesText(file);
    if (keep) copyFileSync(file, path.join(keep, 'fixture.pdf'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('writes only the final file and reports pages and bytes', () => {
    assert.deepEqual(readdirSync(dir), [path.basename(file)]);
    assert.ok(stats.bytes > 10_000);
    assert.equal(stats.pages, pages.length);
    assert.ok(stats.pages >= 4, `pages: ${stats.pages}`);
  });

  test('reports layout progress for every section, point and record, then write and done', () => {
    const layout = progress.filter((p) => p.stage === 'layout');
    // 2 sections with points + 6 points + 2 records
    assert.equal(layout[layout.length - 1]?.total, 10);
    assert.equal(layout[layout.length - 1]?.done, 10);
    assert.ok(progress.some((p) => p.stage === 'write'));
    assert.deepEqual(progress[progress.length - 1], { stage: 'done', done: 1, total: 1 });
  });

  test('metadata', () => {
    const info = pdfInfo(file);
    assert.equal(info.Title, 'Visit of the Foreign Minister of Viet Nam');
    assert.equal(info.Author, 'Viet Nam Desk, Southeast Asia Division');
    assert.equal(info.Subject, 'Bilateral meeting with Deputy Prime Minister Phạm Bình Minh');
    assert.equal(info.Creator, 'Briefbook');
    assert.match(info.Keywords ?? '', /RESTRICTED/);
    assert.equal(Number(info.Pages), stats.pages);
    assert.match(info['Page size'] ?? '', /595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  test('cover', () => {
    const cover = flat(pages[0] ?? '');
    for (const s of [
      'BRIEFING BOOK',
      'Visit of the Foreign Minister of Viet Nam',
      'Bilateral meeting with Deputy Prime Minister Phạm Bình Minh',
      '18 September 2020',
      'Hanoi, Viet Nam',
      'Minister of Foreign Affairs Kang Kyung-wha',
      'Viet Nam Desk, Southeast Asia Division',
      'RESTRICTED',
    ]) {
      assert.ok(cover.includes(s), `cover lacks ${s}:\n${cover}`);
    }
  });

  test('contents lists numbered sections and the annex with page numbers', () => {
    const toc = pages[1] ?? '';
    assert.match(toc, /Contents/);
    assert.match(toc, /2\s+Key messages\s+3\b/);
    assert.match(toc, /3\s+Talking points: economic recovery\s+\d+/);
    assert.match(toc, /Annex: Source records\s+\d+/);
    assert.match(toc, /A\.1\s+ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon\s+\d+/);
    assert.doesNotMatch(toc, /Objectives/, 'empty sections are left out');
    // Every page number in the contents points at the page where that heading is.
    for (const m of toc.matchAll(/^\s*(?:\d+|A\.\d+)?\s+(.+?)\s{2,}(\d+)\s*$/gm)) {
      const title = (m[1] ?? '').trim();
      const target = pages[Number(m[2]) - 1] ?? '';
      assert.ok(flat(target).includes(title.slice(0, 30)), `contents says "${title}" is on page ${m[2]}`);
    }
  });

  test('sections, numbered points and citations', () => {
    const text = flat(pages.map(body).slice(2).join('\n'));
    // The empty Objectives section is left out but keeps its number: Key messages stay section 2.
    assert.match(text, /2\. Key messages/);
    assert.match(text, /2\.1 We agree on the need to introduce special entry procedures/);
    assert.match(text, /2\.3 We look forward/);
    assert.match(text, /3\.1 Vaccines and treatments/);
    assert.ok(text.includes('Source: ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon, 2020-09-22, para 3 '), text);
    assert.ok(text.includes('Source: ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon, 2020-09-22, para 3.1'));
    assert.ok(
      text.includes('Source: Bộ trưởng Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Hàn Quốc, para 2'),
      'no date when publishedAt is null',
    );
    assert.ok(text.includes('3.3 A point without a recorded source stays in the book.'));
  });

  test('Vietnamese and Hangul extract exactly (no tofu, no decomposed marks)', () => {
    const all = pages.join('\n');
    for (const s of ['Phạm Bình Minh', '외교부', 'Đà Nẵng', 'Bộ trưởng Bùi Thanh Sơn', '한-베트남 관계의 중요성을 강조했다']) {
      assert.ok(all.includes(s), `missing ${s}`);
    }
    assert.ok(!all.includes('\uFFFD'));
    assert.equal(all, all.normalize('NFC'));
  });

  test('annex reproduces every record paragraph with its label and marks the cited ones', () => {
    const annexStart = pages.findIndex((p) => /Annex: Source records/.test(p) && !/Contents/.test(p));
    assert.ok(annexStart > 2);
    const annex = flat(pages.map(body).slice(annexStart).join('\n'));
    assert.ok(annex.includes(`3 ${PARA_3}`), 'para 3 in full with its label');
    assert.ok(annex.includes(`3.1 ${PARA_3_1}`));
    assert.ok(annex.includes(`4 ${PARA_4}`));
    assert.ok(annex.includes(`4.1 ${PARA_4_1}`));
    assert.match(annex, /Cited in point 2\.1/);
    assert.match(annex, /Cited in point 3\.1/);
    assert.match(annex, /Publisher Ministry of Foreign Affairs, Republic of Korea \(외교부\)/);
    assert.match(annex, /Published 22 September 2020/);
    assert.match(annex, /Phạm Bình Minh, Deputy Prime Minister and Minister of Foreign Affairs \(Viet Nam\)/);
    assert.match(annex, /A\.2 Bộ trưởng Bùi Thanh Sơn/);
  });

  test('every page carries the marking top and bottom and "Page X of Y"', () => {
    const n = pages.length;
    pages.forEach((p, i) => {
      const lines = p.split('\n').filter((l) => l.trim() !== '');
      assert.match(lines[0] ?? '', /^\s*RESTRICTED\s*$/, `top marking on page ${i + 1}`);
      assert.match(lines[lines.length - 1] ?? '', /^\s*RESTRICTED\s*$/, `bottom marking on page ${i + 1}`);
      assert.ok(p.includes(`Page ${i + 1} of ${n}`), `footer on page ${i + 1}`);
      if (i > 0) assert.ok(p.includes('Visit of the Foreign Minister of Viet Nam'), `running header on page ${i + 1}`);
    });
  });

  test('fonts are embedded TrueType subsets, no Type 3', () => {
    const rows = run('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    assert.ok(rows.length >= 3, rows.join('\n'));
    for (const row of rows) {
      assert.doesNotMatch(row, /Type 3/);
      // columns: name type encoding emb sub uni object ID
      const cols = row.trim().split(/\s+/);
      assert.equal(cols[cols.length - 5], 'yes', `not embedded: ${row}`);
    }
    assert.ok(rows.some((r) => /NotoSansKR/.test(r)));
    assert.ok(rows.some((r) => /NotoSans-Bold/.test(r)));
  });

  test('bookmarks for cover, contents, sections, annex and each record; named destinations for links', () => {
    // Outline dictionaries are not compressed: their titles are literal PDF strings in the file.
    const raw = readFileSync(file, 'latin1');
    for (const t of ['Cover', 'Contents', '2. Key messages', '3. Talking points: economic recovery', 'Annex: Source records']) {
      assert.ok(raw.includes(`/Title (${t})`), `bookmark ${t}`);
    }
    // The record bookmarks are non-ASCII (’ and Vietnamese), so UTF-16 strings: count the outline entries instead.
    assert.equal(
      (raw.match(/\/Parent \d+ 0 R\n\/Title /g) ?? []).length,
      13,
      'Cover, Contents, 2 sections, 6 points, Annex, 2 records',
    );
    const dests = run('pdfinfo', ['-dests', file]);
    for (const d of ['"section-2"', '"section-3"', '"annex"', '"record-1"', '"record-2"', '"para-1-3"'])
      assert.ok(dests.includes(d), d);
    assert.match(dests, /^\s*3 \[ XYZ .*"section-2"$/m, 'section 2 on page 3');
  });
});
