// The printed book as a desk officer asks for it: paper, handout, chosen sections, endnotes, markings,
// markup, every script extracting back, bookmarks and links, and pages that look like the reference.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type PrintableBook, renderBookPdf } from '../../electron/node/pdf/index.ts';
import { parseMarkup } from '../../electron/node/pdf/markup.ts';
import type { Book, PdfOptions, Section, TalkingPoint } from '../../electron/shared/types.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pagesText = (file: string) =>
  run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
    .split('\f')
    .filter((p, i, a) => i < a.length - 1 || p.trim());
const rawText = (file: string) => run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
const flat = (s: string) => s.replace(/\s+/g, ' ');

const REC = {
  id: 'rec-1',
  title: 'Bộ trưởng Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Hàn Quốc',
  publisher: 'Báo Quốc tế',
  publishedAt: '2021-06-15',
  meetingDate: '2021-06-15',
  place: 'Hà Nội',
  language: 'vi',
  paragraphCount: 2,
  sourceName: 'rec.txt',
  importedAt: '2024-01-01T00:00:00Z',
  participants: [],
  dateNotes: [],
  usedParagraphIds: [],
  paragraphs: [
    {
      id: 'rec-1:1',
      recordId: 'rec-1',
      label: '1',
      ordinal: 0,
      text: 'Ngoại trưởng Bùi Thanh Sơn đề nghị hai bên duy trì đối thoại, xây dựng lòng tin.',
    },
    { id: 'rec-1:2', recordId: 'rec-1', label: '2', ordinal: 1, text: '외교부 대변인은 한-베트남 관계의 중요성을 강조했다.' },
  ],
};
const cite = (label: '1' | '2') => ({
  recordId: REC.id,
  paragraphId: `rec-1:${label}`,
  label,
  recordTitle: REC.title,
  publishedAt: REC.publishedAt,
  sourceText: '',
});

const KOREAN =
  '대한민국 외교부 장관은 베트남 부총리 겸 외교부 장관과 회담을 갖고 양국 간 특별입국절차 도입, 항공편 재개, 백신 협력 방안에 대해 심도 있게 논의하였으며 앞으로도 긴밀히 협력해 나가기로 하였다. 양측은 한-베트남 포괄적 전략적 동반자 관계를 더욱 발전시켜 나가자는 데 의견을 같이하였다.';

function pt(sectionId: string, ordinal: number, text: string, extra: Partial<TalkingPoint> = {}): TalkingPoint {
  return {
    id: `${sectionId}-${ordinal}`,
    sectionId,
    ordinal,
    text,
    kind: 'talking-point',
    marking: null,
    citation: null,
    ...extra,
  };
}
function sec(id: string, ordinal: number, title: string, key: Section['key'], points: TalkingPoint[]): Section {
  return { id, bookId: 'b', key, title, ordinal, points };
}

function book(): PrintableBook {
  const b: Book = {
    id: 'b',
    title: 'Visit to Hà Nội: 외교부 consultations',
    meeting: 'Consultations with Deputy Minister Nguyễn Minh Vũ',
    meetingDate: '2021-06-15',
    place: 'Hà Nội',
    principal: 'Vice Minister Choi Jong-kun',
    counterpart: 'Nguyễn Minh Vũ',
    preparedBy: 'Viet Nam Desk',
    classification: 'OFFICIAL',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    sections: [
      sec('obj', 0, 'Objectives', 'objectives', []),
      sec('km', 1, 'Key messages', 'key-messages', [
        pt('km', 0, 'We value the **comprehensive strategic partnership** with Viet Nam.', {
          kind: 'key-message',
          citation: cite('1'),
        }),
        pt('km', 1, 'We will *step up* cooperation on vaccines.', { kind: 'key-message' }),
      ]),
      sec('tp', 2, 'Talking points', 'talking-points', [
        pt('tp', 0, 'Our position:\n- first, keep the **dialogue** going\n- second, build *trust*', { citation: cite('2') }),
        pt('tp', 1, KOREAN, { marking: 'CONFIDENTIAL' }),
        pt('tp', 2, 'Москва и Сеул обсудили сотрудничество; Māori whakataukī: he aha te mea nui; Đà Nẵng, Huế, Quảng Ngãi.'),
        pt('tp', 3, 'If they raise the East Sea, we restate our position on freedom of navigation.', {
          kind: 'if-raised',
          marking: 'RESTRICTED',
        }),
      ]),
      sec('bg', 3, 'Background', 'background', [pt('bg', 0, 'Background (see annex) ends here.')]),
    ],
  };
  return { book: b, records: [REC], generatedAt: '2021-06-10T09:00:00Z' };
}

