// Text preparation for the PDF renderer: normalisation, font fallback by glyph coverage,
// tokenising for line breaking. No pdfkit here: coverage comes in as a callback so this is testable alone.

/** A face family the renderer can ask for; each maps to an ordered fallback chain of font files. */
export type Face = 'regular' | 'bold' | 'italic';

/** Registered font names, one per TTF file. */
export type FontName = 'sans' | 'sans-bold' | 'sans-italic' | 'kr' | 'kr-bold';

export const FALLBACK: Record<Face, readonly FontName[]> = {
  regular: ['sans', 'kr'],
  bold: ['sans-bold', 'kr-bold'],
  // Noto Sans KR has no italic: Hangul in an italic run is set upright, which is what Korean typesetting does anyway.
  italic: ['sans-italic', 'sans', 'kr'],
};

export type Coverage = (font: FontName, codePoint: number) => boolean;

/** A piece of text in one style, as the renderer hands it to the typesetter. */
export type Span = { text: string; face: Face; size: number; color: string };

/** A run of text drawn in a single font file. */
export type Run = { text: string; font: FontName; span: Span };

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Characters that must never reach the PDF: C0/C1 controls (except tab and newline), zero-width and
// directional formatting marks, variation selectors, soft hyphen, BOM, object replacement.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F and the variation selectors are removed on their own
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFC]|\uDB40[\uDD00-\uDDEF]/g;

/** NFC, unified line breaks, tabs and exotic spaces to plain spaces, invisible characters removed. */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab to space
    .replace(/[\t\u000B\u1680\u2000-\u200A\u205F\u3000]/g, ' ');
}

/** Single line for headings, metadata and file names: all whitespace runs become one space. */
export function oneLine(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ').trim();
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

/** The first font of the face's chain that has a glyph for every code point of the cluster, or null. */
export function fontFor(cluster: string, face: Face, covers: Coverage): FontName | null {
  const cps = codePoints(cluster);
  for (const font of FALLBACK[face]) {
    if (cps.every((cp) => covers(font, cp))) return font;
  }
  return null;
}

/**
 * What to draw for a grapheme cluster: itself in the font that covers it; failing that its decomposition
 * without the marks no font has (e.g. a rare accent), failing that U+FFFD or "?". Never a .notdef box.
 */
export function resolveCluster(cluster: string, face: Face, covers: Coverage): { text: string; font: FontName } {
  const direct = fontFor(cluster, face, covers);
  if (direct) return { text: cluster, font: direct };
  const decomposed = cluster.normalize('NFD');
  for (const font of FALLBACK[face]) {
    const kept = [...decomposed].filter((ch) => covers(font, ch.codePointAt(0) ?? 0)).join('');
    const first = decomposed.codePointAt(0) ?? 0;
    if (kept.length > 0 && covers(font, first)) return { text: kept.normalize('NFC'), font };
  }
  for (const font of FALLBACK[face]) if (covers(font, 0xfffd)) return { text: '\uFFFD', font };
  return { text: '?', font: FALLBACK[face][0] ?? 'sans' };
}

/** Split a span into runs, each drawable in one font. Expects cleaned text. */
export function splitRuns(span: Span, covers: Coverage): Run[] {
  const runs: Run[] = [];
  for (const { segment } of segmenter.segment(span.text)) {
    const { text, font } = resolveCluster(segment, span.face, covers);
    const last = runs[runs.length - 1];
    if (text === '\uFFFD' && last?.text.endsWith('\uFFFD')) continue;
    if (last && last.font === font) last.text += text;
    else runs.push({ text, font, span });
  }
  return runs;
}

// Scripts written without spaces between words: a line may break between any two of these characters.
const BREAK_ANYWHERE = /[\u2E80-\u2FFF\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/u;

/** A word (unbreakable except when it is wider than the line) made of runs, possibly in several fonts. */
export type Token =
  | { kind: 'word'; runs: Run[]; spaceBefore: Span | null }
  | { kind: 'break' };

/** Tokenise spans for line breaking: words separated by spaces, CJK characters one by one, hard breaks on "\n". */
export function tokenize(spans: Span[], covers: Coverage): Token[] {
  const tokens: Token[] = [];
  let cur: { kind: 'word'; runs: Run[]; spaceBefore: Span | null } | null = null;
  let pendingSpace: Span | null = null;
  const flush = () => {
    if (cur && cur.runs.length > 0) tokens.push(cur);
    cur = null;
  };
  for (const raw of spans) {
    const span = { ...raw, text: cleanText(raw.text) };
    for (const { segment } of segmenter.segment(span.text)) {
      if (segment === '\n') {
        flush();
        tokens.push({ kind: 'break' });
        pendingSpace = null;
        continue;
      }
      if (segment === ' ') {
        flush();
        if (tokens.length > 0 && tokens[tokens.length - 1]?.kind === 'word') pendingSpace = span;
        continue;
      }
      const breakable = BREAK_ANYWHERE.test(segment);
      if (breakable) flush();
      if (!cur) {
        cur = { kind: 'word', runs: [], spaceBefore: pendingSpace };
        pendingSpace = null;
      }
      const { text, font } = resolveCluster(segment, span.face, covers);
      const word: { runs: Run[] } = cur;
      const last = word.runs[word.runs.length - 1];
      // A run of characters no font has (Arabic, Thai, emoji…) shows as one replacement mark, not a row of them.
      if (text === '\uFFFD' && last?.text.endsWith('\uFFFD')) continue;
      if (last && last.font === font && last.span === span) last.text += text;
      else word.runs.push({ text, font, span });
      if (breakable) flush();
    }
  }
  flush();
  return tokens;
}

/** ISO date or timestamp to "18 September 2020"; anything else is returned as given. */
export function longDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return oneLine(iso);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const month = months[Number(m[2]) - 1];
  if (!month) return oneLine(iso);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** ISO date or timestamp to "2020-09-22" (the date part); anything else as given. */
export function shortDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : oneLine(iso);
}
