// What every part of the book layout shares: the document, the typesetter, colours and sizes, link
// targets, per-page state (running-header chapter, highest marking) and small helpers.

import { higherMarking } from '../../shared/classification.ts';
import type { Book, Classification, RecordDetail } from '../../shared/types.ts';
import type { Face, Line, NoteRef, PlannedSection, ResolvedOptions, Row, Span, StructElement } from './types.ts';
import { Typesetter } from './typeset.ts';

/** What every part of the book is drawn with: the document, its typesetter, the book and its options, and per-page state. */
export type Ctx = {
  doc: PDFKit.PDFDocument;
  ts: Typesetter;
  book: Book;
  options: ResolvedOptions;
  sections: PlannedSection[];
  records: RecordDetail[];
  title: string;
  /** Left edge and width of the text area in recto coordinates (verso pages are shifted by the typesetter). */
  L: number;
  W: number;
  chapterByPage: string[];
  markingByPage: Classification[];
  chapter: string;
  /** Paragraph id → named destination in the annex (only when the annex is printed). */
  paraDest: Map<string, string>;
  /** Paragraph id → numbers of the points citing it. */
  citedBy: Map<string, string[]>;
  notes: NoteRef[];
  /** Called between points and annex records: reports progress and lets a cancelled export stop. */
  step: () => Promise<void>;
};

export const COLOR = {
  ink: '#1b1d21',
  accent: '#1f3a5a',
  muted: '#596170',
  faint: '#858c97',
  rule: '#c5cad1',
  tint: '#f6f0de',
  mark: '#b5862e',
  markText: '#7d5c1c',
  raisedTint: '#eef2f7',
  raisedBar: '#1f3a5a',
};

export const BODY = 10.5;
export const BODY_LH = 15.5;
export const HANG = 36; // point numbers hang in this column; section titles and point text align after it

export function span(text: string, face: Face, size: number, color: string, rise?: number): Span {
  return rise ? { text, face, size, color, rise } : { text, face, size, color };
}

// Laid-out lines are never changed after layout, so one-style text that recurs (a citation cited by many
// points, labels, headings) is laid out once per document. Keyed per typesetter: shapes belong to a document.
const textMemo = new WeakMap<Typesetter, Map<string, Line[]>>();

export function text(ctx: Ctx, s: string, face: Face, size: number, color: string, width: number, indent = 0): Line[] {
  let memo = textMemo.get(ctx.ts);
  if (!memo) {
    memo = new Map();
    textMemo.set(ctx.ts, memo);
  }
  const key = `${face}|${size}|${color}|${width}|${indent}|${s}`;
  let lines = memo.get(key);
  if (!lines) {
    lines = ctx.ts.layout([span(s, face, size, color)], width, indent);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, lines);
  }
  return lines;
}

export function enterChapter(ctx: Ctx, name: string, top: number): void {
  ctx.chapter = name;
  if (top <= ctx.ts.g.top + 0.5) ctx.chapterByPage[ctx.ts.pageIndex] = name;
}

/** Raise the current page's banner to `m` if it is higher than what the page already carries. */
export function markPage(ctx: Ctx, m: Classification | null | undefined): void {
  const i = ctx.ts.pageIndex;
  ctx.markingByPage[i] = higherMarking(ctx.markingByPage[i] ?? ctx.book.classification, m);
}

export function bookmark(ctx: Ctx, parent: PDFKit.PDFOutline, label: string, top: number, expanded = false): PDFKit.PDFOutline {
  return parent.addItem(label, { top: Math.max(0, top - 14), left: ctx.ts.g.width, expanded } as { expanded?: boolean });
}

export function destination(ctx: Ctx, name: string, top: number): void {
  ctx.doc.addNamedDestination(name, 'XYZ', 0, Math.max(0, top - 14), null as unknown as number);
}

type StructDoc = PDFKit.PDFDocument & {
  struct(type: string): StructElement;
  addStructure(el: unknown): void;
};

// The tagged PDF's one top-level element, per document: headings and paragraphs are its children, as
// PDF/UA and screen readers expect (a structure tree root with a single Document element).
const documentElements = new WeakMap<PDFKit.PDFDocument, StructElement>();

function documentElement(ctx: Ctx): StructElement {
  let root = documentElements.get(ctx.doc);
  if (!root) {
    const doc = ctx.doc as StructDoc;
    root = doc.struct('Document');
    doc.addStructure(root);
    documentElements.set(ctx.doc, root);
  }
  return root;
}

/**
 * Tag rows as one structure element (H1, P…): the typesetter marks the element's content on each page it
 * lands on and links it to the element, so screen readers and reflow see headings and paragraphs.
 */
export function tagRows(ctx: Ctx, type: string, rows: Row[]): Row[] {
  const doc = ctx.doc as StructDoc;
  let el: StructElement | null = null;
  return rows.map((r) => ({
    ...r,
    tagged: true,
    draw: (top: number) => {
      if (!el) {
        el = doc.struct(type);
        documentElement(ctx).add(el);
      }
      ctx.ts.mark(el, type, () => r.draw(top));
    },
  }));
}

// Running heads repeat on every page (the same title, the same section for many pages): shortened once.
const truncateMemo = new WeakMap<Typesetter, Map<string, Line | undefined>>();

/** Text shortened with an ellipsis to fit `maxW` (running headers). */
export function truncate(ctx: Ctx, s: string, face: Face, size: number, color: string, maxW: number): Line | undefined {
  let memo = truncateMemo.get(ctx.ts);
  if (!memo) {
    memo = new Map();
    truncateMemo.set(ctx.ts, memo);
  }
  const key = `${face}|${size}|${color}|${maxW}|${s}`;
  if (memo.has(key)) return memo.get(key);
  const line = truncateUncached(ctx, s, face, size, color, maxW);
  memo.set(key, line);
  return line;
}

function truncateUncached(ctx: Ctx, s: string, face: Face, size: number, color: string, maxW: number): Line | undefined {
  const one = (t: string) => ctx.ts.layout([span(t, face, size, color)], 100_000)[0];
  let line = one(s);
  if (!line || line.width <= maxW) return line;
  const chars = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const w = one(`${chars.slice(0, mid).join('').trimEnd()}…`)?.width ?? 0;
    if (w <= maxW) lo = mid;
    else hi = mid - 1;
  }
  line = one(`${chars.slice(0, lo).join('').trimEnd()}…`);
  return line;
}

export function rule(ctx: Ctx, x1: number, x2: number, y: number, width = 0.6, color = COLOR.rule): void {
  ctx.doc.save().lineWidth(width).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
}

export { Typesetter };