let dir = '';
const render = async (name: string, options?: PdfOptions, input = book()) => {
  const file = path.join(dir, `${name}.pdf`);
  await renderBookPdf(input, file, { pdf: options });
  return file;
};

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-opt-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('markup shared with the editor', () => {
  test('bold, italic and bullets', () => {
    assert.deepEqual(parseMarkup('a **b** *c*\n- d'), [
      {
        kind: 'text',
        inlines: [
          { text: 'a ', bold: false, italic: false },
          { text: 'b', bold: true, italic: false },
          { text: ' ', bold: false, italic: false },
          { text: 'c', bold: false, italic: true },
        ],
      },
      { kind: 'bullet', inlines: [{ text: 'd', bold: false, italic: false }] },
    ]);
    assert.deepEqual(parseMarkup('2 * 3 = 6'), [{ kind: 'text', inlines: [{ text: '2 * 3 = 6', bold: false, italic: false }] }]);
  });
});

describe('full book', () => {
  let file = '';
  let pages: string[] = [];
  before(async () => {
    file = await render('full');
    pages = pagesText(file);
  });

  test('markup prints without its asterisks, bullets as bullets, in bold and italic faces', () => {
    const all = flat(pages.join('\n'));
    assert.match(all, /comprehensive strategic partnership/);
    assert.doesNotMatch(all, /\*\*/);
    assert.match(all, /• first, keep the dialogue going/);
    const fonts = run('pdffonts', [file]);
    assert.match(fonts, /NotoSans-Bold /);
    assert.match(fonts, /NotoSans-Italic/);
  });

  test('every word extracts back exactly: Vietnamese, Korean, Cyrillic, macrons', () => {
    const all = flat(rawText(file));
    for (const w of [
      'Москва и Сеул обсудили сотрудничество',
      'Māori whakataukī',
      'Đà Nẵng, Huế, Quảng Ngãi',
      'Nguyễn Minh Vũ',
      '외교부 대변인은',
    ]) {
      assert.ok(all.includes(w), `missing ${w}`);
    }
    // Korean breaks at spaces: every Korean word of the point comes back whole.
    for (const word of KOREAN.split(' ')) assert.ok(all.includes(word), `Korean word split: ${word}`);
    assert.equal(all, all.normalize('NFC'));
  });

  test('portion marks and the highest marking per page; the cover carries the book’s highest', () => {
    const cover = pages[0] ?? '';
    assert.match(cover.split('\n').find((l) => l.trim()) ?? '', /CONFIDENTIAL/);
    const i = pages.findIndex((p) => p.includes('(C) 대한민국'));
    assert.ok(i > 0, 'portion mark (C) before the Korean point');
    assert.match(pages[i] ?? '', /^\s*CONFIDENTIAL\s*$/m);
    assert.match(flat(pages.join(' ')), /\(R\) If they raise/);
    assert.match(flat(pages.join(' ')), /IF RAISED/);
    const contents = pages[1] ?? '';
    assert.match(contents.split('\n').find((l) => l.trim()) ?? '', /^\s*OFFICIAL\s*$/, 'contents page stays at the book marking');
  });

  test('key messages on their own page; footnotes at the foot of the page', () => {
    const km = pages.findIndex((p) => /2\.\s+Key messages/.test(p) && !/Contents/.test(p));
    assert.ok(km > 1);
    assert.doesNotMatch(pages[km] ?? '', /Talking points\n/);
    assert.match(pages[km] ?? '', /1\s+Source: Bộ trưởng Bùi Thanh Sơn.*para 1 \(annex A\.1\)/);
  });

  test('no line starts with closing punctuation', () => {
    for (const line of rawText(file).split('\n')) assert.doesNotMatch(line, /^[)\],.;:!?]/, line);
  });

  test('tagged PDF with metadata language', () => {
    const info = run('pdfinfo', [file]);
    assert.match(info, /Tagged:\s+yes/);
    const raw = readFileSync(file, 'latin1');
    assert.match(raw, /\/Lang \(en\)/);
    assert.match(raw, /\/StructTreeRoot/);
  });

  test('bookmarks mirror sections and points; links land on named destinations', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const outline = await doc.getOutline();
    const titles = outline.map((o: { title: string }) => o.title);
    assert.deepEqual(titles, [
      'Cover',
      'Contents',
      '2. Key messages',
      '3. Talking points',
      '4. Background',
      'Annex: Source records',
    ]);
    const tp = outline.find((o: { title: string }) => o.title === '3. Talking points') as { items: { title: string }[] };
    assert.equal(tp.items.length, 4);
    assert.match(tp.items[0]?.title ?? '', /^3\.1 Our position/);
    const dest = async (name: string) => Array.isArray(await doc.getDestination(name));
    for (const d of ['section-2', 'point-3-1', 'point-2-1', 'annex', 'record-1', 'para-1-1']) assert.ok(await dest(d), d);
    // Every link annotation goes to a destination that exists.
    let links = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const annots = await (await doc.getPage(i)).getAnnotations();
      for (const a of annots) {
        if (a.subtype !== 'Link') continue;
        links += 1;
        assert.ok(typeof a.dest === 'string' && (await dest(a.dest)), `page ${i}: link to ${a.dest}`);
      }
    }
    assert.ok(links >= 8, `links: ${links}`);
    // The annex links back to the points citing a paragraph.
    const annexPage = pages.findIndex((p) => /Annex: Source records/.test(p) && !/Contents/.test(p));
    const back = (await (await doc.getPage(annexPage + 1)).getAnnotations()).map((a: { dest?: string }) => a.dest);
    assert.ok(back.includes('point-2-1') && back.includes('point-3-1'), String(back));
    await doc.cleanup();
  });
});

