// The briefing book as a PDF: cover, contents, numbered sections of talking points with their sources,
// annex of source records, markings, running headers and "Page X of Y" on every page.

import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import { BriefbookError } from '../../api/errors.ts';
import type { Book, RecordDetail, TalkingPoint } from '../../api/types.ts';
import { FONT_NAMES, loadFontBuffers } from './fonts.ts';
import { type Face, longDate, oneLine, type Span, shortDate } from './text.ts';
import { baselineIn, type Geometry, type Line, type Row, Typesetter } from './typeset.ts';

export type PrintableBook = { book: Book; records: RecordDetail[]; generatedAt: string };

export type ExportStage = 'layout' | 'write' | 'done';
export type ProgressEvent = { stage: ExportStage; done: number; total: number };
export type ExportOptions = { onProgress?: (p: ProgressEvent) => void; signal?: AbortSignal };

/** A4 in points. 72pt top and bottom leave room for markings, running header and footer; 64pt sides for binding. */
const PAGE: Geometry = { width: 595.28, height: 841.89, top: 76, bottom: 76, left: 66, right: 66 };

const COLOR = {
  ink: '#1b1d21',
  accent: '#1f3a5a',
  muted: '#596170',
  faint: '#858c97',
  rule: '#c5cad1',
  tint: '#f6f0de',
  mark: '#b5862e',
  markText: '#7d5c1c',
};

const BODY = 10.5;
const BODY_LH = 15.5;
const HANG = 36; // point numbers hang in this column; section titles and point text align after it

type Target = { page: number | null; dest: string };
type TocEntry = { level: 0 | 1; label: string; title: string; target: Target };

function cancelled(): never {
  throw new BriefbookError('CANCELLED', 'The PDF export was cancelled.');
}

function span(text: string, face: Face, size: number, color: string): Span {
  return { text, face, size, color };
}

