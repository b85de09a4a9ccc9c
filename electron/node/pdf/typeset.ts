// A small typesetter on top of pdfkit: our own line breaking (mixed-font lines, hanging indents, exact
// heights), rows flowed onto pages with keep-together, orphan/widow control and footnotes that take
// their room at the foot of the page, mirrored margins for binding, and text written as pre-shaped glyph runs.

import { type ContentOut, StringOut } from './content.ts';
import { type Line, LineBreaker } from './linebreak.ts';
import { PageStreams } from './pagestream.ts';
import { fillOp, num, Shaper, writeTj } from './shaping.ts';
import type { Coverage, FontName, Span } from './text.ts';

/** Page size and margins. `left`/`right` are a recto (odd) page's; verso pages mirror them when `mirror`. */
export type Geometry = {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  mirror?: boolean;
};

export type { Item, Line } from './linebreak.ts';

/** One unit the flow may put on a page: usually a line of text, sometimes a rule or a gap. */
export type Row = {
  h: number;
  draw: (top: number) => void;
  keepWithPrev?: boolean;
  /** Drawn inside a structure element's marked content (see Typesetter.mark); other rows are drawn outside any. */
  tagged?: boolean;
  /** Footnotes this row calls: they go at the foot of the page the row lands on. */
  notes?: Note[];
};

/** A structure element of the tagged PDF (pdfkit's PDFStructureElement), as far as the typesetter uses it. */
export type StructElement = { add(child: unknown): unknown };

type MarkingDoc = PDFKit.PDFDocument & {
  markStructureContent(tag: string): unknown;
  endMarkedContent(): unknown;
};

/** A footnote: its rows are drawn at the foot of the page, above the bottom margin. */
export type Note = { rows: Row[]; h: number };

export type FlowOptions = {
  /** Move the whole block to the next page rather than split it, when it fits on one page. */
  keepTogether?: boolean;
  /** Minimum rows left at the bottom of a page / carried to the next one when a block splits. */
  orphans?: number;
  widows?: number;
  /** Height of what must follow on the same page (a heading's first lines of text). */
  keepWithNext?: number;
};

const NOTE_SEPARATOR = 14;

