import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Book, Citation, RecordDetail, Section, TalkingPoint } from '../../electron/api/types.ts';
import { FONT_FILE_NAMES } from '../../electron/services/pdf/fonts.ts';
import { exportBookPdf, type PrintableBook, pdfFileName, renderBookPdf } from '../../electron/services/pdf/index.ts';
import { cleanText, FALLBACK, resolveCluster } from '../../electron/services/pdf/text.ts';
import { CLOSING, CLOSING_ASCII, OPENING, OPENING_ASCII, tokenize } from '../../electron/services/pdf/words.ts';

// ---------- Fixture: the real 2020-09-22 press release (paragraphs 1-4) and a Vietnamese-side record ----------

const REC1 = 'rec-000';
const REC2 = 'rec-003';
const TITLE1 = 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon';

const para = (recordId: string, label: string, ordinal: number, text: string) => ({
  id: `${recordId}:${label}`,
  recordId,
  label,
  ordinal,
  text,
});

const PARA_3 =
  'In particular, Minister Kang and Deputy Prime Minister Minh deeply agreed on the need to introduce special entry procedures between the two countries. Deputy Prime Minister Minh said that he expects his country to soon come up with measures simplifying entry procedures to offer more favorable conditions to Korean business people and other essential personnel, and suggested continuing close consultations to make a working-level agreement on concrete measures.';
const PARA_3_1 =
  'On regular flights between the two countries, they agreed to begin by resuming the Incheon-Hanoi and Incheon-Ho Chi Minh routes as early as possible after final rounds of consultations between the aviation authorities of the two countries.';
const PARA_4 =
  'Deputy Prime Minister Minh praised the healthcare and medical capabilities that the ROK has shown in responding to COVID-19, and hoped to cooperate with the ROK in developing and producing vaccines. He added that the role of relevant international organizations, including the International Vaccine Institute located in the ROK, is also important.';
const PARA_4_1 =
  'Minister Kang mentioned that vaccines and treatments for COVID-19 are public goods for mankind and cross-border cooperation is necessary for the smooth execution of vaccine development and distribution. She went on to say that she looks forward to continued cooperation with Viet Nam in clinical trials and equitable access.';

function record1(): RecordDetail {
  return {
    id: REC1,
    title: TITLE1,
    publisher: 'Ministry of Foreign Affairs, Republic of Korea (외교부)',
    publishedAt: '2020-09-22T13:26:07',
    meetingDate: '2020-09-18',
    place: 'Guest house of the Ministry of Foreign Affairs of Viet Nam, Hanoi',
    language: 'en',
    paragraphCount: 7,
    sourceName: '000_14d4902e11750d46.txt',
    importedAt: '2024-03-01T09:00:00Z',
    participants: [
      { name: 'Kang Kyung-wha', role: 'Minister of Foreign Affairs', country: 'Republic of Korea', aliases: ['Minister Kang'] },
      {
        name: 'Phạm Bình Minh',
        role: 'Deputy Prime Minister and Minister of Foreign Affairs',
        country: 'Viet Nam',
        aliases: ['Pham Binh Minh', 'Prime Minister Minh'],
      },
    ],
    paragraphs: [
      para(
        REC1,
        '1',
        0,
        'Minister of Foreign Affairs Kang, Kyung-wha, who is on an official visit to the Socialist Republic of Viet Nam, had a meeting on the morning of September 18 and an official luncheon with Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam Pham Binh Minh at the guest house of the Ministry of Foreign Affairs of Viet Nam. The two sides had an extensive and in-depth discussion on cooperation in COVID-19 response, the way forward for the Republic of Korea-Viet Nam strategic cooperative partnership, and key bilateral and multilateral issues.',
      ),
      para(
        REC1,
        '2',
        1,
        'Minister Kang assessed that her visit to Viet Nam, the first ASEAN country she has visited since the COVID-19 pandemic, reflects the special ROK-Viet Nam relations.',
      ),
      para(REC1, '3', 2, PARA_3),
      para(REC1, '3.1', 3, PARA_3_1),
      para(REC1, '4', 4, PARA_4),
      para(REC1, '4.1', 5, PARA_4_1),
      para(
        REC1,
        '5',
        6,
        'In addition, the two sides had a very fruitful discussion on ways to make tangible progress on substantive cooperation between the ROK and Viet Nam.',
      ),
    ],
    dateNotes: [],
    usedParagraphIds: [`${REC1}:3`, `${REC1}:4`],
  };
}

