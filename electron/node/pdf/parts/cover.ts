// The cover: the book's highest marking in a ruled box, title, meeting, the people and the preparer.

import type { Classification } from '../../../shared/types.ts';
import { COLOR, type Ctx, text } from '../context.ts';
import { longDate, oneLine } from '../text.ts';
import type { Line, Row } from '../types.ts';
import { baselineIn } from '../typeset.ts';

/** Like text(), but with lines of even length (no lone word on the last line of a display title). */
function balanced(ctx: Ctx, s: string, size: number, width: number): Line[] {
  const lines = text(ctx, s, 'bold', size, COLOR.ink, width);
  if (lines.length < 2) return lines;
  let lo = width * 0.5;
  let hi = width;
  for (let k = 0; k < 12; k++) {
    const mid = (lo + hi) / 2;
    if (text(ctx, s, 'bold', size, COLOR.ink, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return text(ctx, s, 'bold', size, COLOR.ink, hi);
}

export function drawCover(ctx: Ctx, marking: Classification, summary: string[]): void {
  const { ts, doc, book, L, W, title } = ctx;
  ts.newPage();
  ctx.chapterByPage[0] = '';
  ctx.markingByPage[0] = marking;
  ts.y = ts.g.top + 56;
  const markLine = text(ctx, marking, 'bold', 10, COLOR.ink, W)[0];
  const markW = (markLine?.width ?? 0) + 24;
  ts.flow([
    {
      h: 24,
      draw: (top) => {
        doc.save().lineWidth(0.9).strokeColor(COLOR.ink).rect(L, top, markW, 22).stroke().restore();
        if (markLine) ts.drawLine(markLine, L + 12, baselineIn(top, 22, 10));
      },
    },
  ]);
  ts.y += 64;
  ts.flow(ts.lineRows(text(ctx, 'BRIEFING BOOK', 'bold', 9.5, COLOR.accent, W), L, 14, 9.5));
  ts.y += 10;
  ts.flow(ts.lineRows(balanced(ctx, title, 25, W), L, 32, 25));
  const meeting = book.meeting ? oneLine(book.meeting) : '';
  if (meeting && meeting !== title) {
    ts.y += 8;
    ts.flow(ts.lineRows(text(ctx, meeting, 'regular', 13, COLOR.muted, W), L, 19, 13));
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
    const lines = text(ctx, value, 'regular', 11, COLOR.ink, W - labelW);
    const rows = ts.lineRows(lines, L + labelW, 16.5, 11, (top, i) => {
      if (i !== 0) return;
      const l = text(ctx, label, 'regular', 9, COLOR.muted, labelW - 8)[0];
      if (l) ts.drawLine(l, L, baselineIn(top, 16.5, 11));
    });
    rows.push({ h: 9, draw: () => {}, keepWithPrev: true });
    ts.flow(rows, { keepTogether: true });
  }
  const footTop = ts.bottomY - summary.length * 13;
  if (ts.y < footTop) ts.y = footTop;
  const rows: Row[] = summary.map((s) => ({
    h: 13,
    draw: (top: number) => {
      const l = text(ctx, s, 'regular', 8.5, COLOR.faint, W)[0];
      if (l) ts.drawLine(l, L, baselineIn(top, 13, 8.5));
    },
  }));
  ts.flow(rows, { keepTogether: true });
}