function formatTimestamp(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = longDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
  return `${date}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function byOrdinal<T extends { ordinal: number }>(a: T, b: T): number {
  return a.ordinal - b.ordinal;
}

export function citationLine(c: NonNullable<TalkingPoint['citation']>): string {
  const parts = [oneLine(c.recordTitle)];
  const date = shortDate(c.publishedAt);
  if (date) parts.push(date);
  parts.push(`para ${oneLine(c.label)}`);
  return `Source: ${parts.join(', ')}`;
}

function participantLine(p: RecordDetail['participants'][number]): string {
  const who = p.name ? oneLine(p.name) : null;
  const role = p.role ? oneLine(p.role) : null;
  const country = p.country ? oneLine(p.country) : null;
  const head = [who, role].filter(Boolean).join(', ');
  return country ? (head ? `${head} (${country})` : country) : head;
}

/**
 * Lay out and write the book to `filePath` directly (no temp file; callers handle that).
 * Checks `signal` between points and yields to the event loop now and then so an abort can land.
 */
export async function writeBookPdf(input: PrintableBook, filePath: string, opts: ExportOptions = {}): Promise<{ pages: number; bytes: number }> {
  const { book, records, generatedAt } = input;
  const signal = opts.signal;
  if (signal?.aborted) cancelled();

  const sections = [...book.sections]
    .sort(byOrdinal)
    // Numbers come from the book's own order (see api/numbering.ts), so empty sections leave a gap.
    .map((s, i) => ({ section: s, number: i + 1, points: [...s.points].sort(byOrdinal) }))
    .filter((s) => s.points.length > 0);
  const pointTotal = sections.reduce((n, s) => n + s.points.length, 0);
  const total = sections.length + pointTotal + records.length;
  let done = 0;
  let sinceYield = 0;
  const step = async () => {
    done += 1;
    opts.onProgress?.({ stage: 'layout', done, total });
    if (++sinceYield >= 20) {
      sinceYield = 0;
      await new Promise<void>((r) => setImmediate(r));
    }
    if (signal?.aborted) cancelled();
  };
  opts.onProgress?.({ stage: 'layout', done: 0, total });

  const title = oneLine(book.title) || 'Briefing book';
  const classification = book.classification;
  const created = new Date(generatedAt);
  const keywords = [classification, book.principal, book.counterpart, book.place, 'briefing book']
    .filter((k): k is string => !!k)
    .map(oneLine);

  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: title,
      Author: book.preparedBy ? oneLine(book.preparedBy) : 'Briefbook',
      Subject: book.meeting ? oneLine(book.meeting) : title,
      Keywords: keywords.join(', '),
      Creator: 'Briefbook',
      Producer: 'Briefbook (PDFKit)',
      CreationDate: Number.isNaN(created.getTime()) ? new Date() : created,
    },
  } as PDFKit.PDFDocumentOptions);
  const fonts = loadFontBuffers();
  for (const name of FONT_NAMES) doc.registerFont(name, fonts[name]);

  const ts = new Typesetter(doc, PAGE, FONT_NAMES);
  const W = ts.contentWidth;
  const L = PAGE.left;

  // Running-header chapter for each page: the chapter in force when the page starts, or the one whose
  // heading opens the page.
  const chapterByPage: string[] = [];
  let chapter = '';
  ts.onNewPage = (i) => {
    chapterByPage[i] = chapter;
  };
  const enterChapter = (name: string, top: number) => {
    chapter = name;
    if (top <= PAGE.top + 0.5) chapterByPage[ts.pageIndex] = name;
  };
  const bookmark = (parent: PDFKit.PDFOutline, label: string, top: number, expanded = false) =>
    parent.addItem(label, { top: Math.max(0, top - 14), left: PAGE.width, expanded } as { expanded?: boolean });

  const text = (s: string, face: Face, size: number, color: string, width: number, indent = 0): Line[] =>
    ts.layout([span(s, face, size, color)], width, indent);
  /** Like text(), but with lines of even length (no lone word on the last line of a display title). */
  const balanced = (s: string, face: Face, size: number, color: string, width: number): Line[] => {
    const lines = text(s, face, size, color, width);
    if (lines.length < 2) return lines;
    let lo = width * 0.5;
    let hi = width;
    for (let k = 0; k < 12; k++) {
      const mid = (lo + hi) / 2;
      if (text(s, face, size, color, mid).length <= lines.length) hi = mid;
      else lo = mid;
    }
    return text(s, face, size, color, hi);
  };

  // Which talking points cite each paragraph, for the annex markers and the citation links.
  const citedBy = new Map<string, string[]>();
  const paraDest = new Map<string, string>();
  records.forEach((r, ri) => {
    r.paragraphs.forEach((p, pi) => {
      paraDest.set(p.id, `para-${ri + 1}-${pi + 1}`);
    });
  });
  sections.forEach((s) => {
    s.points.forEach((p, pi) => {
      const id = p.citation?.paragraphId;
      if (!id) return;
      const list = citedBy.get(id) ?? [];
      list.push(`${s.number}.${pi + 1}`);
      citedBy.set(id, list);
    });
  });

  // ---------- Cover ----------
  ts.newPage();
  chapterByPage[0] = '';
  bookmark(doc.outline, 'Cover', PAGE.top);
  {
    ts.y = PAGE.top + 56;
    // Classification in a ruled box above the title.
    const markLines = text(classification, 'bold', 10, COLOR.ink, W);
    const markW = (markLines[0]?.width ?? 0) + 24;
    ts.flow([
      {
        h: 24,
        draw: (top) => {
          doc.save().lineWidth(0.9).strokeColor(COLOR.ink).rect(L, top, markW, 22).stroke().restore();
          const line = markLines[0];
          if (line) ts.drawLine(line, L + 12, baselineIn(top, 22, 10));
        },
      },
    ]);
    ts.y += 64;
    ts.flow(text('BRIEFING BOOK', 'bold', 9.5, COLOR.accent, W).flatMap((l) => ts.lineRows([l], L, 14, 9.5)));
    ts.y += 10;
    ts.flow(ts.lineRows(balanced(title, 'bold', 25, COLOR.ink, W), L, 32, 25));
    const meeting = book.meeting ? oneLine(book.meeting) : '';
    if (meeting && meeting !== title) {
      ts.y += 8;
      ts.flow(ts.lineRows(text(meeting, 'regular', 13, COLOR.muted, W), L, 19, 13));
    }
    ts.y += 22;
    ts.flow([{ h: 3, draw: (top) => void doc.save().rect(L, top, 56, 2.5).fill(COLOR.accent).restore() }]);
    ts.y += 34;
    const details: [string, string | null][] = [
      // The meeting is already the cover's subtitle when it differs from the title.
      ['Meeting', meeting && meeting !== title ? null : meeting || null],
      ['Date', longDate(book.meetingDate)],
      ['Place', book.place ? oneLine(book.place) : null],
      ['Principal', book.principal ? oneLine(book.principal) : null],
      ['Counterpart', book.counterpart ? oneLine(book.counterpart) : null],
      ['Prepared by', book.preparedBy ? oneLine(book.preparedBy) : null],
    ];
    const labelW = 112;
    for (const [label, value] of details) {
      if (!value) continue;
      const lines = text(value, 'regular', 11, COLOR.ink, W - labelW);
      const rows = ts.lineRows(lines, L + labelW, 16.5, 11, (top, i) => {
        if (i !== 0) return;
        const l = text(label, 'regular', 9, COLOR.muted, labelW - 8)[0];
        if (l) ts.drawLine(l, L, baselineIn(top, 16.5, 11));
      });
      rows.push({ h: 9, draw: () => {}, keepWithPrev: true });
      ts.flow(rows, { keepTogether: true });
    }
    // Foot of the cover: what is in the book and when it was generated.
    const summary = [
      `${pointTotal} talking point${pointTotal === 1 ? '' : 's'} in ${sections.length} section${sections.length === 1 ? '' : 's'}`,
      `${records.length} source record${records.length === 1 ? '' : 's'} annexed`,
    ];
    const footTop = ts.bottomY - summary.length * 13;
    if (ts.y < footTop) ts.y = footTop;
    ts.flow(
      summary.map((s) => ({
        h: 13,
        draw: (top: number) => {
          const l = text(s, 'regular', 8.5, COLOR.faint, W)[0];
          if (l) ts.drawLine(l, L, baselineIn(top, 13, 8.5));
        },
      })),
      { keepTogether: true },
    );
  }

  // ---------- Contents ----------
  ts.newPage();
  chapter = 'Contents';
  chapterByPage[ts.pageIndex] = chapter;
  bookmark(doc.outline, 'Contents', PAGE.top);
  ts.flow(ts.lineRows(text('Contents', 'bold', 18, COLOR.accent, W), L, 26, 18));
  ts.y += 18;

  const toc: TocEntry[] = [];
  const sectionTargets = sections.map((s): Target => ({ page: null, dest: `section-${s.number}` }));
  sections.forEach((s, i) => {
    const target = sectionTargets[i];
    if (target) toc.push({ level: 0, label: `${s.number}`, title: oneLine(s.section.title) || `Section ${s.number}`, target });
  });
  const annexTarget: Target = { page: null, dest: 'annex' };
  const recordTargets = records.map((_, i): Target => ({ page: null, dest: `record-${i + 1}` }));
  toc.push({ level: 0, label: '', title: 'Annex: Source records', target: annexTarget });
  records.forEach((r, i) => {
    const target = recordTargets[i];
    if (target) toc.push({ level: 1, label: `A.${i + 1}`, title: oneLine(r.title) || 'Untitled record', target });
  });
  if (sections.length === 0) {
    ts.flow(ts.lineRows(text('This book has no talking points yet.', 'italic', BODY, COLOR.muted, W), L, BODY_LH, BODY));
    ts.y += 10;
  }

  // Page numbers are unknown until the book is laid out: remember where each goes, fill in at the end.
  const pageNumberSlots: { entry: TocEntry; page: number; top: number; lh: number; size: number; lastLineEnd: number }[] = [];
  const PN_W = 40;
  for (const entry of toc) {
    const main = entry.level === 0;
    const size = main ? BODY : 9.5;
    const lh = main ? 17 : 14.5;
    const indent = main ? 0 : HANG;
    const labelW = main ? HANG : 34;
    const x = L + indent + labelW;
    const width = W - indent - labelW - PN_W;
    const lines = text(entry.title, main ? 'regular' : 'regular', size, COLOR.ink, width);
    const first = lines[0];
    const rows: Row[] = lines.map((line, i) => ({
      h: lh,
      draw: (top: number) => {
        if (i === 0 && entry.label) {
          const l = text(entry.label, main ? 'bold' : 'regular', size, main ? COLOR.accent : COLOR.muted, labelW)[0];
          if (l) ts.drawLine(l, L + indent, baselineIn(top, lh, size));
        }
        ts.drawLine(line, entry.label || !main ? x : L, baselineIn(top, lh, size));
        if (i === lines.length - 1) {
          pageNumberSlots.push({ entry, page: ts.pageIndex, top, lh, size, lastLineEnd: (entry.label || !main ? x : L) + line.width });
        }
        doc.goTo(L + indent, top, W - indent, lh, entry.target.dest);
      },
    }));
    if (!first) continue;
    ts.gap(main ? (entry.target === annexTarget ? 12 : 5) : 2);
    ts.flow(rows, { keepTogether: true });
  }

  // ---------- Sections ----------
  const pointRows = (p: TalkingPoint, number: string): Row[] => {
    const x = L + HANG;
    const lines = text(p.text || ' ', 'regular', BODY, COLOR.ink, W - HANG);
    const rows = ts.lineRows(lines, x, BODY_LH, BODY, (top, i) => {
      if (i !== 0) return;
      const l = text(number, 'bold', BODY, COLOR.accent, HANG)[0];
      if (l) ts.drawLine(l, L, baselineIn(top, BODY_LH, BODY));
    });
    const c = p.citation;
    if (c) {
      rows.push({ h: 3, draw: () => {}, keepWithPrev: true });
      const citeLines = text(citationLine(c), 'regular', 8.5, COLOR.muted, W - HANG);
      const dest = paraDest.get(c.paragraphId);
      citeLines.forEach((line) => {
        rows.push({
          h: 12.5,
          keepWithPrev: true,
          draw: (top) => {
            ts.drawLine(line, x, baselineIn(top, 12.5, 8.5));
            if (dest) doc.goTo(x, top, line.width, 12.5, dest);
          },
        });
      });
    }
    return rows;
  };

  const headingRows = (label: string, title: string, size: number, lh: number, color: string, onFirst: (top: number) => void): Row[] => {
    const lines = text(title, 'bold', size, color, W - HANG);
    const rows = ts.lineRows(lines, L + HANG, lh, size, (top, i) => {
      if (i !== 0) return;
      onFirst(top);
      const l = text(label, 'bold', size, color, HANG)[0];
      if (l) ts.drawLine(l, L, baselineIn(top, lh, size));
    });
    rows.push({
      h: 12,
      keepWithPrev: true,
      draw: (top) => void doc.save().lineWidth(0.6).strokeColor(COLOR.rule).moveTo(L, top + 5).lineTo(L + W, top + 5).stroke().restore(),
    });
    return rows;
  };

  /** Height that must follow a heading: the whole next block if it will be kept together, else its first lines. */
  const keepWithNextHeight = (rows: Row[], together: boolean): number => {
    const all = rows.reduce((h, r) => h + r.h, 0);
    if (together && all <= ts.contentHeight / 2) return all;
    let h = 0;
    let lines = 0;
    for (const r of rows) {
      h += r.h;
      if (r.h >= 10) lines += 1;
      if (lines >= 2) break;
    }
    return h;
  };

  for (const [si, s] of sections.entries()) {
    const n = s.number;
    const name = `${n}. ${oneLine(s.section.title) || `Section ${n}`}`;
    const target = sectionTargets[si];
    if (si === 0) ts.newPage();
    else ts.gap(26);
    const firstPoint = s.points[0];
    const firstRows = firstPoint ? pointRows(firstPoint, `${n}.1`) : [];
    // The first point is kept together, so the heading must be followed by all of it.
    const nextH = keepWithNextHeight(firstRows, true);
    ts.flow(
      headingRows(`${n}.`, oneLine(s.section.title) || `Section ${n}`, 14.5, 20, COLOR.accent, (top) => {
        enterChapter(name, top);
        if (target) target.page = ts.pageIndex;
        doc.addNamedDestination(`section-${n}`, 'XYZ', 0, Math.max(0, top - 14), null as unknown as number);
        bookmark(doc.outline, name, top);
      }),
      { keepTogether: true, keepWithNext: nextH },
    );
    await step();
    for (const [pi, p] of s.points.entries()) {
      if (pi > 0) ts.gap(10);
      ts.flow(pi === 0 ? firstRows : pointRows(p, `${n}.${pi + 1}`), { keepTogether: true });
      await step();
    }
  }

  // ---------- Annex ----------
  ts.newPage();
  let annexOutline: PDFKit.PDFOutline | null = null;
  ts.flow(
    ts.lineRows(text('Annex: Source records', 'bold', 18, COLOR.accent, W), L, 26, 18, (top, i) => {
      if (i !== 0) return;
      enterChapter('Annex: Source records', top);
      annexTarget.page = ts.pageIndex;
      doc.addNamedDestination('annex', 'XYZ', 0, Math.max(0, top - 14), null as unknown as number);
      annexOutline = bookmark(doc.outline, 'Annex: Source records', top, true);
    }),
  );
  ts.y += 6;
  const intro =
    records.length > 0
      ? 'The records cited in this book, reproduced in full as imported. Paragraphs cited by a talking point are marked in the margin with the numbers of the points that cite them.'
      : 'No source records are cited in this book.';
  ts.flow(ts.lineRows(text(intro, 'regular', 9.5, COLOR.muted, W), L, 14, 9.5));

  for (const [ri, r] of records.entries()) {
    const label = `A.${ri + 1}`;
    const rtitle = oneLine(r.title) || 'Untitled record';
    const target = recordTargets[ri];
    ts.gap(ri === 0 ? 22 : 30);
    const head = headingRows(label, rtitle, 12.5, 17.5, COLOR.ink, (top) => {
      if (target) target.page = ts.pageIndex;
      doc.addNamedDestination(`record-${ri + 1}`, 'XYZ', 0, Math.max(0, top - 14), null as unknown as number);
      bookmark(annexOutline ?? doc.outline, `${label} ${rtitle}`, top);
    });
    // Metadata table under the heading.
    const meta: [string, string[]][] = [];
    if (r.publisher) meta.push(['Publisher', [oneLine(r.publisher)]]);
    if (r.publishedAt) meta.push(['Published', [longDate(r.publishedAt) ?? r.publishedAt]]);
    if (r.meetingDate) meta.push(['Meeting date', [longDate(r.meetingDate) ?? r.meetingDate]]);
    if (r.place) meta.push(['Place', [oneLine(r.place)]]);
    const people = r.participants.map(participantLine).filter((s) => s.length > 0);
    if (people.length > 0) meta.push(['Participants', people]);
    if (r.sourceName) meta.push(['Source file', [oneLine(r.sourceName)]]);
    const metaLabelW = 96;
    const metaRows: Row[] = [];
    for (const [k, values] of meta) {
      values.forEach((v, vi) => {
        const lines = text(v, 'regular', 9.5, COLOR.ink, W - HANG - metaLabelW);
        metaRows.push(
          ...ts.lineRows(lines, L + HANG + metaLabelW, 13.5, 9.5, (top, i) => {
            if (i !== 0 || vi !== 0) return;
            const l = text(k, 'regular', 8.5, COLOR.muted, metaLabelW - 6)[0];
            if (l) ts.drawLine(l, L + HANG, baselineIn(top, 13.5, 9.5));
          }),
        );
      });
      metaRows.push({ h: 2.5, draw: () => {} });
    }
    metaRows.push({ h: 8, draw: () => {} });
    const headBlock = [...head, ...metaRows];
    const paraRows = r.paragraphs.map((p) => {
      const depth = (p.label.match(/\./g) ?? []).length;
      const indent = HANG * Math.min(depth, 3) * 0.5;
      const plabel = oneLine(p.label);
      const labelW = Math.max(HANG * 0.8, ts.width(plabel, 'sans-bold', 9.5) + 10);
      const x = L + indent + labelW;
      const cited = citedBy.get(p.id);
      const lh = 14;
      const decorate = (top: number, h: number) => {
        if (!cited) return;
        doc.save().rect(L - 8, top, W + 14, h).fill(COLOR.tint).restore();
        doc.save().rect(L - 11, top, 2.5, h).fill(COLOR.mark).restore();
      };
      const lines = text(p.text || ' ', 'regular', 9.5, COLOR.ink, L + W - x);
      const rows: Row[] = cited ? [{ h: 3.5, draw: (top) => decorate(top, 3.5) }] : [];
      const lineRows = ts.lineRows(lines, x, lh, 9.5, (top, i) => {
        decorate(top, lh);
        if (i !== 0) return;
        const dest = paraDest.get(p.id);
        if (dest) doc.addNamedDestination(dest, 'XYZ', 0, Math.max(0, top - 20), null as unknown as number);
        const l = text(plabel, 'bold', 9.5, cited ? COLOR.markText : COLOR.muted, labelW)[0];
        if (l) ts.drawLine(l, L + indent, baselineIn(top, lh, 9.5));
      });
      const firstLine = lineRows[0];
      if (cited && firstLine) firstLine.keepWithPrev = true;
      rows.push(...lineRows);
      if (cited) {
        const note = `Cited in point${cited.length === 1 ? '' : 's'} ${cited.join(', ')}`;
        for (const line of text(note, 'bold', 7.5, COLOR.markText, L + W - x)) {
          rows.push({
            h: 12,
            keepWithPrev: true,
            draw: (top) => {
              decorate(top, 12);
              ts.drawLine(line, x, top + 8.5);
            },
          });
        }
        rows.push({ h: 3, keepWithPrev: true, draw: (top) => decorate(top, 3) });
      }
      return { rows, together: lines.length <= 5 };
    });
    const firstPara = paraRows[0];
    ts.flow(headBlock, { keepTogether: true, keepWithNext: firstPara ? keepWithNextHeight(firstPara.rows, firstPara.together) : 0 });
    for (const [pi, { rows, together }] of paraRows.entries()) {
      if (pi > 0) ts.gap(6);
      ts.flow(rows, { keepTogether: together });
    }
    if (r.paragraphs.length === 0) {
      ts.flow(ts.lineRows(text('This record has no paragraphs.', 'italic', 9.5, COLOR.muted, W - HANG), L + HANG, 14, 9.5));
    }
    await step();
  }

  // ---------- Contents page numbers ----------
  for (const slot of pageNumberSlots) {
    const page = slot.entry.target.page;
    if (page === null) continue;
    doc.switchToPage(slot.page);
    const pn = text(String(page + 1), slot.entry.level === 0 ? 'bold' : 'regular', slot.size, COLOR.ink, PN_W)[0];
    if (!pn) continue;
    const baseline = baselineIn(slot.top, slot.lh, slot.size);
    ts.drawLine(pn, L + W - pn.width, baseline);
    const from = slot.lastLineEnd + 6;
    const to = L + W - pn.width - 6;
    if (to - from > 8) {
      doc
        .save()
        .lineWidth(0.9)
        .lineCap('round')
        .dash(0.01, { space: 3.2 })
        .strokeColor(COLOR.faint)
        .moveTo(from, baseline - 0.5)
        .lineTo(to, baseline - 0.5)
        .stroke()
        .undash()
        .restore();
    }
  }

  // ---------- Markings, running header, footer on every page ----------
  const range = doc.bufferedPageRange();
  const pages = range.count;
  const truncate = (s: string, face: Face, size: number, color: string, maxW: number): Line | undefined => {
    let line = ts.layout([span(s, face, size, color)], 10_000)[0];
    if (!line || line.width <= maxW) return line;
    const chars = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const w = ts.layout([span(`${chars.slice(0, mid).join('').trimEnd()}…`, face, size, color)], 10_000)[0]?.width ?? 0;
      if (w <= maxW) lo = mid;
      else hi = mid - 1;
    }
    line = ts.layout([span(`${chars.slice(0, lo).join('').trimEnd()}…`, face, size, color)], 10_000)[0];
    return line;
  };
  const stamp = formatTimestamp(generatedAt);
  const generated = stamp ? `Generated ${stamp}` : '';
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(range.start + i);
    // Nothing drawn here may trigger pdfkit's automatic page break.
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const mark = text(classification, 'bold', 9, COLOR.ink, W)[0];
    if (mark) {
      ts.drawLine(mark, (PAGE.width - mark.width) / 2, 30);
      ts.drawLine(mark, (PAGE.width - mark.width) / 2, PAGE.height - 24);
    }
    const ruleTop = 56;
    const ruleBottom = PAGE.height - 54;
    if (i > 0) {
      const right = chapterByPage[i] ? truncate(chapterByPage[i] ?? '', 'regular', 8, COLOR.muted, W * 0.45) : undefined;
      const left = truncate(title, 'regular', 8, COLOR.muted, W - (right ? right.width + 24 : 0));
      if (left) ts.drawLine(left, L, 49);
      if (right) ts.drawLine(right, L + W - right.width, 49);
      doc.save().lineWidth(0.5).strokeColor(COLOR.rule).moveTo(L, ruleTop).lineTo(L + W, ruleTop).stroke().restore();
    }
    doc.save().lineWidth(0.5).strokeColor(COLOR.rule).moveTo(L, ruleBottom).lineTo(L + W, ruleBottom).stroke().restore();
    const pageNo = text(`Page ${i + 1} of ${pages}`, 'regular', 8, COLOR.muted, W)[0];
    if (pageNo) ts.drawLine(pageNo, L + W - pageNo.width, ruleBottom + 13);
    const gen = generated ? truncate(generated, 'regular', 8, COLOR.faint, W * 0.6) : undefined;
    if (gen) ts.drawLine(gen, L, ruleBottom + 13);
  }

  if (signal?.aborted) cancelled();

  // ---------- Write ----------
  opts.onProgress?.({ stage: 'write', done: 0, total: 1 });
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(filePath);
    out.on('close', () => resolve());
    out.on('error', reject);
    doc.on('error', reject);
    doc.pipe(out);
    doc.end();
  });
  const { size } = await stat(filePath);
  opts.onProgress?.({ stage: 'write', done: 1, total: 1 });
  return { pages, bytes: size };
}