function record2(): RecordDetail {
  return {
    id: REC2,
    title: 'Bộ trưởng Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Hàn Quốc',
    publisher: 'Báo Quốc tế (Thế giới & Việt Nam)',
    publishedAt: null,
    meetingDate: '2021-06-15',
    place: 'Hà Nội',
    language: 'vi',
    paragraphCount: 2,
    sourceName: '003_8efa98ed4426d19f.txt',
    importedAt: '2024-03-01T09:01:00Z',
    participants: [
      { name: null, role: 'Head of the RoK’s ASEAN SOM', country: 'Republic of Korea', aliases: ['the Korean diplomat'] },
    ],
    paragraphs: [
      para(
        REC2,
        '1',
        0,
        'FM Son said that the two sides should maintain trade and investment exchange, support and create favorable conditions for Korean investors and businesses to overcome the impacts of the pandemic, stabilize and expand production and business.',
      ),
      para(
        REC2,
        '2',
        1,
        'Ngoại trưởng Bùi Thanh Sơn đề nghị hai bên duy trì đối thoại, xây dựng lòng tin; 외교부 대변인은 한-베트남 관계의 중요성을 강조했다 (Đà Nẵng, Huế).',
      ),
    ],
    dateNotes: [],
    usedParagraphIds: [],
  };
}

function cite(r: RecordDetail, label: string): Citation {
  const p = r.paragraphs.find((x) => x.label === label);
  if (!p) throw new Error(`no para ${label}`);
  return { recordId: r.id, paragraphId: p.id, label, recordTitle: r.title, publishedAt: r.publishedAt, sourceText: p.text };
}

function point(sectionId: string, ordinal: number, text: string, citation: Citation | null): TalkingPoint {
  return { id: `${sectionId}-p${ordinal}`, sectionId, ordinal, text, kind: 'talking-point', marking: null, citation };
}

function section(id: string, ordinal: number, title: string, key: Section['key'], points: TalkingPoint[]): Section {
  return { id, bookId: 'book-1', key, title, ordinal, points };
}

function fixture(): PrintableBook {
  const r1 = record1();
  const r2 = record2();
  const book: Book = {
    id: 'book-1',
    title: 'Visit of the Foreign Minister of Viet Nam',
    meeting: 'Bilateral meeting with Deputy Prime Minister Phạm Bình Minh',
    meetingDate: '2020-09-18',
    place: 'Hanoi, Viet Nam',
    principal: 'Minister of Foreign Affairs Kang Kyung-wha',
    counterpart: 'Deputy Prime Minister and Minister of Foreign Affairs Phạm Bình Minh',
    preparedBy: 'Viet Nam Desk, Southeast Asia Division',
    classification: 'RESTRICTED',
    createdAt: '2024-03-01T09:00:00Z',
    updatedAt: '2024-03-02T09:00:00Z',
    sections: [
      section('s-km', 1, 'Key messages', 'key-messages', [
        point(
          's-km',
          1,
          'We agree on the need to introduce special entry procedures for business people and other essential personnel, and welcome Deputy Prime Minister Phạm Bình Minh’s commitment to simplify them soon.',
          cite(r1, '3'),
        ),
        point(
          's-km',
          2,
          'We hope to resume the Incheon–Hanoi and Incheon–Ho Chi Minh City routes as early as possible.',
          cite(r1, '3.1'),
        ),
        point(
          's-km',
          3,
          'We look forward to working with Viet Nam on vaccine development and production, including through the International Vaccine Institute.',
          cite(r1, '4'),
        ),
      ]),
      section('s-obj', 0, 'Objectives', 'objectives', []),
      section('s-tp', 2, 'Talking points: economic recovery', 'talking-points', [
        point(
          's-tp',
          1,
          'Vaccines and treatments for COVID-19 are public goods for mankind. Cross-border cooperation is necessary for the smooth development and distribution of vaccines; we look forward to cooperating with Viet Nam in clinical trials and equitable access.',
          cite(r1, '4.1'),
        ),
        point(
          's-tp',
          2,
          'We welcome the proposal of 외교부 to hold the next consultation in Đà Nẵng in the second half of the year.',
          cite(r2, '2'),
        ),
        point('s-tp', 3, 'A point without a recorded source stays in the book.', null),
      ]),
    ],
  };
  return { book, records: [r1, r2], generatedAt: '2020-09-25T08:30:00Z' };
}

function longFixture(points: number): PrintableBook {
  const base = fixture();
  const r1 = record1();
  const labels = ['3', '3.1', '4', '4.1'];
  const texts = [PARA_3, PARA_3_1, PARA_4, PARA_4_1];
  const sections: Section[] = [];
  const perSection = 25;
  for (let s = 0; s < Math.ceil(points / perSection); s++) {
    const id = `s${s}`;
    const pts: TalkingPoint[] = [];
    for (let i = 0; i < perSection && s * perSection + i < points; i++) {
      const k = (s * perSection + i) % 4;
      pts.push(point(id, i + 1, `(${s * perSection + i + 1}) ${texts[k]}`, cite(r1, labels[k] ?? '3')));
    }
    sections.push(
      section(
        id,
        s,
        `Topic ${s + 1}: ${['Entry procedures', 'Flights', 'Vaccines', 'Access', 'Đà Nẵng', 'Mekong', 'East Sea', 'Trade'][s % 8]}`,
        'talking-points',
        pts,
      ),
    );
  }
  return { ...base, book: { ...base.book, title: 'Long briefing book', sections }, records: [r1] };
}

// ---------- Helpers ----------

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

