// The numbered sections: headings kept with their first point, points kept whole, key messages on a
// page of their own, bookmarks for sections and points, footnotes (or endnote marks) for citations.

import { pointNumber } from '../../../shared/numbering.ts';
import type { TalkingPoint } from '../../../shared/types.ts';
import { bookmark, COLOR, type Ctx, destination, enterChapter, tagRows } from '../context.ts';
import { plainText } from '../markup.ts';
import { oneLine } from '../text.ts';
import type { Row, Target } from '../types.ts';
import { footnote, headingRows, KEY_MESSAGE_STYLE, keepWithNextHeight, pointRows } from './points.ts';

function shortLabel(number: string, text: string): string {
  // The label shows 64 characters: the first 200 of the point are enough (markup and spaces included), and
  // a long point is not parsed and cleaned again for its bookmark.
  const plain = oneLine(plainText(text.length > 200 ? text.slice(0, 200) : text));
  return `${number} ${plain.length > 64 ? `${plain.slice(0, 62).trimEnd()}…` : plain}`;
}

export async function drawSections(ctx: Ctx, targets: Target[], recordLabel: (recordId: string) => string | null): Promise<void> {
  const { ts, doc } = ctx;
  let noteNo = 0;
  let previousOwnPage = false;
  for (const [si, s] of ctx.sections.entries()) {
    const n = s.number;
    const title = oneLine(s.section.title) || `Section ${n}`;
    const name = `${n}. ${title}`;
    const target = targets[si];
    if (si === 0 || s.ownPage || previousOwnPage || ctx.options.sectionsOnNewPage) {
      if (!ts.atTop) ts.newPage();
    } else ts.gap(26);
    previousOwnPage = s.ownPage;
    let outline: PDFKit.PDFOutline | null = null;
    const style = s.ownPage ? KEY_MESSAGE_STYLE : undefined;
    // Each point is laid out just before it is placed, so its lines die young (cheap for the garbage collector).
    const block = (pi: number): Row[] => {
      const p = s.points[pi] as TalkingPoint;
      const number = pointNumber(n, pi);
      const c = p.citation;
      let note: number | null = null;
      let rows: Row[];
      if (c) {
        noteNo += 1;
        note = noteNo;
        const dest = ctx.paraDest.get(c.paragraphId) ?? null;
        const label = ctx.options.annex ? recordLabel(c.recordId) : null;
        rows = pointRows(ctx, p, number, note, style);
        if (ctx.options.citations === 'footnotes') {
          const last = rows[rows.length - 1];
          if (last) rows[rows.length - 1] = { ...last, notes: [footnote(ctx, p, note, dest, label)] };
        }
        ctx.notes.push({ n: note, pointNumber: number, text: citationText(c, label), dest });
      } else rows = pointRows(ctx, p, number, null, style);
      const first = rows[0];
      if (first) {
        const draw = first.draw;
        rows[0] = {
          ...first,
          draw: (top) => {
            destination(ctx, `point-${n}-${pi + 1}`, top);
            if (outline) bookmark(ctx, outline, shortLabel(number, p.text), top);
            draw(top);
          },
        };
      }
      return tagRows(ctx, 'P', rows);
    };
    const firstBlock = s.points.length > 0 ? block(0) : [];
    const heading = headingRows(ctx, `${n}.`, title, 14.5, 20, COLOR.accent, (top) => {
      enterChapter(ctx, name, top);
      if (target) target.page = ts.pageIndex;
      destination(ctx, `section-${n}`, top);
      outline = bookmark(ctx, doc.outline, name, top);
    });
    // The first point is kept together, so the heading must be followed by all of it.
    ts.flow(tagRows(ctx, 'H1', heading), { keepTogether: true, keepWithNext: keepWithNextHeight(ctx, firstBlock, true) });
    await ctx.step();
    for (let pi = 0; pi < s.points.length; pi++) {
      if (pi > 0) ts.gap(s.ownPage ? 14 : 10);
      ts.flow(pi === 0 ? firstBlock : block(pi), { keepTogether: true });
      await ctx.step();
    }
  }
}

function citationText(
  c: NonNullable<Ctx['book']['sections'][number]['points'][number]['citation']>,
  annexLabel: string | null,
): string {
  const parts = [oneLine(c.recordTitle)];
  if (c.publishedAt) parts.push(c.publishedAt.slice(0, 10));
  parts.push(`para ${oneLine(c.label)}`);
  return `Source: ${parts.join(', ')}${annexLabel ? ` (annex ${annexLabel})` : ''}`;
}
