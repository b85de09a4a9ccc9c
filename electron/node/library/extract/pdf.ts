// A PDF's text layer → paragraphs. pdfjs gives positioned runs of text; lines are rebuilt from
// them, joined into paragraphs where the vertical gap is no larger than the line spacing, and
// headers and footers that repeat on every page (ministry name, "Page 2 of 5") are dropped.

import { fail } from '../../../shared/errors.ts';
import { cleanHint, type ExtractedDocument, primaryLanguage } from './types.ts';

type Line = { text: string; y: number; end: number; height: number };
type TextRun = {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
};

const MAX_PAGES = 2000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  // Loaded on first use: most imports are text and HTML, and pdfjs is large.
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const lib = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  const task = lib.getDocument({
    // pdfjs may detach the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      fail(
        'IMPORT_ENCRYPTED',
        `${fileName} is protected with a password, so Briefbook cannot read it. Open it in a PDF reader with the password, save a copy without protection, and import that copy.`,
      );
    }
    fail(
      'IMPORT_DAMAGED',
      `${fileName} is a damaged PDF (${(error as Error).message.replace(/\.$/, '')}): Briefbook cannot read it. Download or save it again and import the new copy.`,
    );
  }
  try {
    const pages: Line[][] = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(toLines(content.items.filter((i): i is TextRun & typeof i => 'str' in i) as TextRun[]));
      page.cleanup();
    }
    if (pages.every((p) => p.every((l) => l.text.trim() === ''))) {
      fail(
        'IMPORT_NO_TEXT',
        `${fileName} is a scanned PDF without a text layer: it holds pictures of pages, not text Briefbook can read. Run it through text recognition (OCR, e.g. “Recognize text” in Acrobat) and import the result, or paste the text instead.`,
      );
    }
    const text = toParagraphs(dropRunningHeads(pages)).join('\n\n');
    let hints: ExtractedDocument['hints'] = {};
    try {
      const { info } = (await doc.getMetadata()) as {
        info: Record<string, unknown>;
      };
      const title = cleanHint(typeof info.Title === 'string' ? info.Title : null);
      hints = {
        // Word and print drivers leave "Microsoft Word - minutes.docx" or a file name as the title.
        title: title && !/^(microsoft word|untitled)|\.(docx?|pdf|html?)$/i.test(title) ? title : null,
        language: primaryLanguage(typeof info.Language === 'string' ? info.Language : null),
        // A PDF's creation date is when it was printed, not when the record was published.
        publishedAt: null,
      };
    } catch {
      // Metadata is optional.
    }
    return { format: 'pdf', text, hints };
  } finally {
    await task.destroy().catch(() => {});
  }
}

/** Runs on (nearly) the same baseline form a line; lines top to bottom. */
function toLines(runs: TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    const y = run.transform[5] ?? 0;
    const height = run.height || Math.abs(run.transform[3] ?? 0) || 10;
    if (current && Math.abs(current.y - y) <= Math.max(2, height * 0.4) && run.str !== '') {
      // Runs placed apart without a space character between them are separate words.
      const apart = x - current.end > height * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(run.str);
      current.text += (apart ? ' ' : '') + run.str;
      current.end = x + (run.width || 0);
      current.height = Math.max(current.height, height);
    } else if (run.str !== '' || run.hasEOL) {
      if (current && current.text.trim() !== '') lines.push(current);
      current = run.str !== '' ? { text: run.str, y, end: x + (run.width || 0), height } : null;
    }
    if (run.hasEOL && current) {
      if (current.text.trim() !== '') lines.push(current);
      current = null;
    }
  }
  if (current && current.text.trim() !== '') lines.push(current);
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines;
}

/** Digits stand for page numbers when comparing headers and footers across pages. */
const shape = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*#\s*[-–—]?(?:\s*(?:of|\/)\s*#)?$/i;

function dropRunningHeads(pages: Line[][]): Line[][] {
  const edge = (p: Line[]) => [...p.slice(0, 2), ...p.slice(-2)];
  const seen = new Map<string, number>();
  for (const p of pages) for (const s of new Set(edge(p).map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const repeated = (s: string) => pages.length >= 2 && (seen.get(s) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((p) => {
    const edges = new Set(edge(p));
    return p.filter((l) => !(edges.has(l) && (repeated(shape(l.text)) || PAGE_NUMBER.test(shape(l.text)))));
  });
}

const MARKER = /^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|\([a-z]\)\s|[a-z]\)\s|[o○ㅇ]\s|[-–•◦·▪*►]\s?)/;
const ENDS_SENTENCE = /[.!?:;…。][”’"')\]]*$/;

function toParagraphs(pages: Line[][]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  const join = (a: string, b: string) => {
    // A word broken at the line end ("coope-" / "ration") is mended; a real hyphen ("Incheon-") is kept.
    if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
    if (/-$/.test(a)) return a + b;
    return `${a} ${b}`;
  };
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const gaps: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i - 1] as Line).y - (lines[i] as Line).y;
      if (gap > 0) gaps.push(gap);
    }
    gaps.sort((a, b) => a - b);
    const spacing = gaps[Math.floor(gaps.length / 2)] ?? 14;
    const width = Math.max(...lines.map((l) => l.text.length));
    // A paragraph continuing from the previous page stays one paragraph.
    const first = lines[0] as Line;
    if (current && (ENDS_SENTENCE.test(current) || MARKER.test(first.text) || !/^\p{Ll}/u.test(first.text))) push();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      const prev = i > 0 ? (lines[i - 1] as Line) : null;
      const gap = prev ? prev.y - line.y : 0;
      const startsNew =
        prev !== null &&
        (gap > spacing * 1.35 ||
          gap < 0 ||
          MARKER.test(line.text) ||
          (ENDS_SENTENCE.test(prev.text) && prev.text.length < width * 0.75) ||
          Math.abs(line.height - prev.height) > Math.max(1.5, prev.height * 0.2));
      if (startsNew) push();
      current = current ? join(current, line.text) : line.text;
    }
  }
  push();
  return paragraphs;
}
