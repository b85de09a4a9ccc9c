// A numbered talking point as rows: markup (bold, italic, bullets), its portion mark, its footnote
// or endnote mark, and the "if raised" box. Also section headings.

import { portionMark } from '../../../shared/classification.ts';
import type { TalkingPoint } from '../../../shared/types.ts';
import { BODY, BODY_LH, COLOR, type Ctx, HANG, markPage, rule, span, text } from '../context.ts';
import { parseMarkup } from '../markup.ts';
import type { Face, Note, PointStyle, Row, Span } from '../types.ts';
import { baselineIn } from '../typeset.ts';
import { citationLine } from './citations.ts';

const BULLET_INDENT = 13;

function face(bold: boolean, italic: boolean): Face {
  return bold ? (italic ? 'bold-italic' : 'bold') : italic ? 'italic' : 'regular';
}

export const KEY_MESSAGE_STYLE: PointStyle = { size: 11.5, lh: 17.5 };
const PLAIN_STYLE: PointStyle = { size: BODY, lh: BODY_LH };

/** Rows for point `number` (e.g. "3.2"); `note` is its citation's footnote number, if any. */
export function pointRows(
  ctx: Ctx,
  p: TalkingPoint,
  number: string,
  note: number | null,
  style: PointStyle = PLAIN_STYLE,
): Row[] {
  const { ts, doc, L, W } = ctx;
  const raised = p.kind === 'if-raised';
  const pad = raised ? 10 : 0;
  const x = L + HANG + pad;
  const width = W - HANG - pad * 2;
  const color = p.kind === 'note' ? COLOR.muted : COLOR.ink;
  const italic = p.kind === 'note';
  const { size, lh } = style;
  const blocks = parseMarkup(p.text || ' ');
  if (blocks.length === 0) blocks.push({ kind: 'text', inlines: [{ text: ' ', bold: false, italic: false }] });
  const rows: Row[] = [];
  const decorate = (top: number, h: number) => {
    if (!raised) return;
    doc
      .save()
      .rect(L + HANG - 4, top, W - HANG + 4, h)
      .fill(COLOR.raisedTint)
      .restore();
    doc
      .save()
      .rect(L + HANG - 4, top, 2.5, h)
      .fill(COLOR.raisedBar)
      .restore();
  };
  if (raised) {
    const label = text(ctx, 'IF RAISED', 'bold', 7, COLOR.accent, width)[0];
    rows.push({
      h: 16,
      draw: (top) => {
        decorate(top, 16);
        if (label) ts.drawLine(label, x, top + 11.5);
      },
    });
  }
  let first = true;
  for (const [bi, b] of blocks.entries()) {
    const spans: Span[] = [];
    if (bi === 0 && p.marking) spans.push(span(`${portionMark(p.marking)} `, 'bold', size, COLOR.markText));
    for (const i of b.inlines) spans.push(span(i.text, face(i.bold, i.italic || italic), size, color));
    if (bi === blocks.length - 1 && note !== null)
      spans.push(span(String(note), 'regular', size * 0.62, COLOR.accent, size * 0.36));
    const indent = b.kind === 'bullet' ? BULLET_INDENT : 0;
    const lines = ts.layout(spans, width - indent);
    if (bi > 0) rows.push({ h: 3, keepWithPrev: false, draw: (top) => decorate(top, 3) });
    for (const [li, line] of lines.entries()) {
      const isFirst = first;
      first = false;
      rows.push({
        h: lh,
        draw: (top) => {
          decorate(top, lh);
          markPage(ctx, p.marking);
          const base = baselineIn(top, lh, size);
          if (isFirst) {
            const l = text(ctx, number, 'bold', size, COLOR.accent, HANG)[0];
            if (l) ts.drawLine(l, L, base);
          }
          if (b.kind === 'bullet' && li === 0) {
            const dot = text(ctx, '•', 'regular', size, color, BULLET_INDENT)[0];
            if (dot) ts.drawLine(dot, x + 2, base);
          }
          ts.drawLine(line, x + indent, base);
        },
      });
    }
  }
  if (raised) rows.push({ h: 6, keepWithPrev: true, draw: (top) => decorate(top, 6) });
  return rows;
}

/** The footnote for a citation: its number, the source line, a link to the annex entry. */
export function footnote(ctx: Ctx, p: TalkingPoint, n: number, dest: string | null, annexLabel: string | null): Note {
  const c = p.citation;
  const lineText = c ? citationLine(c) + (annexLabel ? ` (annex ${annexLabel})` : '') : '';
  const NUM_W = 14;
  const lines = text(ctx, lineText, 'regular', 7.5, COLOR.muted, ctx.W - NUM_W);
  const rows: Row[] = lines.map((line, i) => ({
    h: 10.5,
    draw: (top: number) => {
      const base = baselineIn(top, 10.5, 7.5);
      if (i === 0) {
        const l = text(ctx, String(n), 'bold', 7.5, COLOR.accent, NUM_W)[0];
        if (l) ctx.ts.drawLine(l, ctx.L, base);
      }
      ctx.ts.drawLine(line, ctx.L + NUM_W, base);
      if (dest) ctx.doc.goTo(ctx.L, top, NUM_W + line.width, 10.5, dest);
    },
  }));
  return { rows, h: rows.reduce((s, r) => s + r.h, 0) };
}

export function headingRows(
  ctx: Ctx,
  label: string,
  title: string,
  size: number,
  lh: number,
  color: string,
  onFirst: (top: number) => void,
): Row[] {
  const { ts, L, W } = ctx;
  const lines = text(ctx, title, 'bold', size, color, W - HANG);
  const rows = ts.lineRows(lines, L + HANG, lh, size, (top, i) => {
    if (i !== 0) return;
    onFirst(top);
    const l = text(ctx, label, 'bold', size, color, HANG)[0];
    if (l) ts.drawLine(l, L, baselineIn(top, lh, size));
  });
  rows.push({ h: 12, keepWithPrev: true, draw: (top) => rule(ctx, L, L + W, top + 5) });
  return rows;
}

/** Height that must follow a heading: the whole next block if it will be kept together, else its first lines. */
export function keepWithNextHeight(ctx: Ctx, rows: Row[], together: boolean): number {
  const all = rows.reduce((h, r) => h + r.h, 0);
  if (together && all <= ctx.ts.contentHeight / 2) return all;
  let h = 0;
  let lines = 0;
  for (const r of rows) {
    h += r.h;
    if (r.h >= 10) lines += 1;
    if (lines >= 2) break;
  }
  return h;
}
