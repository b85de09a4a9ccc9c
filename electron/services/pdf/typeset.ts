// A small typesetter on top of pdfkit: our own line breaking (so mixed-font lines, hanging indents and
// exact heights are under control), rows flowed onto pages with keep-together, orphan and widow control.

import { type Coverage, FALLBACK, type FontName, type Span, tokenize } from './text.ts';

type FontkitFont = { hasGlyphForCodePoint(cp: number): boolean };
type PdfkitFont = { font: FontkitFont; widthOfString(text: string, size: number): number };

export type Geometry = { width: number; height: number; top: number; bottom: number; left: number; right: number };

export type Item = { text: string; font: FontName; size: number; color: string; x: number; width: number };
export type Line = { items: Item[]; width: number };

/** One unit the flow may put on a page: usually a line of text, sometimes a rule or a gap. */
export type Row = { h: number; draw: (top: number) => void; keepWithPrev?: boolean };

export type FlowOptions = {
  /** Move the whole block to the next page rather than split it, when it fits on one page. */
  keepTogether?: boolean;
  /** Minimum rows left at the bottom of a page / carried to the next one when a block splits. */
  orphans?: number;
  widows?: number;
  /** Height of what must follow on the same page (a heading's first lines of text). */
  keepWithNext?: number;
};

export class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  readonly g: Geometry;
  y: number;
  pageIndex = -1;
  /** Called after each new page is added. */
  onNewPage: (index: number) => void = () => {};
  private readonly fonts = new Map<FontName, PdfkitFont>();
  private readonly coverageCache = new Map<FontName, Map<number, boolean>>();
  private readonly widthCache = new Map<string, number>();

  constructor(doc: PDFKit.PDFDocument, g: Geometry, fontNames: readonly FontName[]) {
    this.doc = doc;
    this.g = g;
    this.y = g.top;
    for (const name of fontNames) {
      doc.font(name);
      const f = (doc as unknown as { _font: PdfkitFont })._font;
      this.fonts.set(name, f);
      this.coverageCache.set(name, new Map());
    }
  }

  readonly covers: Coverage = (font, cp) => {
    const cache = this.coverageCache.get(font);
    const f = this.fonts.get(font);
    if (!cache || !f) return false;
    let v = cache.get(cp);
    if (v === undefined) {
      // Space-like and control code points are handled before this; 0x20 is in every font.
      v = f.font.hasGlyphForCodePoint(cp);
      cache.set(cp, v);
    }
    return v;
  };

  width(text: string, font: FontName, size: number): number {
    if (text.length <= 24) {
      const key = `${font}|${size}|${text}`;
      let w = this.widthCache.get(key);
      if (w === undefined) {
        w = this.fonts.get(font)?.widthOfString(text, size) ?? 0;
        if (this.widthCache.size > 50_000) this.widthCache.clear();
        this.widthCache.set(key, w);
      }
      return w;
    }
    return this.fonts.get(font)?.widthOfString(text, size) ?? 0;
  }

  get contentWidth(): number {
    return this.g.width - this.g.left - this.g.right;
  }
  get contentHeight(): number {
    return this.g.height - this.g.top - this.g.bottom;
  }
  get bottomY(): number {
    return this.g.height - this.g.bottom;
  }
  get remaining(): number {
    return this.bottomY - this.y;
  }
  get atTop(): boolean {
    return this.pageIndex >= 0 && this.y <= this.g.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage({
      size: [this.g.width, this.g.height],
      margins: { top: this.g.top, bottom: this.g.bottom, left: this.g.left, right: this.g.right },
    });
    this.pageIndex += 1;
    this.y = this.g.top;
    this.onNewPage(this.pageIndex);
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
    const tokens = tokenize(spans, this.covers);
    const lines: Line[] = [];
    let cur: Line = { items: [], width: 0 };
    const avail = () => width - (lines.length === 0 ? firstIndent : 0);
    const pushLine = () => {
      lines.push(cur);
      cur = { items: [], width: 0 };
    };
    const addPiece = (text: string, font: FontName, span: Span, space: Span | null) => {
      const last = cur.items[cur.items.length - 1];
      if (last && last.font === font && last.size === span.size && last.color === span.color) {
        last.text += (space ? ' ' : '') + text;
        last.width = this.width(last.text, font, span.size);
        cur.width = last.x + last.width;
        return;
      }
      let x = cur.width;
      if (space && last) x += this.width(' ', FALLBACK[space.face][0] ?? 'sans', space.size);
      const w = this.width(text, font, span.size);
      cur.items.push({ text, font, size: span.size, color: span.color, x, width: w });
      cur.width = x + w;
    };
    for (const t of tokens) {
      if (t.kind === 'break') {
        pushLine();
        continue;
      }
      const pieces = t.runs.map((r) => ({ ...r, w: this.width(r.text, r.font, r.span.size) }));
      const wordW = pieces.reduce((s, p) => s + p.w, 0);
      const spaceW = t.spaceBefore && cur.items.length > 0 ? this.width(' ', FALLBACK[t.spaceBefore.face][0] ?? 'sans', t.spaceBefore.size) : 0;
      if (cur.items.length > 0 && cur.width + spaceW + wordW > avail() + 0.01) pushLine();
      if (cur.items.length === 0 && wordW > avail() + 0.01) {
        // A word wider than the line (a URL, a long identifier): break it between characters.
        for (const p of pieces) {
          for (const ch of [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(p.text)].map((s) => s.segment)) {
            const cw = this.width(ch, p.font, p.span.size);
            if (cur.items.length > 0 && cur.width + cw > avail() + 0.01) pushLine();
            addPiece(ch, p.font, p.span, null);
          }
        }
        continue;
      }
      for (const [i, p] of pieces.entries()) addPiece(p.text, p.font, p.span, i === 0 && cur.items.length > 0 ? t.spaceBefore : null);
    }
    if (cur.items.length > 0 || lines.length === 0) lines.push(cur);
    return lines;
  }

  /** Draw a laid-out line with its baseline at `baseline`. */
  drawLine(line: Line, x: number, baseline: number): void {
    const doc = this.doc;
    for (const it of line.items) {
      doc
        .font(it.font)
        .fontSize(it.size)
        .fillColor(it.color)
        .text(it.text, x + it.x, baseline, { lineBreak: false, baseline: 'alphabetic' } as PDFKit.Mixins.TextOptions);
    }
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
    const total = rows.reduce((s, r) => s + r.h, 0);
    if (this.y + total + keepWithNext <= this.bottomY + 0.01) {
      this.drawRows(rows);
      return;
    }
    const mayMoveWhole = opts.keepTogether || keepWithNext > 0 || rows.length <= orphans + widows - 1;
    if (mayMoveWhole && !this.atTop && total + keepWithNext <= this.contentHeight) {
      this.newPage();
      this.drawRows(rows);
      return;
    }
    let i = 0;
    while (i < rows.length) {
      let n = 0;
      let h = 0;
      while (i + n < rows.length) {
        const r = rows[i + n];
        if (!r || this.y + h + r.h > this.bottomY + 0.01) break;
        h += r.h;
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

  private drawRows(rows: Row[]): void {
    for (const r of rows) {
      r.draw(this.y);
      this.y += r.h;
    }
  }
}

/** Baseline that centres capitals (cap height ~0.714 em in Noto Sans) vertically in a line box. */
export function baselineIn(top: number, lh: number, size: number): number {
  return top + lh / 2 + size * 0.357;
}
