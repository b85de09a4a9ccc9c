// Contents: clickable entries; page numbers are filled in once the book is laid out.

import { BODY, BODY_LH, bookmark, COLOR, type Ctx, HANG, tagRows, text } from '../context.ts';
import type { Row, TocEntry } from '../types.ts';
import { baselineIn } from '../typeset.ts';

type Slot = { entry: TocEntry; page: number; top: number; lh: number; size: number; lastLineEnd: number };

const PN_W = 40;

/** Draws the entries now and returns a function that writes their page numbers at the end. */
export function drawContents(ctx: Ctx, toc: TocEntry[]): () => void {
  const { ts, doc, L, W } = ctx;
  ts.newPage();
  ctx.chapter = 'Contents';
  ctx.chapterByPage[ts.pageIndex] = 'Contents';
  bookmark(ctx, doc.outline, 'Contents', ts.g.top);
  ts.flow(tagRows(ctx, 'H1', ts.lineRows(text(ctx, 'Contents', 'bold', 18, COLOR.accent, W), L, 26, 18)));
  ts.y += 18;
  if (toc.every((e) => e.label === '' || e.level === 1)) {
    ts.flow(ts.lineRows(text(ctx, 'This book has no talking points yet.', 'italic', BODY, COLOR.muted, W), L, BODY_LH, BODY));
    ts.y += 10;
  }
  const slots: Slot[] = [];
  for (const entry of toc) {
    const main = entry.level === 0;
    const size = main ? BODY : 9.5;
    const lh = main ? 17 : 14.5;
    const indent = main ? 0 : HANG;
    const labelW = main ? HANG : 34;
    const x = entry.label || !main ? L + indent + labelW : L;
    const lines = text(ctx, entry.title, 'regular', size, COLOR.ink, W - indent - labelW - PN_W);
    const rows: Row[] = lines.map((line, i) => ({
      h: lh,
      draw: (top: number) => {
        if (i === 0 && entry.label) {
          const l = text(ctx, entry.label, main ? 'bold' : 'regular', size, main ? COLOR.accent : COLOR.muted, labelW)[0];
          if (l) ts.drawLine(l, L + indent, baselineIn(top, lh, size));
        }
        ts.drawLine(line, x, baselineIn(top, lh, size));
        if (i === lines.length - 1) slots.push({ entry, page: ts.pageIndex, top, lh, size, lastLineEnd: x + line.width });
        doc.goTo(L + indent, top, W - indent, lh, entry.target.dest);
      },
    }));
    ts.gap(main ? (entry.label === '' ? 12 : 5) : 2);
    ts.flow(tagRows(ctx, 'P', rows), { keepTogether: true });
  }
  return () => {
    for (const slot of slots) {
      const page = slot.entry.target.page;
      if (page === null) continue;
      doc.switchToPage(slot.page);
      const dx = ts.shiftFor(slot.page);
      const pn = text(ctx, String(page + 1), slot.entry.level === 0 ? 'bold' : 'regular', slot.size, COLOR.ink, PN_W)[0];
      if (!pn) continue;
      const baseline = baselineIn(slot.top, slot.lh, slot.size);
      ts.drawLine(pn, L + W - pn.width + dx, baseline);
      const from = slot.lastLineEnd + 6 + dx;
      const to = L + W - pn.width - 6 + dx;
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
  };
}
