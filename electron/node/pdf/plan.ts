// What goes into the PDF for a set of options: which sections (with their book numbers), which records,
// the page geometry, the metadata language. No pdfkit here.

import { fail } from '../../shared/errors.ts';
import { numberedSections, pointNumber } from '../../shared/numbering.ts';
import type { Book, PdfOptions, RecordDetail, Section, TalkingPoint } from '../../shared/types.ts';
import type { Geometry } from './typeset.ts';

export type ResolvedOptions = Required<Omit<PdfOptions, 'sectionIds'>> & { sectionIds: string[] };

export function resolveOptions(o: PdfOptions | undefined): ResolvedOptions {
  return {
    paper: o?.paper ?? 'A4',
    scope: o?.scope ?? 'book',
    sectionIds: o?.sectionIds ?? [],
    annex: o?.annex ?? true,
    citations: o?.citations ?? 'footnotes',
    sectionsOnNewPage: o?.sectionsOnNewPage ?? false,
  };
}

const PAPER = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } } as const;

/** Margins for binding: the inner (spine) margin is wider; verso pages mirror it. */
export function geometry(paper: ResolvedOptions['paper'], mirror = true): Geometry {
  // A loose card (the handout) is not bound: equal margins keep its centred title under the banner.
  return mirror
    ? { ...PAPER[paper], top: 76, bottom: 76, left: 76, right: 56, mirror }
    : { ...PAPER[paper], top: 76, bottom: 76, left: 66, right: 66, mirror };
}

export type PlannedSection = { section: Section; number: number; points: TalkingPoint[]; ownPage: boolean };

function byOrdinal<T extends { ordinal: number }>(a: T, b: T): number {
  return a.ordinal - b.ordinal;
}

/** A section of key messages is printed on a page of its own. */
function isKeyMessages(s: Section, points: TalkingPoint[]): boolean {
  return s.key === 'key-messages' || (points.length > 0 && points.every((p) => p.kind === 'key-message'));
}

/** Sections to print, numbered by the book's order (empty ones are left out but keep their numbers). */
export function planSections(book: Book, opts: ResolvedOptions): PlannedSection[] {
  const all = numberedSections(book.sections).map(({ section: s, number }) => {
    const points = [...s.points].sort(byOrdinal);
    return { section: s, number, points, ownPage: isKeyMessages(s, points) };
  });
  if (opts.scope === 'sections') {
    const known = new Set(all.map((s) => s.section.id));
    const missing = opts.sectionIds.filter((id) => !known.has(id));
    if (missing.length > 0)
      fail('BAD_INPUT', 'A section chosen for printing is no longer in this book. Choose the sections again.');
    const chosen = new Set(opts.sectionIds);
    return all.filter((s) => chosen.has(s.section.id) && s.points.length > 0);
  }
  return all.filter((s) => s.points.length > 0);
}

/** Key messages for the handout: points marked as key messages, else the key messages section. */
export function keyMessages(book: Book): { number: string; point: TalkingPoint }[] {
  const sections = planSections(book, resolveOptions(undefined));
  const out: { number: string; point: TalkingPoint }[] = [];
  for (const s of sections) {
    for (const [i, p] of s.points.entries())
      if (p.kind === 'key-message') out.push({ number: pointNumber(s.number, i), point: p });
  }
  if (out.length > 0) return out;
  for (const s of sections) {
    if (s.section.key !== 'key-messages') continue;
    for (const [i, p] of s.points.entries()) out.push({ number: pointNumber(s.number, i), point: p });
  }
  return out;
}

/** Records cited by the printed points, in order of first citation. */
export function recordsFor(sections: PlannedSection[], records: RecordDetail[]): RecordDetail[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const out: RecordDetail[] = [];
  const seen = new Set<string>();
  for (const s of sections) {
    for (const p of s.points) {
      const id = p.citation?.recordId;
      const r = id ? byId.get(id) : undefined;
      if (!r || seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

const VIETNAMESE = new Set(
  [...'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'].flatMap((c) => [c, c.toUpperCase()]).map((c) => c.charCodeAt(0)),
);

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/** The language most of the book is written in, for the PDF's /Lang: Korean, Vietnamese or English. */
export function bookLanguage(book: Book): string {
  // A sample of at most ~500 points spread over the whole book tells the language as well as all of them:
  // a thousand-page book is millions of characters, and this runs before the first page is laid out.
  const points = book.sections.flatMap((s) => s.points);
  const stride = Math.max(1, Math.floor(points.length / 500));
  const sample = [book.title];
  for (let i = 0; i < points.length; i += stride) sample.push((points[i] as TalkingPoint).text);
  const text = sample.join(' ');
  // One pass over the characters, not match()/split().
  let hangul = 0;
  let latin = 0;
  let words = 0;
  let vietnamese = 0;
  let inWord = false;
  let viWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (inWord && viWord) vietnamese += 1;
      inWord = false;
      viWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      words += 1;
    }
    if (c >= 0xac00 && c <= 0xd7a3) hangul += 1;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff))
      latin += 1;
    if (VIETNAMESE.has(c)) viWord = true;
  }
  if (inWord && viWord) vietnamese += 1;
  if (hangul > latin) return 'ko';
  if (words > 0 && vietnamese / words > 0.2) return 'vi';
  return 'en';
}
