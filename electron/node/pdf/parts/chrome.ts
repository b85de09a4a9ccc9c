// What every page carries, drawn once the book is laid out: the classification banner top and bottom
// (the highest marking on that page), the running header (book title, current section) and the footer
// ("Page X of Y", who prepared the book, when). Marked as pagination artifacts for tagged PDF.

import { COLOR, type Ctx, rule, text, truncate } from '../context.ts';
import { longDate, oneLine } from '../text.ts';

function formatTimestamp(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = longDate(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
  return `${date}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export function drawChrome(ctx: Ctx, generatedAt: string, opts: { header: boolean } = { header: true }): number {
  const { ts, doc, title, book } = ctx;
  const range = doc.bufferedPageRange();
  const pages = range.count;
  const { width, height } = ts.g;
  const stamp = formatTimestamp(generatedAt);
  const foot = [book.preparedBy ? `Prepared by ${oneLine(book.preparedBy)}` : '', stamp ? `Generated ${stamp}` : '']
    .filter(Boolean)
    .join(' · ');
  const md = doc as PDFKit.PDFDocument & { markContent(tag: string, o?: object): void; endMarkedContent(): void };
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(range.start + i);
    md.markContent('Artifact', { type: 'Pagination' });
    const L = ctx.L + ts.shiftFor(i);
    const W = ctx.W;
    const verso = ts.shiftFor(i) !== 0;
    const marking = ctx.markingByPage[i] ?? book.classification;
    const mark = text(ctx, marking, 'bold', 9, marking === book.classification ? COLOR.ink : '#8a1c1c', W)[0];
    if (mark) {
      ts.drawLineCentered(mark, width / 2, 30);
      ts.drawLineCentered(mark, width / 2, height - 24);
    }
    const ruleTop = 56;
    const ruleBottom = height - 54;
    if (i > 0 && opts.header) {
      const chapter = ctx.chapterByPage[i];
      const right = chapter ? truncate(ctx, chapter, 'regular', 8, COLOR.muted, W * 0.45) : undefined;
      const left = truncate(ctx, title, 'regular', 8, COLOR.muted, W - (right ? right.width + 24 : 0));
      // Title on the spine side, section on the outer edge where the thumb finds it.
      if (verso) {
        if (right) ts.drawLine(right, L, 49);
        if (left) ts.drawLine(left, L + W - left.width, 49);
      } else {
        if (left) ts.drawLine(left, L, 49);
        if (right) ts.drawLine(right, L + W - right.width, 49);
      }
      rule(ctx, L, L + W, ruleTop, 0.5);
    }
    rule(ctx, L, L + W, ruleBottom, 0.5);
    const pageNo = text(ctx, `Page ${i + 1} of ${pages}`, 'regular', 8, COLOR.muted, W)[0];
    const by = foot ? truncate(ctx, foot, 'regular', 8, COLOR.faint, W - (pageNo?.width ?? 0) - 24) : undefined;
    if (verso) {
      if (pageNo) ts.drawLine(pageNo, L, ruleBottom + 13);
      if (by) ts.drawLine(by, L + W - by.width, ruleBottom + 13);
    } else {
      if (pageNo) ts.drawLine(pageNo, L + W - pageNo.width, ruleBottom + 13);
      if (by) ts.drawLine(by, L, ruleBottom + 13);
    }
    md.endMarkedContent();
  }
  return pages;
}
