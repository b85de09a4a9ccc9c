// A headline says what its lead says: the two share names, places and the thing done. A site's
// slogan, a section name, a share button or a photo credit above the headline shares nothing with
// the lead. Where the heading lines' position alone cannot tell which is the headline and the line it
// chose shares nothing with the lead, the lead decides. Words of four letters or more are compared
// (shorter ones are the language's glue: "the", "for", "của"); in scripts without spaces, pairs of letters.

import { isMastheadOfLead } from './title-masthead.ts';

const WORD = /[\p{L}\p{M}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The words of a line (four letters or more, no digits), and pairs of letters in Han, Hangul, Thai and kana runs. */
function words(line: string): Set<string> {
  const out = new Set<string>();
  for (const [w] of line.toLowerCase().matchAll(WORD)) {
    if (UNSPACED.test(w)) for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    else if (w.length >= 4) out.add(w);
  }
  return out;
}

/** A word's stem in an inflected language: its first five letters, accents off, for words of six letters or more. */
const STEM_LETTERS = 5;
const stemOf = (w: string): string | null =>
  w.length > STEM_LETTERS && !UNSPACED.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '').slice(0, STEM_LETTERS) : null;

/**
 * How many of the line's words the lead uses; with `stems`, a word of six letters or more counts when the lead has a
 * word of the same stem: a headline and its lead inflect the same word otherwise ("Προξένου" / "Πρόξενος", "Mayoral" /
 * "Mayor", "landshövdingar" / "landshövding").
 */
export function sharedWithLead(line: string, lead: string, stems = false): number {
  const inLead = words(lead);
  const leadStems = new Set<string>();
  if (stems)
    for (const w of inLead) {
      const stem =
        stemOf(w) ?? (w.length === STEM_LETTERS && !UNSPACED.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : null);
      if (stem) leadStems.add(stem);
    }
  let n = 0;
  for (const w of words(line)) {
    const stem = stems ? stemOf(w) : null;
    if (inLead.has(w) || (stem !== null && leadStems.has(stem))) n++;
  }
  return n;
}

/**
 * Of heading lines the position alone leaves open, the one that shares most with the lead (two words
 * at least), when the line the position chose shares none: that one is the site's, not the story's.
 * A deck that shares more than a headline does is no reason to pass the headline over.
 */
export function headlineByLead<T extends { l: string }>(candidates: T[], chosen: T, lead: string | undefined): T {
  if (lead === undefined || candidates.length < 2) return chosen;
  // A masthead shares the lead's words as the name the lead gives its body ("T.C. Ankara Büyükşehir Belediyesi" /
  // "Ankara Büyükşehir Belediye Başkanı …"): one name, as a town's is.
  const own = Math.min(sharedWithLead(chosen.l, lead), isMastheadOfLead(chosen.l, lead) ? 1 : Number.POSITIVE_INFINITY);
  if (own > 1) return chosen;
  let best = chosen;
  // A masthead or slogan may share one word with the lead by chance (the paper's town, "ngày", "Brasil"):
  // then the headline must share three.
  let most = own === 0 ? 1 : 2;
  // The other lines may tell the lead in its words inflected; the chosen line keeps its place on its words as written.
  for (const c of candidates) {
    const n = sharedWithLead(c.l, lead, true);
    if (n > most) [best, most] = [c, n];
  }
  return best;
}

/** A line of a few letters: a section name, a language switch, a share button ("Noticias", "Tiếng Việt | English"). */
const FEW_LETTERS = 25;
const UNSPACED_ALL = new RegExp(UNSPACED.source, 'gu');
/** Letters in a line; one in a script without spaces counts twice (a Korean headline of 22 syllables is a full one). */
const letters = (line: string): number => (line.match(/[\p{L}\p{M}]/gu)?.length ?? 0) + (line.match(UNSPACED_ALL)?.length ?? 0);

