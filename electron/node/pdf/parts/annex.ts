// The annex: each cited record in full with its own paragraph numbers; cited paragraphs are tinted and
// link back to the points that cite them.

import type { RecordDetail } from '../../../shared/types.ts';
import { bookmark, COLOR, type Ctx, destination, HANG, tagRows, text } from '../context.ts';
import { longDate, oneLine } from '../text.ts';
import type { Row, Target } from '../types.ts';
import { baselineIn } from '../typeset.ts';
import { chapterHeading } from './chapter.ts';
import { headingRows, keepWithNextHeight } from './points.ts';

function participantLine(p: RecordDetail['participants'][number]): string {
  const who = p.name ? oneLine(p.name) : null;
  const role = p.role ? oneLine(p.role) : null;
  const country = p.country ? oneLine(p.country) : null;
  const head = [who, role].filter(Boolean).join(', ');
  return country ? (head ? `${head} (${country})` : country) : head;
}

/** "Cited in points 2.1, 3.1": each number a link back to its point; wraps when there are many. */
function citedRows(ctx: Ctx, cited: string[], x: number, width: number, decorate: (top: number, h: number) => void): Row[] {
  const { ts } = ctx;
  const size = 7.5;
  const label = `Cited in point${cited.length === 1 ? '' : 's'} `;
  const lines: { text: string; point: string | null; x: number }[][] = [[]];
  let cx = ts.width(label, 'sans-bold', size);
  lines[0]?.push({ text: label, point: null, x: 0 });
  cited.forEach((number, i) => {
    const t = i < cited.length - 1 ? `${number},` : number;
    const w = ts.width(t, 'sans-bold', size);
    if (cx + w > width && cx > 0) {
      lines.push([]);
      cx = 0;
    }
    lines[lines.length - 1]?.push({ text: t, point: number, x: cx });
    cx += w + ts.width(' ', 'sans-bold', size);
  });
  return lines.map((parts) => ({
    h: 12,
    keepWithPrev: true,
    draw: (top: number) => {
      decorate(top, 12);
      for (const p of parts) {
        const l = text(ctx, p.text, 'bold', size, COLOR.markText, width)[0];
        if (!l) continue;
        ts.drawLine(l, x + p.x, top + 8.5);
        if (p.point) ctx.doc.goTo(x + p.x, top, l.width, 12, `point-${p.point.replace('.', '-')}`);
      }
    },
  }));
}

export async function drawAnnex(ctx: Ctx, annexTarget: Target, recordTargets: Target[]): Promise<void> {
  const { ts, doc, L, W, records } = ctx;
  let annexOutline: PDFKit.PDFOutline | null = null;
  chapterHeading(ctx, 'Annex: Source records', 'annex', (top) => {
    annexTarget.page = ts.pageIndex;
    annexOutline = bookmark(ctx, doc.outline, 'Annex: Source records', top, true);
  });
  ts.y += 6;
  const intro =
    records.length > 0
      ? 'The records cited in this book, reproduced in full as imported. Paragraphs cited by a talking point are marked in the margin with the numbers of the points that cite them.'
      : 'No source records are cited in this book.';
  ts.flow(ts.lineRows(text(ctx, intro, 'regular', 9.5, COLOR.muted, W), L, 14, 9.5));

  for (const [ri, r] of records.entries()) {
    const label = `A.${ri + 1}`;
    const rtitle = oneLine(r.title) || 'Untitled record';
    const target = recordTargets[ri];
    ts.gap(ri === 0 ? 22 : 30);
    const head = tagRows(
      ctx,
      'H2',
      headingRows(ctx, label, rtitle, 12.5, 17.5, COLOR.ink, (top) => {
        if (target) target.page = ts.pageIndex;
        destination(ctx, `record-${ri + 1}`, top);
        bookmark(ctx, annexOutline ?? doc.outline, `${label} ${rtitle}`, top);
      }),
    );
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
        const lines = text(ctx, v, 'regular', 9.5, COLOR.ink, W - HANG - metaLabelW);
        metaRows.push(
          ...ts.lineRows(lines, L + HANG + metaLabelW, 13.5, 9.5, (top, i) => {
            if (i !== 0 || vi !== 0) return;
            const l = text(ctx, k, 'regular', 8.5, COLOR.muted, metaLabelW - 6)[0];
            if (l) ts.drawLine(l, L + HANG, baselineIn(top, 13.5, 9.5));
          }),
        );
      });
      metaRows.push({ h: 2.5, draw: () => {} });
    }
    metaRows.push({ h: 8, draw: () => {} });
    const paraRows = r.paragraphs.map((p) => {
      const depth = (p.label.match(/\./g) ?? []).length;
      const indent = HANG * Math.min(depth, 3) * 0.5;
      const plabel = oneLine(p.label);
      const labelW = Math.max(HANG * 0.8, ts.width(plabel, 'sans-bold', 9.5) + 10);
      const x = L + indent + labelW;
      const cited = ctx.citedBy.get(p.id);
      const lh = 14;
      const decorate = (top: number, h: number) => {
        if (!cited) return;
        doc
          .save()
          .rect(L - 8, top, W + 14, h)
          .fill(COLOR.tint)
          .restore();
        doc
          .save()
          .rect(L - 11, top, 2.5, h)
          .fill(COLOR.mark)
          .restore();
      };
      const lines = text(ctx, p.text || ' ', 'regular', 9.5, COLOR.ink, L + W - x);
      const rows: Row[] = cited ? [{ h: 3.5, draw: (top) => decorate(top, 3.5) }] : [];
      const lineRows = ts.lineRows(lines, x, lh, 9.5, (top, i) => {
        decorate(top, lh);
        if (i !== 0) return;
        const dest = ctx.paraDest.get(p.id);
        if (dest) doc.addNamedDestination(dest, 'XYZ', 0, Math.max(0, top - 20), null as unknown as number);
        const l = text(ctx, plabel, 'bold', 9.5, cited ? COLOR.markText : COLOR.muted, labelW)[0];
        if (l) ts.drawLine(l, L + indent, baselineIn(top, lh, 9.5));
      });
      const firstLine = lineRows[0];
      if (cited && firstLine) firstLine.keepWithPrev = true;
      rows.push(...lineRows);
      if (cited) {
        rows.push(...citedRows(ctx, cited, x, L + W - x, decorate));
        rows.push({ h: 3, keepWithPrev: true, draw: (top) => decorate(top, 3) });
      }
      return { rows: tagRows(ctx, 'P', rows), together: lines.length <= 5 };
    });
    const firstPara = paraRows[0];
    ts.flow([...head, ...metaRows], {
      keepTogether: true,
      keepWithNext: firstPara ? keepWithNextHeight(ctx, firstPara.rows, firstPara.together) : 0,
    });
    for (const [pi, { rows, together }] of paraRows.entries()) {
      if (pi > 0) ts.gap(6);
      ts.flow(rows, { keepTogether: together });
    }
    if (r.paragraphs.length === 0) {
      ts.flow(ts.lineRows(text(ctx, 'This record has no paragraphs.', 'italic', 9.5, COLOR.muted, W - HANG), L + HANG, 14, 9.5));
    }
    await ctx.step();
  }
}
