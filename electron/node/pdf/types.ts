// The PDF code's types, in one place: what the renderer, the typesetter, the shaper, the parts of the
// book and the export worker pass each other. The PDF code's files take their types from here, so no
// two of them depend on each other for a type; this file imports none of them (the drawing context,
// which holds the typesetter itself, is in context.ts).

import type { ErrorCode } from '../../shared/errors.ts';
import type { Book, PdfOptions, RecordDetail, Section, TalkingPoint } from '../../shared/types.ts';

// —— ascii.ts ——

/** A word's advance (1/1000 em), its TJ fragment and highest glyph id: what Shaped needs. */
export type AsciiShape = { width: number; tj: string; maxId: number };

// —— content.ts ——

export interface ContentOut {
  /** Append text. */
  put(s: string): void;
  /** Append text and a newline: the end of an operator. */
  line(s: string): void;
}

// —— context.ts ——

export type Target = { page: number | null; dest: string };

/** A citation in the printed book: its number, the point that makes it and where the record is. */
export type NoteRef = { n: number; pointNumber: string; text: string; dest: string | null };

// —— fonts.ts ——

/** A font as pdfkit opened it for a document: its fontkit font, which holds the parsed tables. */
export type OpenedFont = { layout(text: string): unknown };

// —— glyphs.ts ——

export type Position = { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number };

export type Glyph = { id: number; advanceWidth: number; codePoints: number[] };

export type FontkitFont = {
  layout(
    text: string,
    features?: Record<string, boolean>,
  ): { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
  getGlyph(id: number, codePoints?: number[]): Glyph;
  hasGlyphForCodePoint(cp: number): boolean;
};

/** pdfkit's EmbeddedFont: one per document, wrapping a fontkit font and the document's subset of it. */
export type PdfkitFont = {
  id: string;
  ref(): unknown;
  font: FontkitFont;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
};

/**
 * Glyph numbering shared by every document in this thread, for the Latin fonts. pdfkit numbers a font's
 * glyphs per document in the order they are first drawn, so a word's TJ fragment (its glyph ids) is
 * only good for one document. Here a Latin font's glyphs are numbered in the order first used in the
 * session, and every document's subset takes that numbering (its first glyphs are all those numbered so
 * far: the letters, digits, marks and punctuation of earlier books, a few hundred at most), so fragments
 * shaped for one export serve the next. The Korean fonts keep per-document numbering: their subsets would
 * grow with every book's syllables, and carry one book's text into another's.
 */
export type Numbering = { glyphs: Glyph[]; ids: Map<number, number>; variants: Map<string, number> };

/** One document's subset of a font under the shared numbering: glyphs 1..upto are in it. */
export type Included = { numbering: Numbering; upto: number };

// —— linebreak.ts ——

export type Item = { font: FontName; size: number; color: string; rise: number; x: number; width: number; parts: Shaped[] };

export type Line = { items: Item[]; width: number };

// —— markup.ts ——

export type InlineStyle = { bold: boolean; italic: boolean };

export type Inline = { text: string } & InlineStyle;

export type Block = { kind: 'text' | 'bullet'; inlines: Inline[] };

// —— parts/contents.ts ——

export type TocEntry = { level: 0 | 1; label: string; title: string; target: Target };

// —— parts/points.ts ——

export type PointStyle = { size: number; lh: number };

// —— plan.ts ——

export type ResolvedOptions = Required<Omit<PdfOptions, 'sectionIds'>> & { sectionIds: string[] };

export type PlannedSection = { section: Section; number: number; points: TalkingPoint[]; ownPage: boolean };

// —— pool.ts ——

export type ExportStats = { pages: number; bytes: number };

/** What the parent asks the worker to do. */
export type WorkerJob = { input: PrintableBook; filePath: string; pdf?: ExportOptions['pdf']; fontsDir?: string };

export type WorkerRequest = { type: 'job'; id: number; job: WorkerJob } | { type: 'warm' };

/** Messages the worker posts to its parent, each for the job it names. */
export type WorkerMessage =
  | { type: 'progress'; id: number; progress: ProgressEvent }
  | { type: 'done'; id: number; result: ExportStats }
  | { type: 'error'; id: number; code: ErrorCode; message: string }
  | { type: 'warmed'; id: 0 };

// —— render.ts ——

export type PrintableBook = { book: Book; records: RecordDetail[]; generatedAt: string };

export type ExportStage = 'layout' | 'write' | 'done';

export type ProgressEvent = { stage: ExportStage; done: number; total: number };

export type ExportOptions = { onProgress?: (p: ProgressEvent) => void; signal?: AbortSignal; pdf?: PdfOptions };

// —— shapecache.ts ——

/** A glyph as fontkit shaped it, in font units: id, the characters it stands for, advance, offsets. */
export type RawGlyph = [id: number, codePoints: number[], xAdvance: number, xOffset: number, yOffset: number];

// —— shaping.ts ——

/** A word (or space) in one font: its advance in 1/1000 em and its glyphs as a TJ array fragment. */
export type Shaped = {
  width: number;
  /** `(glyphs) -kern (glyphs)`: independent of the font size because TJ numbers are in 1/1000 em. */
  tj: string;
  /** Glyphs moved by GPOS mark positioning (rare with NFC text); drawn glyph by glyph. */
  offsets: { glyphs: string[]; pos: Position[] } | null;
  /** The highest glyph id in it (see glyphs.ts: a fragment from the shared numbering needs glyphs 1..maxId). */
  maxId: number;
};

// —— text.ts ——

/** A face family the renderer can ask for; each maps to an ordered fallback chain of font files. */
export type Face = 'regular' | 'bold' | 'italic' | 'bold-italic';

/** Registered font names, one per TTF file. */
export type FontName = 'sans' | 'sans-bold' | 'sans-italic' | 'sans-bold-italic' | 'kr' | 'kr-bold';

export type Coverage = (font: FontName, codePoint: number) => boolean;

/** A piece of text in one style, as the renderer hands it to the typesetter. `rise` raises it (footnote marks). */
export type Span = { text: string; face: Face; size: number; color: string; rise?: number };

/** A run of text drawn in a single font file, with its shaped glyphs when the tokeniser was given a shaper. */
export type Run = { text: string; font: FontName; span: Span; shaped?: Shaped | undefined };

// —— typeset.ts ——

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

// —— words.ts ——

/** What the tokeniser needs of a document's shaper (shaping.ts): shape a word, or keep an earlier shape. */
export type WordShaper = {
  shapeWord(font: FontName, text: string): Shaped;
  reuse(font: FontName, shaped: Shaped): boolean;
};