function pagesText(file: string): string[] {
  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** A page's text without the markings, running header and footer (they interrupt text that runs over a page). */
function body(page: string, index: number): string {
  const lines = page.split('\n');
  const content = lines.filter((l) => l.trim() !== '');
  const drop = new Set([content[0], content[content.length - 1], content[content.length - 2]]);
  if (index > 0) drop.add(content[1]);
  return lines.filter((l) => !drop.has(l)).join('\n');
}

/** pdftotext -layout without the line breaks and column padding, for phrases that may wrap. */
function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

const keep = process.env.PDF_PREVIEW_DIR;

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

describe('cancellation and failure', () => {
  test('an export aborted before it starts throws CANCELLED and leaves no file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-abort-'));
    try {
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(exportBookPdf(fixture(), path.join(dir, 'x.pdf'), { signal: ac.signal }), { code: 'CANCELLED' });
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an export aborted mid-layout terminates the worker and removes the partial file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-abort-'));
    try {
      const ac = new AbortController();
      const out = path.join(dir, 'long.pdf');
      await assert.rejects(
        exportBookPdf(longFixture(120), out, {
          signal: ac.signal,
          onProgress: (p) => {
            if (p.stage === 'layout' && p.done >= 5) ac.abort();
          },
        }),
        { code: 'CANCELLED' },
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('in-process render honours abort too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-abort-'));
    try {
      const ac = new AbortController();
      await assert.rejects(
        renderBookPdf(longFixture(60), path.join(dir, 'x.pdf'), {
          signal: ac.signal,
          onProgress: (p) => p.done === 3 && ac.abort(),
        }),
        { code: 'CANCELLED' },
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unwritable destination throws EXPORT_FAILED', async () => {
    await assert.rejects(exportBookPdf(fixture(), '/nonexistent-dir/x/y.pdf'), { code: 'EXPORT_FAILED' });
  });
});

describe('fonts', () => {
  test('BRIEFBOOK_FONTS_DIR overrides the packaged fonts, and a missing file fails the export cleanly', async () => {
    const fontsDir = mkdtempSync(path.join(tmpdir(), 'bb-fonts-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-fonts-'));
    const saved = process.env.BRIEFBOOK_FONTS_DIR;
    try {
      for (const name of FONT_FILE_NAMES.filter((n) => !n.startsWith('NotoSansKR_700'))) {
        const src = createRequire(import.meta.url).resolve(
          `@expo-google-fonts/${name.startsWith('NotoSansKR') ? 'noto-sans-kr' : 'noto-sans'}/${name.replace(/^NotoSans(KR)?_/, '').replace(/\.ttf$/, '')}/${name}`,
        );
        symlinkSync(src, path.join(fontsDir, name));
      }
      process.env.BRIEFBOOK_FONTS_DIR = fontsDir;
      await assert.rejects(renderBookPdf(fixture(), path.join(outDir, 'x.pdf')), (e: { code: string; message: string }) => {
        assert.equal(e.code, 'EXPORT_FAILED');
        assert.match(e.message, /NotoSansKR_700Bold\.ttf is missing/);
        return true;
      });
      assert.deepEqual(readdirSync(outDir), []);
      const kr = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf');
      symlinkSync(kr, path.join(fontsDir, 'NotoSansKR_700Bold.ttf'));
      const res = await renderBookPdf(fixture(), path.join(outDir, 'x.pdf'));
      assert.ok(res.pages >= 4);
    } finally {
      if (saved === undefined) delete process.env.BRIEFBOOK_FONTS_DIR;
      else process.env.BRIEFBOOK_FONTS_DIR = saved;
      rmSync(fontsDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('long book', () => {
  test('200 points over many pages, each numbered "Page X of Y"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-long-'));
    try {
      const out = path.join(dir, 'long.pdf');
      const input = longFixture(200);
      const res = await exportBookPdf(input, out);
      if (keep) copyFileSync(out, path.join(keep, 'long.pdf'));
      const pages = pagesText(out);
      assert.equal(res.pages, pages.length);
      assert.ok(pages.length > 25, `pages: ${pages.length}`);
      assert.equal(Number(pdfInfo(out).Pages), pages.length);
      pages.forEach((p, i) => {
        assert.ok(p.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1}`);
        assert.equal((p.match(/RESTRICTED/g) ?? []).length, i === 0 ? 3 : 2, `markings on page ${i + 1}`); // cover: + the box
      });
      const all = flat(pages.join('\n'));
      for (let s = 1; s <= 8; s++) for (const k of [1, 13, 25]) assert.ok(all.includes(` ${s}.${k} (`), `point ${s}.${k}`);
      assert.ok(all.includes('(200) '));
      // No point number is left alone at the foot of a page: each page's last body line is not a bare number.
      for (const [i, p] of pages.entries()) {
        const lines = p.split('\n').filter((l) => l.trim() && !/RESTRICTED|Page \d+ of/.test(l));
        const last = lines[lines.length - 1] ?? '';
        assert.doesNotMatch(last, /^\s*\d+\.\s+Topic/, `heading at foot of page ${i + 1}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
