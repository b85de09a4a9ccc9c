// The briefing book as a PDF: cover, contents, numbered sections, notes, annex, and on every page the
// marking, running header and "Page X of Y". This file sets up the document and runs the parts in order.

import PDFDocument from 'pdfkit';
import { highestMarking } from '../../shared/classification.ts';
import { BriefbookError } from '../../shared/errors.ts';
import { pointNumber } from '../../shared/numbering.ts';
import { type Ctx, Typesetter } from './context.ts';
import { FONT_NAMES, fontSources, rememberFonts } from './fonts.ts';
import { PdfOutput } from './output.ts';
import { drawAnnex } from './parts/annex.ts';
import { drawChrome } from './parts/chrome.ts';
import { drawEndnotes } from './parts/citations.ts';
import { drawContents } from './parts/contents.ts';
import { drawCover } from './parts/cover.ts';
import { drawHandout } from './parts/handout.ts';
import { drawSections } from './parts/sections.ts';
import { bookLanguage, geometry, keyMessages, planSections, recordsFor, resolveOptions } from './plan.ts';
import { saveShapingCache } from './shapecache.ts';
import { oneLine } from './text.ts';
import type { ExportOptions, PrintableBook, Target, TocEntry } from './types.ts';

export { citationLine } from './parts/citations.ts';

function cancelled(): never {
  throw new BriefbookError('CANCELLED', 'The PDF export was cancelled.');
}

/**
 * Lay out and write the book to `filePath` directly (no temp file; callers handle that).
 * Checks `signal` between points and yields to the event loop now and then so an abort can land.
 */
export async function writeBookPdf(
  input: PrintableBook,
  filePath: string,
  opts: ExportOptions = {},
): Promise<{ pages: number; bytes: number }> {
  const { book, generatedAt } = input;
  const signal = opts.signal;
  if (signal?.aborted) cancelled();
  const options = resolveOptions(opts.pdf);
  const handout = options.scope === 'handout';
  const sections = handout ? [] : planSections(book, options);
  const records = handout ? [] : recordsFor(sections, input.records);
  const printedRecords = options.annex ? records : [];
  const pointTotal = sections.reduce((n, s) => n + s.points.length, 0);
  const total = sections.length + pointTotal + printedRecords.length;
  let done = 0;
  let sinceYield = 0;
  opts.onProgress?.({ stage: 'layout', done: 0, total });

  const title = oneLine(book.title) || 'Briefing book';
  const created = new Date(generatedAt);
  const keywords = [book.classification, book.principal, book.counterpart, book.place, 'briefing book']
    .filter((k): k is string => !!k)
    .map(oneLine);
  const g = geometry(options.paper, !handout);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: [g.width, g.height],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    pdfVersion: '1.7',
    lang: bookLanguage(book),
    tagged: true,
    displayTitle: true,
    // Words are shaped once by our own cache (shaping.ts); pdfkit's cache would only hold a second copy.
    fontLayoutCache: false,
    info: {
      Title: handout ? `${title}: key messages` : title,
      Author: book.preparedBy ? oneLine(book.preparedBy) : 'Briefbook',
      Subject: book.meeting ? oneLine(book.meeting) : title,
      Keywords: keywords.join(', '),
      Creator: 'Briefbook',
      Producer: 'Briefbook (PDFKit)',
      CreationDate: Number.isNaN(created.getTime()) ? new Date() : created,
    },
  } as PDFKit.PDFDocumentOptions);
  const output = new PdfOutput(doc);
  const fonts = fontSources();
  for (const name of FONT_NAMES) doc.registerFont(name, fonts.sources[name] as Buffer);
  const ts = new Typesetter(doc, g, FONT_NAMES);
  rememberFonts(fonts.key, ts.shaper.fontkitFonts());

  const ctx: Ctx = {
    doc,
    ts,
    book,
    options,
    sections,
    records: printedRecords,
    title,
    L: g.left,
    W: ts.contentWidth,
    chapterByPage: [],
    markingByPage: [],
    chapter: '',
    paraDest: new Map(),
    citedBy: new Map(),
    notes: [],
    step: async () => {
      done += 1;
      opts.onProgress?.({ stage: 'layout', done, total });
      if (++sinceYield >= 20) {
        sinceYield = 0;
        await new Promise<void>((r) => setImmediate(r));
      }
      if (signal?.aborted) cancelled();
    },
  };
  ts.onNewPage = (i) => {
    ctx.chapterByPage[i] = ctx.chapter;
  };

  if (handout) {
    drawHandout(ctx, keyMessages(book));
    ts.closePage();
  } else {
    await drawBook(ctx);
  }
  if (signal?.aborted) cancelled();
  ts.streams.beginChrome();
  const pages = drawChrome(ctx, generatedAt, { header: !handout });

  opts.onProgress?.({ stage: 'write', done: 0, total: 1 });
  await ts.streams.finish();
  const bytes = await output.end(doc, filePath);
  // What fontkit shaped for this book, for the next session (shapecache.ts).
  saveShapingCache();
  opts.onProgress?.({ stage: 'write', done: 1, total: 1 });
  return { pages, bytes };
}

