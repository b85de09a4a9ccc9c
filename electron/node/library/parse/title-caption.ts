// A page copied from its photo down: the photo's caption first (a sentence, so it reads as the lead),
// then the kicker, the headline, the date or the lead that repeats the caption.

import { wordCount } from './text.ts';
import { sharedWithLead } from './title-lead.ts';

/** Words a headline shares with the summary sentence above it. */
const SUMMARY_WORDS = 3;
/** A summary runs on: a dozen words at least. A headline that tells it says something: five at least. */
const SUMMARY_LENGTH = 12;
const HEADLINE_LENGTH = 5;

/**
 * The first line is not the lead but the headline's forerunner: a teaser of it cut short ("Abazović, Zaev:
 * Relations between Montenegro and N...", the headline whole below), or a summary sentence standing above
 * it ("Los alcaldes de Quito … fueron convocados … a una reunión …." / "Alcaldes de Quito … se reúnen en la
 * Cancillería"): a longer sentence the headline tells in three of its words at least.
 */
function summarises(first: string, headline: string): boolean {
  const teaser = /^(.*?\S)\s*(?:\.{3}|…)$/u.exec(first)?.[1];
  if (teaser !== undefined) return teaser.length >= 20 && headline.includes(teaser.slice(-20));
  const words = wordCount(first);
  return (
    /\p{Ll}[.!?]["”’)]?$/u.test(first) &&
    words >= SUMMARY_LENGTH &&
    wordCount(headline) >= HEADLINE_LENGTH &&
    wordCount(headline) < words &&
    sharedWithLead(headline, first) >= SUMMARY_WORDS
  );
}

export type LineTests = {
  /** A heading line that could be the headline. */
  titleLike: (line: string) => boolean;
  /** A line of prose. */
  prose: (line: string) => boolean;
  /** A date, clock or byline line: what a page prints under its headline. */
  mark: (line: string) => boolean;
  /** A heading that says what happened (four words, or a word of meeting). */
  says: (line: string) => boolean;
};

/**
 * The headline under a caption ("Bundesaußenminister … hat … Kerry in Berlin empfangen." / "US-Außenminister
 * zu Gast" / "Steinmeier empfängt Kerry" / "Berlin - Bundesaußenminister … empfangen."): the last heading
 * line within the next six lines that says something, directly above a date line or above a lead
 * that repeats the caption. A first sentence followed by anything else is the lead, not a caption.
 */
export function headlineUnderCaption(lines: string[], at: number, tests: LineTests): { title: string; at: number } | null {
  const caption = lines[at]?.trim() ?? '';
  if (caption === '' || wordCount(caption) > 45) return null;
  const next: number[] = [];
  for (let i = at + 1; i < lines.length && next.length < 7; i++) if ((lines[i]?.trim() ?? '') !== '') next.push(i);
  let found: { title: string; at: number } | null = null;
  for (const i of next) {
    const l = lines[i]?.trim() ?? '';
    if (tests.prose(l) || tests.mark(l)) {
      const repeats = tests.prose(l) && l.includes(caption.slice(0, 40));
      return found && (tests.mark(l) || repeats || summarises(caption, found.title)) ? found : null;
    }
    if (tests.titleLike(l) && tests.says(l)) found = { title: l, at: i };
  }
  return null;
}

type Heading = { l: string; i: number };

/** The same caption again, or with its credit or a button after it ("… (File Photo | PTI)", "… Details anzeigen"). */
function echoes(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  if (short.length < 12 || !long.toLowerCase().startsWith(short.toLowerCase())) return false;
  return wordCount(long.slice(short.length)) <= 6;
}

/**
 * A photo's caption printed twice, its alt text and then its caption ("President John Dramani Mahama" /
 * "President John Dramani Mahama"; "… Netschajew Details anzeigen" / "… Netschajew"), below a heading
 * as long as a headline that already says what happened: the lines of the pair, which are not the headline.
 */
export function captionsPrintedTwice(header: Heading[], candidates: Heading[], says: (line: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < header.length; k++) {
    const h = header[k];
    const next = header[k + 1];
    if (!h || !next || !echoes(h.l, next.l)) continue;
    // A headline's length, not a site's or blog's name or a reading time ("Lama Baca 2 Menit") above the text.
    const above = candidates.some((c) => c.i < h.i && !out.has(c.i) && c.l.length >= 25 && says(c.l) && !echoes(c.l, h.l));
    if (above) {
      out.add(h.i);
      out.add(next.i);
    }
  }
  return out;
}

/**
 * A photo's caption or its credit, told by the words that mark one in any language: who stands where
 * ("좌로부터: …", "Vorstandsmitglieder (von li nach re): …", "From left: …"), who took it ("… (Photo by PCO)",
 * "… / 사진 =", "Photo of Mary Upton…"). A headline never carries them.
 */
const CAPTION_LINE =
  /^(?:좌로부터|왼쪽부터|사진\s*[=:]|photo of\s|from (?:the )?left\b|von links\b|de gauche à droite\b|da sinistra\b|de izquierda a derecha\b|da esquerda para a direita\b)|\((?:von )?li(?:nks)?\.? nach re(?:chts)?\.?\)|\((?:file\s+)?(?:photo|foto|ảnh|picture|pic|image)\s+(?:by|von|de|di|por|do|dari)\s[^)]*\)$|(?:^|[\s/|])(?:사진|写真|照片|photo|foto|ảnh)\s*[=:：＝][^=:：＝.!?]{0,40}$/iu;
/** An agency credit in capitals, names joined by slashes ("FÁTIMA MEIRA/FUTURA PRESS/ESTADÃO CONTEÚDO"). */
const SLASHED_CREDIT = /^(?=(?:[^/]*\/){2})(?=.*\p{Lu}{3})[^a-z/]+(?:\/[^a-z/]+)+$/u;

/**
 * Where a person stands in the photo, in brackets after the names ("Prof A and Prof B (front row, from left)
 * exchanging …", "… (second from right)", "… (left to right)", "(von links)", "(de izquierda a derecha)",
 * "(kiri ke kanan)", "(từ trái sang)"): a headline names people, never their place in a picture. In
 * lowercase, as captions write it.
 */
const STANDING_IN_PHOTO =
  /\((?:[^()]{0,25},\s*)?(?:(?:second|third|fourth|\d(?:st|nd|rd|th)|far)\s+)?(?:from\s+(?:the\s+)?)?(?:left|right)(?:\s+to\s+(?:left|right))?\)|\((?:[^()]{0,25},\s*)?(?:von links|von rechts|de izquierda a derecha|de gauche à droite|da sinistra|da esquerda para a direita|kiri ke kanan|dari kiri|từ trái sang(?: phải)?)\)/u;

/** A caption or a photo's credit, which the page prints among its heading lines but is never the headline. */
export const isPhotoCaption = (line: string): boolean =>
  CAPTION_LINE.test(line) || SLASHED_CREDIT.test(line) || (line.includes('(') && STANDING_IN_PHOTO.test(line));