export class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  readonly g: Geometry;
  readonly shaper: Shaper;
  readonly streams: PageStreams;
  y: number;
  pageIndex = -1;
  /** Called after each new page is added. */
  onNewPage: (index: number) => void = () => {};
  private pageNotes: Note[] = [];
  private notesH = 0;
  private pageOpen = false;

  constructor(doc: PDFKit.PDFDocument, g: Geometry, fontNames: readonly FontName[]) {
    this.doc = doc;
    this.g = g;
    this.y = g.top;
    this.shaper = new Shaper(doc, fontNames);
    this.covers = this.shaper.covers;
    this.breaker = new LineBreaker(this.shaper, this.covers);
    this.streams = new PageStreams(doc);
  }

  readonly covers: Coverage;
  private readonly breaker: LineBreaker;

  width(text: string, font: FontName, size: number): number {
    return (this.shaper.shape(font, text).width * size) / 1000;
  }

  get contentWidth(): number {
    return this.g.width - this.g.left - this.g.right;
  }
  get contentHeight(): number {
    return this.g.height - this.g.top - this.g.bottom;
  }
  /** Bottom of the text area on this page, above its footnotes. */
  get bottomY(): number {
    return this.g.height - this.g.bottom - (this.notesH > 0 ? this.notesH + NOTE_SEPARATOR : 0);
  }
  get remaining(): number {
    return this.bottomY - this.y;
  }
  get atTop(): boolean {
    return this.pageIndex >= 0 && this.y <= this.g.top + 0.01;
  }
  /** How far a page's content moves sideways: verso pages swap the inner (binding) and outer margins. */
  shiftFor(pageIndex: number): number {
    return this.g.mirror && pageIndex % 2 === 1 ? this.g.right - this.g.left : 0;
  }

  newPage(): void {
    this.closePage();
    this.streams.addPage(() =>
      this.doc.addPage({
        size: [this.g.width, this.g.height],
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      }),
    );
    this.pageIndex += 1;
    this.y = this.g.top;
    const dx = this.shiftFor(this.pageIndex);
    // Content is laid out in recto coordinates; links follow because pdfkit maps annotations through the CTM.
    this.doc.save();
    if (dx) this.doc.translate(dx, 0);
    this.pageOpen = true;
    this.onNewPage(this.pageIndex);
  }

  /** The element whose marked-content sequence is open on this page: its next row continues the sequence. */
  private marked: StructElement | null = null;

  /**
   * Draw inside `el`'s marked content. Consecutive rows of one element on one page share a single
   * marked-content sequence (one per paragraph and page, not one per line): fewer operators, fewer
   * parent-tree entries, and the same structure for screen readers.
   */
  mark(el: StructElement, type: string, draw: () => void): void {
    if (this.marked !== el) {
      this.endMarked();
      el.add((this.doc as MarkingDoc).markStructureContent(type));
      this.marked = el;
    }
    draw();
  }

  /** Close the open marked-content sequence, before drawing anything that belongs to no element. */
  endMarked(): void {
    if (this.marked === null) return;
    (this.doc as MarkingDoc).endMarkedContent();
    this.marked = null;
  }

  /** Draws the page's footnotes and ends its content; called by newPage and once at the end. */
  closePage(): void {
    if (!this.pageOpen) return;
    this.endMarked();
    if (this.pageNotes.length > 0) {
      let y = this.g.height - this.g.bottom - this.notesH;
      const doc = this.doc;
      doc
        .save()
        .lineWidth(0.5)
        .strokeColor('#858c97')
        .moveTo(this.g.left, y - 8)
        .lineTo(this.g.left + 96, y - 8)
        .stroke()
        .restore();
      for (const note of this.pageNotes) {
        for (const r of note.rows) {
          r.draw(y);
          y += r.h;
        }
      }
    }
    this.pageNotes = [];
    this.notesH = 0;
    this.doc.restore();
    this.pageOpen = false;
    this.streams.close();
  }

  /** Vertical space, dropped at the top of a page. */
  gap(h: number): void {
    if (this.atTop) return;
    this.y = Math.min(this.y + h, this.bottomY);
  }

  /**
   * Break spans into lines of at most `width` points. `firstIndent` narrows the first line only
   * (the caller draws something in front of it).
   */
  layout(spans: Span[], width: number, firstIndent = 0): Line[] {
    return this.breaker.layout(spans, width, firstIndent);
  }

  /** Draw a laid-out line with its baseline at `baseline`, as pre-shaped glyph runs. */
  drawLine(line: Line, x: number, baseline: number): void {
    if (line.items.length === 0) return;
    const doc = this.doc as PDFKit.PDFDocument & {
      page: { height: number; fonts: Record<string, unknown> };
      addContent(s: string): void;
    };
    // Body text goes straight into the page's byte buffer; anything drawn later (running heads) through pdfkit.
    const streams = this.streams;
    const out: ContentOut = streams.collects() ? streams : new StringOut();
    out.put('q 1 0 0 -1 0 ');
    out.put(num(doc.page.height));
    out.line(' cm BT');
    let font = '';
    let size = -1;
    let color = '';
    let rise = 0;
    const y = num(doc.page.height - baseline);
    for (const it of line.items) {
      const f = this.shaper.font(it.font);
      if (doc.page.fonts[f.id] == null) doc.page.fonts[f.id] = f.ref();
      if (f.id !== font || it.size !== size) out.line(`/${f.id} ${num(it.size)} Tf`);
      if (it.color !== color) out.line(fillOp(it.color));
      if (it.rise !== rise) out.line(`${num(it.rise)} Ts`);
      font = f.id;
      size = it.size;
      color = it.color;
      rise = it.rise;
      out.put('1 0 0 1 ');
      out.put(num(x + it.x));
      out.put(' ');
      out.put(y);
      out.line(' Tm');
      writeTj(out, it.parts, it.size, it.rise);
    }
    out.line('ET Q');
    if (out instanceof StringOut) doc.addContent(out.text());
  }

  /** Draw a line centred on `cx`: each run at its own offset, so runs in different fonts never overprint. */
  drawLineCentered(line: Line, cx: number, baseline: number): void {
    this.drawLine(line, cx - line.width / 2, baseline);
  }

  /** Rows for a paragraph: each line centred in a box of `lh` points (caps centred on the box). */
  lineRows(lines: Line[], x: number, lh: number, size: number, decorate?: (top: number, i: number) => void): Row[] {
    return lines.map((line, i) => ({
      h: lh,
      draw: (top: number) => {
        decorate?.(top, i);
        this.drawLine(line, x, baselineIn(top, lh, size));
      },
    }));
  }

  /** Put rows on pages, starting at the current position. */
  flow(rows: Row[], opts: FlowOptions = {}): void {
    const orphans = opts.orphans ?? 2;
    const widows = opts.widows ?? 2;
    const keepWithNext = opts.keepWithNext ?? 0;
    this.flowRows(rows, orphans, widows, keepWithNext, opts.keepTogether === true);
    // Whatever is drawn next, outside a flow, is outside this block's element.
    this.endMarked();
  }

  private flowRows(rows: Row[], orphans: number, widows: number, keepWithNext: number, keepTogether: boolean): void {
    if (this.fits(rows, keepWithNext)) {
      this.drawRows(rows);
      return;
    }
    const total = rows.reduce((s, r) => s + r.h + noteHeight(r), 0);
    const mayMoveWhole = keepTogether || keepWithNext > 0 || rows.length <= orphans + widows - 1;
    if (mayMoveWhole && !this.atTop && total + keepWithNext <= this.contentHeight - NOTE_SEPARATOR) {
      this.newPage();
      this.drawRows(rows);
      return;
    }
    let i = 0;
    while (i < rows.length) {
      let n = 0;
      let h = 0;
      let nh = this.notesH;
      while (i + n < rows.length) {
        const r = rows[i + n] as Row;
        const addNotes = noteHeight(r);
        const noteRoom = nh + addNotes > 0 ? nh + addNotes + NOTE_SEPARATOR : 0;
        if (this.y + h + r.h > this.g.height - this.g.bottom - noteRoom + 0.01) break;
        h += r.h;
        nh += addNotes;
        n += 1;
      }
      if (i + n < rows.length) {
        // Leave at least `widows` rows for the next page, keep rows glued to their predecessor.
        n = Math.min(n, rows.length - i - widows);
        while (n > 0 && rows[i + n]?.keepWithPrev) n -= 1;
        if (n < orphans && !this.atTop) {
          this.newPage();
          continue;
        }
        if (n <= 0) n = 1; // a single row taller than the page, or nothing else possible
      }
      this.drawRows(rows.slice(i, i + n));
      i += n;
      if (i < rows.length) this.newPage();
    }
  }

  private fits(rows: Row[], extra: number): boolean {
    let h = extra;
    let nh = this.notesH;
    for (const r of rows) {
      h += r.h;
      nh += noteHeight(r);
    }
    return this.y + h <= this.g.height - this.g.bottom - (nh > 0 ? nh + NOTE_SEPARATOR : 0) + 0.01;
  }

  private drawRows(rows: Row[]): void {
    for (const r of rows) {
      if (!r.tagged) this.endMarked();
      r.draw(this.y);
      this.y += r.h;
      if (r.notes) {
        for (const n of r.notes) {
          this.pageNotes.push(n);
          this.notesH += n.h;
        }
      }
    }
  }
}

function noteHeight(r: Row): number {
  if (!r.notes) return 0;
  let h = 0;
  for (const n of r.notes) h += n.h;
  return h;
}

/** Baseline that centres capitals (cap height ~0.714 em in Noto Sans) vertically in a line box. */
export function baselineIn(top: number, lh: number, size: number): number {
  return top + lh / 2 + size * 0.357;
}