async function drawBook(ctx: Ctx): Promise<void> {
  const { ts, doc, sections, records, options } = ctx;
  records.forEach((r, ri) => {
    r.paragraphs.forEach((p, pi) => {
      ctx.paraDest.set(p.id, `para-${ri + 1}-${pi + 1}`);
    });
  });
  for (const s of sections) {
    s.points.forEach((p, pi) => {
      const id = p.citation?.paragraphId;
      if (!id) return;
      const list = ctx.citedBy.get(id) ?? [];
      list.push(pointNumber(s.number, pi));
      ctx.citedBy.set(id, list);
    });
  }
  const recordLabel = new Map(records.map((r, i) => [r.id, `A.${i + 1}`]));
  const pointTotal = sections.reduce((n, s) => n + s.points.length, 0);
  const marking = highestMarking(
    ctx.book.classification,
    sections.flatMap((s) => s.points),
  );

  drawCover(ctx, marking, [
    `${pointTotal} talking point${pointTotal === 1 ? '' : 's'} in ${sections.length} section${sections.length === 1 ? '' : 's'}`,
    options.annex ? `${records.length} source record${records.length === 1 ? '' : 's'} annexed` : 'Source records not annexed',
  ]);
  // The cover's own bookmark, now that its page exists.
  doc.outline.addItem('Cover');

  const toc: TocEntry[] = [];
  const sectionTargets = sections.map((s): Target => ({ page: null, dest: `section-${s.number}` }));
  sections.forEach((s, i) => {
    const target = sectionTargets[i];
    if (target) toc.push({ level: 0, label: `${s.number}`, title: oneLine(s.section.title) || `Section ${s.number}`, target });
  });
  const endnotes = options.citations === 'endnotes' && sections.some((s) => s.points.some((p) => p.citation));
  const notesTarget: Target = { page: null, dest: 'notes' };
  if (endnotes) toc.push({ level: 0, label: '', title: 'Notes', target: notesTarget });
  const annexTarget: Target = { page: null, dest: 'annex' };
  const recordTargets = records.map((_, i): Target => ({ page: null, dest: `record-${i + 1}` }));
  if (options.annex) {
    toc.push({ level: 0, label: '', title: 'Annex: Source records', target: annexTarget });
    records.forEach((r, i) => {
      const target = recordTargets[i];
      if (target) toc.push({ level: 1, label: `A.${i + 1}`, title: oneLine(r.title) || 'Untitled record', target });
    });
  }
  const fillPageNumbers = drawContents(ctx, toc);
  await drawSections(ctx, sectionTargets, (id) => recordLabel.get(id) ?? null);
  if (endnotes) {
    drawEndnotes(ctx, (top) => {
      notesTarget.page = ts.pageIndex;
      ctx.doc.outline.addItem('Notes', { top: Math.max(0, top - 14) } as object);
    });
  }
  if (options.annex) await drawAnnex(ctx, annexTarget, recordTargets);
  ts.closePage();
  fillPageNumbers();
}
