// How a citation reads in print, and the endnotes list (when the book asks for endnotes, not footnotes).

import type { TalkingPoint } from '../../../shared/types.ts';
import { COLOR, type Ctx, destination, HANG, span, tagRows, text } from '../context.ts';
import { oneLine, shortDate } from '../text.ts';
import type { Row } from '../types.ts';
import { baselineIn } from '../typeset.ts';
import { chapterHeading } from './chapter.ts';

export function citationLine(c: NonNullable<TalkingPoint['citation']>): string {
  const parts = [oneLine(c.recordTitle)];
  const date = shortDate(c.publishedAt);
  if (date) parts.push(date);
  parts.push(`para ${oneLine(c.label)}`);
  return `Source: ${parts.join(', ')}`;
}

/** "Notes" before the annex: each citation with its number, the point it belongs to and a link to the record. */
export function drawEndnotes(ctx: Ctx, onPage: (top: number) => void): void {
  const { ts, L, W } = ctx;
  chapterHeading(ctx, 'Notes', 'notes', onPage);
  ts.y += 8;
  for (const n of ctx.notes) {
    const lines = ts.layout(
      [span(`Point ${n.pointNumber}. `, 'bold', 8.5, COLOR.muted), span(n.text, 'regular', 8.5, COLOR.ink)],
      W - HANG,
    );
    const rows: Row[] = lines.map((line, i) => ({
      h: 12.5,
      draw: (top: number) => {
        const base = baselineIn(top, 12.5, 8.5);
        if (i === 0) {
          destination(ctx, `note-${n.n}`, top);
          const l = text(ctx, String(n.n), 'bold', 8.5, COLOR.accent, HANG)[0];
          if (l) ts.drawLine(l, L, base);
          // The note number leads back to the point; the source line to the record in the annex.
          ctx.doc.goTo(L, top, HANG - 4, 12.5, `point-${n.pointNumber.replace('.', '-')}`);
        }
        ts.drawLine(line, L + HANG, base);
        if (n.dest) ctx.doc.goTo(L + HANG, top, line.width, 12.5, n.dest);
      },
    }));
    ts.gap(4);
    ts.flow(tagRows(ctx, 'Note', rows), { keepTogether: true });
  }
}
