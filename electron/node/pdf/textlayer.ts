// The PDF's text layer: what copying, searching and screen readers get from each glyph drawn. A font's
// ToUnicode map gives each glyph of its subset one text, but shaping can draw one glyph for different
// texts: Noto Sans's ccmp feature draws "ọ" as an "o" glyph and a dot-below mark glyph, so "o" stands for
// "ọ" there and for "o" in "Ngoc", and the mark for nothing (fontkit gives a decomposed letter's code
// points to its first glyph, a ligature's to the ligature); a space and a no-break space share a glyph.
// With one entry per glyph, "Ngọc" copied out of the PDF as "Ngoc". So a glyph that appears with a second
// text is put in the subset a second time, under its own id with its own ToUnicode entry: the same
// outline drawn, and every glyph's text exactly the text it stands for.

import type { FontkitFont, Glyph, PdfkitFont } from './glyphs.ts';

const tracked = new WeakSet<FontkitFont>();

/**
 * Make a fontkit font report each glyph with the text it was shaped from. fontkit keeps one Glyph object
 * per glyph id, made with the code points of the first request, and hands that object out for every later
 * request whatever the text: shaping "ọ" after "o" returns the "o" glyph labelled "o". Here a request with
 * other code points gets a view of the same glyph (outline and metrics from the shared object) carrying
 * its own code points.
 */
export function trackGlyphText(font: FontkitFont): void {
  if (tracked.has(font)) return;
  tracked.add(font);
  const shared = font.getGlyph;
  font.getGlyph = function getGlyph(this: FontkitFont, id: number, codePoints?: number[]): Glyph {
    const g = shared.call(this, id, codePoints);
    if (codePoints === undefined || sameText(g.codePoints, codePoints)) return g;
    return Object.create(g, { codePoints: { value: codePoints, enumerable: true } }) as Glyph;
  };
}

// A combining mark the text itself holds (one NFC could not compose with its letter).
const COMBINING = /\p{M}/u;

/**
 * The OpenType features to shape a text with. Text reaches the shaper in NFC, so every Vietnamese letter
 * (and most accented letters of any script) is one precomposed character, which the fonts draw with a
 * glyph of its own designed for it. Their ccmp feature would take some of these apart ("ọ", "ị", "ụ": a
 * base glyph and a dot-below mark placed by GPOS), leaving glyphs that stand for part of a letter: so
 * ccmp is left out, as long as the text has no combining mark of its own. A text with one keeps ccmp
 * (it makes the i dotless under an accent, composes marks the font draws together), and its glyphs'
 * text is the letters and marks they draw (textPerGlyph).
 */
export function shapingFeatures(text: string): Record<string, boolean> | undefined {
  // A new object each time: fontkit adds the features it applied to the one it is given.
  return COMBINING.test(text) ? undefined : { ccmp: false };
}

/**
 * Each glyph labelled with the text it stands for, so the glyphs of a cluster together give back its
 * text. fontkit gives a letter the shaper took apart all of its code points on the first glyph and none
 * on the marks after it; a glyph with no text has no ToUnicode entry to copy (pdf.js then copies the glyph
 * number as a control character). So the letter's canonical decomposition is shared out: one mark for
 * each mark glyph, the rest on the first glyph ("ọ" as "o" and U+0323, which is "ọ" again in NFC).
 */
export function textPerGlyph(font: FontkitFont, glyphs: Glyph[]): Glyph[] {
  let out: Glyph[] | null = null;
  for (let i = 0; i < glyphs.length; i++) {
    const first = glyphs[i] as Glyph;
    let marks = 0;
    while (i + marks + 1 < glyphs.length && (glyphs[i + marks + 1] as Glyph).codePoints.length === 0) marks += 1;
    if (marks === 0 || first.codePoints.length === 0) continue;
    const nfd = [...String.fromCodePoint(...first.codePoints).normalize('NFD')].map((c) => c.codePointAt(0) as number);
    if (nfd.length <= marks) continue;
    out ??= glyphs.slice();
    const head = nfd.length - marks;
    out[i] = font.getGlyph(first.id, nfd.slice(0, head));
    for (let k = 1; k <= marks; k++) out[i + k] = font.getGlyph((glyphs[i + k] as Glyph).id, [nfd[head + k - 1] as number]);
    i += marks;
  }
  return out ?? glyphs;
}

export function sameText(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A glyph and its text, as the key of a second (third…) copy of the glyph in a subset. */
export function variantKey(g: Glyph): string {
  return `${g.id}:${g.codePoints.join(',')}`;
}

/** The subset id for a glyph with its text: the glyph's own, or a new copy of it when that one has another text. */
export function slot(f: PdfkitFont, g: Glyph): number {
  const gid = f.subset.includeGlyph(g.id);
  const text = f.unicode[gid];
  if (text == null || sameText(text, g.codePoints)) return gid;
  // fontkit's subset writes the glyphs of this list in order: the same glyph id twice is the outline twice.
  const subset = f.subset as PdfkitFont['subset'] & { glyphs: number[] };
  subset.glyphs.push(g.id);
  return subset.glyphs.length - 1;
}

/** The copies of glyphs with a second text in one document's subset, for fonts numbered per document. */
const documentCopies = new WeakMap<PdfkitFont, Map<string, number>>();

/** A glyph's id in a subset numbered per document (the Korean fonts): its own, or its copy for this text. */
export function inDocument(f: PdfkitFont, g: Glyph): number {
  const gid = f.subset.includeGlyph(g.id);
  const text = f.unicode[gid];
  if (text == null || sameText(text, g.codePoints)) return gid;
  let copies = documentCopies.get(f);
  if (!copies) {
    copies = new Map();
    documentCopies.set(f, copies);
  }
  const key = variantKey(g);
  let copy = copies.get(key);
  if (copy === undefined) {
    copy = slot(f, g);
    copies.set(key, copy);
  }
  return copy;
}