describe('options', () => {
  test('US Letter', async () => {
    const info = run('pdfinfo', [await render('letter', { paper: 'Letter' })]);
    assert.match(info, /612 x 792 pts \(letter\)/);
  });

  test('handout: one page of key messages, centred title runs never overprint', async () => {
    const file = await render('handout', { scope: 'handout' });
    const pages = pagesText(file);
    assert.equal(pages.length, 1);
    const text = flat(pages[0] ?? '');
    assert.match(text, /KEY MESSAGES/);
    assert.match(text, /2\.1 We value the comprehensive strategic partnership/);
    assert.doesNotMatch(text, /Source:|Talking points/);
    // The centred title mixes Noto Sans and Noto Sans KR runs: word boxes on its line must not overlap.
    const html = run('pdftotext', ['-bbox', file, '-']);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
      (m) => ({
        x0: Number(m[1]),
        y: Number(m[2]),
        x1: Number(m[3]),
        w: m[4],
      }),
    );
    const title = words.filter((w) => ['Visit', 'to', 'Hà', 'Nội:', '외교부', 'consultations'].includes(w.w ?? ''));
    const lineY = title.find((w) => w.w === '외교부')?.y ?? 0;
    const onLine = title.filter((w) => Math.abs(w.y - lineY) < 6).sort((a, b) => a.x0 - b.x0);
    assert.ok(onLine.length >= 3, JSON.stringify(onLine));
    for (let i = 1; i < onLine.length; i++)
      assert.ok((onLine[i]?.x0 ?? 0) >= (onLine[i - 1]?.x1 ?? 0) - 0.5, `overprint: ${JSON.stringify(onLine)}`);
  });

  test('a handout of a book without key messages says so', async () => {
    const input = book();
    input.book.sections = input.book.sections.filter((s) => s.key !== 'key-messages');
    await assert.rejects(render('no-km', { scope: 'handout' }, input), { code: 'BAD_INPUT', message: /no key messages/ });
    assert.ok(!readdirSync(dir).some((f) => f.startsWith('no-km')));
  });

  test('chosen sections keep their numbers; endnotes instead of footnotes; annex off', async () => {
    const file = await render('chosen', { scope: 'sections', sectionIds: ['tp'], citations: 'endnotes', annex: true });
    const text = flat(pagesText(file).join(' '));
    assert.match(text, /3\.1 Our position/);
    assert.doesNotMatch(text, /Key messages/);
    assert.match(text, /Notes/);
    assert.match(text, /1 Point 3\.1\. Source: Bộ trưởng/);
    const noAnnex = flat(pagesText(await render('no-annex', { annex: false })).join(' '));
    assert.doesNotMatch(noAnnex, /Annex: Source records/);
    assert.match(noAnnex, /Source records not annexed/);
  });

  test('sections on new pages', async () => {
    const pages = pagesText(await render('newpage', { sectionsOnNewPage: true }));
    const starts = pages.map((p) => /^\s*4\.\s+Background/m.test(p));
    const i = starts.indexOf(true);
    assert.ok(i > 0);
    assert.doesNotMatch(pages[i] ?? '', /3\.\s+Talking points/);
  });
});