/**
 * A line of a few letters chosen by its place above the byline, when another heading line shares the
 * lead's words and it none, or two more than it: the short one is the page's furniture (a section
 * name, a language switch), the other the headline. A line right under a short headline is its deck,
 * which tells more: passed over unless a date or byline stands between them.
 */
export function toldMore<T extends { l: string; i: number }>(
  candidates: T[],
  chosen: T,
  lead: string | undefined,
  /** Whether a date or byline stands between two heading lines: a line under the short one with none between is its deck. */
  markBetween: (above: number, below: number) => boolean,
  /** Whether the page prints the chosen line twice, as it does its headline. */
  printedTwice = false,
): T {
  if (lead === undefined || candidates.length < 2) return chosen;
  const few = letters(chosen.l) <= FEW_LETTERS;
  const own = sharedWithLead(chosen.l, lead);
  // A longer line above the date that shares no word with the lead is the site's slogan ("News, Events,
  // Stories and Interviews"), when a line under that date tells the lead in two words: blogs date a post
  // above its title. A slogan may share one word by chance (the site's town): then the line under the date
  // must tell the lead in three, unless the page prints the slogan's line twice, as it does a headline.
  if ((!few && own > (printedTwice ? 0 : 1)) || own > 2) return chosen;
  let best = chosen;
  let most = own === 0 ? (few ? 0 : 1) : own + 1;
  // A longer line above the date that shares none of the lead's words, under one that tells the lead in two: the
  // headline's deck, shorter than it ("Besuch des Präsidiums des Landtags von Nordrhein-Westfalen" / "Interparlamentarischer
  // Austausch der Leitungsgremien" / "22. und 23. Februar 2024"); the line above it is the headline.
  const above = !few && own === 0;
  for (const c of candidates) {
    if (c.i === chosen.i || (c.i > chosen.i && !markBetween(chosen.i, c.i)) || (!few && !above && c.i < chosen.i)) continue;
    const n = sharedWithLead(c.l, lead, true);
    if (n > most) [best, most] = [c, n];
  }
  return best;
}

/** What a teaser may end on where the page cut it: an ellipsis, or nothing. */
const CUT_MARK = /\s*(?:\.\.\.|…)$/u;
/** A teaser is a line of words, not a short label the lead happens to open with. */
const TEASER_CHARS = 40;

/**
 * A line above the text that the text's first paragraphs open with, cut short ("Сегодня состоялась встреча
 * Губернатора … с послом Австрийской республики го" over the full paragraph): the page's teaser of the
 * lead, not a headline.
 */
export function isTeaserOfLead(line: string, body: string[]): boolean {
  const head = line.trim().replace(CUT_MARK, '');
  if (head.length < TEASER_CHARS) return false;
  // The headline printed again further down with only a full stop after it is a photo's caption that repeats it, not a
  // lead it cut short; the lead itself printed above it without its stop is the page's teaser all the same.
  return body.some((p, k) => {
    const t = p.trim();
    return t.length > head.length && t.startsWith(head) && (k === 0 || /[\p{L}\p{N}]/u.test(t.slice(head.length)));
  });
}

/** A quotation mark that opens a quote in the text. */
const OPENING_QUOTE = /["“„«「『‘]/u;
/** A pull quote says something: six words at least. */
const PULL_QUOTE_WORDS = 6;

/**
 * A line above the text that the text quotes, the quotation mark right before it ("Jadi diharapkan …" over
 * '… ucap Puan: "Jadi diharapkan … substansi sehingga …"'): the page's pull quote of someone's words,
 * printed as a deck under the headline, not the headline.
 */
export function isPullQuote(line: string, body: string[]): boolean {
  const head = line.trim().replace(/^["“„«「『]|["”»」』]$/gu, '');
  if (head.split(/\s+/).length < PULL_QUOTE_WORDS) return false;
  return body.some((p) => {
    const at = p.indexOf(head);
    return at > 0 && OPENING_QUOTE.test(p[at - 1] ?? '');
  });
}