// ---------- Reference pages: a fixed book rendered to grey images, compared pixel by pixel ----------

const REF_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'pdf-reference');

function readPgm(file: string): { w: number; h: number; px: Buffer } {
  const buf = readFileSync(file);
  const header = buf.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error(`not a PGM: ${file}`);
  return { w: Number(m[1]), h: Number(m[2]), px: buf.subarray(m[0].length) };
}

describe('reference pages', () => {
  test('the reference book renders like its stored page images', async () => {
    const file = await render('reference');
    if (process.env.PDF_PREVIEW_DIR) writeFileSync(path.join(process.env.PDF_PREVIEW_DIR, 'reference.pdf'), readFileSync(file));
    const out = path.join(dir, 'ref');
    run('pdftoppm', ['-gray', '-r', '40', file, out]);
    const rendered = readdirSync(dir)
      .filter((f) => f.startsWith('ref-') && f.endsWith('.pgm'))
      .sort();
    if (process.env.UPDATE_PDF_REFERENCE) {
      mkdirSync(REF_DIR, { recursive: true });
      for (const f of readdirSync(REF_DIR)) rmSync(path.join(REF_DIR, f));
      for (const [i, f] of rendered.entries())
        writeFileSync(path.join(REF_DIR, `page-${i + 1}.pgm`), readFileSync(path.join(dir, f)));
    }
    const stored = readdirSync(REF_DIR).filter((f) => f.endsWith('.pgm'));
    assert.equal(rendered.length, stored.length, 'page count');
    rendered.forEach((f, i) => {
      const ref = path.join(REF_DIR, `page-${i + 1}.pgm`);
      assert.ok(existsSync(ref), ref);
      const a = readPgm(path.join(dir, f));
      const b = readPgm(ref);
      assert.deepEqual([a.w, a.h], [b.w, b.h], `size of page ${i + 1}`);
      let differing = 0;
      for (let k = 0; k < a.px.length; k++) if (Math.abs((a.px[k] ?? 0) - (b.px[k] ?? 0)) > 48) differing += 1;
      // Anti-aliasing may move by a pixel between poppler builds; a layout change moves thousands.
      assert.ok(differing / a.px.length < 0.004, `page ${i + 1}: ${differing} pixels differ`);
    });
  });
});

describe('pdf.preview and pdf.export through the API', () => {
  test('preview hands back the rendered pages; bad options get a clear message and nothing is written', async () => {
    const { tempBackend, unwrap } = await import('../helpers/library.ts');
    const lib = tempBackend();
    try {
      const records = unwrap<{ id: string }[]>(await lib.dispatch('library.list', {}));
      const created = unwrap<{ id: string }>(await lib.dispatch('books.create', { title: 'Preview book' }));
      const rec = unwrap<{ paragraphs: { id: string }[] }>(await lib.dispatch('library.get', { id: records[0]?.id }));
      unwrap(
        await lib.dispatch('books.addPoint', {
          bookId: created.id,
          recordId: records[0]?.id,
          paragraphId: rec.paragraphs[0]?.id,
        }),
      );
      const preview = unwrap<{ pages: number; pdfBase64: string }>(
        await lib.dispatch('pdf.preview', { bookId: created.id, options: { paper: 'Letter', citations: 'endnotes' } }),
      );
      assert.ok(preview.pages >= 4);
      assert.equal(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 5).toString(), '%PDF-');
      const bad = await lib.dispatch('pdf.export', {
        bookId: created.id,
        outPath: path.join(dir, 'bad.pdf'),
        options: { paper: 'A3' },
      });
      assert.equal(bad.ok, false);
      assert.match(bad.ok ? '' : bad.error.message, /A4 or Letter/);
      const none = await lib.dispatch('pdf.export', {
        bookId: created.id,
        outPath: path.join(dir, 'none.pdf'),
        options: { scope: 'sections' },
      });
      assert.match(none.ok ? '' : none.error.message, /choose at least one section/);
      assert.ok(!existsSync(path.join(dir, 'bad.pdf')) && !existsSync(path.join(dir, 'none.pdf')));
    } finally {
      lib.dispose();
    }
  });
});
