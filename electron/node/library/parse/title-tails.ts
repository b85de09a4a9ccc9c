// What a page prints after a headline on the same line that is not the headline's: the site's
// name, a section, the author. Two signals that hold on any site: the same headline printed again
// with another tail (or none), and the outlet the record names as its publisher elsewhere.

import { countryIn } from '../../../shared/countries.ts';
import { isCapitalName } from './capitals.ts';
import { expandKnown } from './publisher-names.ts';
import { substantialLine } from './title-lines.ts';

/**
 * What a tail starts with: a dash, a bar, a slash or an underscore (a page title's "Headline_Site"), or a
 * bracket ("… - News", "… (Humas Pemprov)", "…토론문-서 주 석", "…국회연설”_포커 배틀 카드_krvip").
 */
const TAIL_START = /^\s*[-–—|/_(（]/u;
/** A tail names something: none of its words starts in lowercase ("– Isto É", "(Humas Pemprov Sumbar )", "-서 주 석(…)"). */
const naming = (rest: string): boolean => !rest.split(/\s+/).some((w) => /^\P{L}*\p{Ll}/u.test(w));
/** A tail is a name or a credit: five words at most. */
const TAIL_WORDS = 5;

const tailOf = (line: string, head: string): string => line.slice(head.length);
const isTail = (rest: string): boolean =>
  rest.trim() === '' || (TAIL_START.test(rest) && rest.trim().split(/\s+/).length <= TAIL_WORDS && naming(rest));

/**
 * The headline two heading lines share, when each goes on with a tail of its own or none ("Gubernur Bertemu
 * Dubes … - News" / "Gubernur Bertemu Dubes … (Humas Pemprov Sumbar )"; "…토론문-서 주 석(…)" / "…토론문"): the
 * part printed in both. A line that goes on in words ("… – während sein Projekt stockt") is another headline.
 */
export function sharedHeadline(chosen: string, others: readonly string[]): string | null {
  const line = chosen.trim();
  for (const raw of others) {
    const other = raw.trim();
    if (other === line || other === '') continue;
    let n = 0;
    while (n < line.length && n < other.length && line[n] === other[n]) n++;
    const head = line.slice(0, n).replace(/[\s\-–—|/_(（]+$/u, '');
    if (head.length < 20 || !substantialLine(head)) continue;
    const mine = tailOf(line, head);
    if (mine.trim() === '' || !isTail(mine) || !isTail(tailOf(other, head))) continue;
    return head;
  }
  return null;
}

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The headline without the outlet's name the page printed before or after it ("Bolsonaro recebe … – Isto É",
 * "Dân Trí: …", "… (Dân Trí)"), when the record names that outlet as its publisher elsewhere (a "Fonte:" line, a
 * dateline, a credit): the name is the site's, not the story's.
 */
export function withoutOwnOutlet(title: string, publisher: string | null): string {
  const name = publisher?.trim() ?? '';
  if (name.length < 2 || !title.toLowerCase().includes(name.toLowerCase())) return title;
  const at = escaped(name);
  const cut = title
    .trim()
    .replace(new RegExp(`(?:\\s+[-–—|/]\\s*|\\s*[(（]\\s*)${at}\\s*[)）]?\\s*$`, 'iu'), '')
    .replace(new RegExp(`^${at}\\s*(?:[:|]|\\s[-–—])\\s*`, 'iu'), '');
  return cut !== title.trim() && substantialLine(cut) ? cut : title;
}

/**
 * "Berlin (AFP) Merkel empfängt …": a wire story's dateline run onto its headline by a page that carries the copy.
 * The tag is a news agency's: one known by name, or a tag in capitals after a capital city ("Madrid (EFE)").
 */
const DATELINE_BEFORE =
  /^(\p{Lu}[\p{L}'’.-]+(?:[ /]\p{Lu}[\p{L}'’.-]+){0,2})\s+\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,10})\)\s+(?=\p{Lu})/u;
export function agencyBeforeHeadline(line: string): { agency: string; headline: string } | null {
  if (!line.includes('(')) return null;
  const m = DATELINE_BEFORE.exec(line.trim());
  const place = m?.[1];
  const tag = m?.[2];
  if (!m || !place || !tag || countryIn(tag) !== null) return null;
  if (!expandKnown(tag) && !(isCapitalName(place) && /^\p{Lu}+$/u.test(tag))) return null;
  const headline = line.trim().slice(m[0].length);
  return substantialLine(headline) ? { agency: tag, headline } : null;
}

/** What may stand before a headline on its line and still be furniture: nothing but marks ("/ ", "» "). */
const MARKS_ONLY = /^[\s\p{P}\p{S}]*$/u;
/** A label, one word, set before a headline, a colon or a dash after it perhaps ("Фото ", "Kenia: "). */
const LABEL_BEFORE = /^\s*[^\s:：|,，、]{1,20}\s*(?:[:：|]|\s[-–—])?\s+$/u;
/** A name after it: a few words that do not go on in lowercase as the sentence's own words would. */
const NAME_AFTER = /^(?:\s*[\p{P}\p{S}]+\s*|\s+)(?=[^\p{Ll}\s])\S+(?:\s+\S+){0,4}$/u;

/**
 * A heading line that holds another heading line printed alone, with only marks before it and a name or a
 * site's bar after ("/ Headline | Site" over "Headline"; "Headline School Name" over "Headline"): the page's
 * title element and its headline. The line printed alone is the headline; the rest is the site's.
 */
export function headlineAloneIn(chosen: string, others: readonly string[], above: readonly string[] = []): string | null {
  const line = chosen.trim();
  for (const raw of others) {
    const alone = raw.trim();
    // Most of the line: a headline's opening words ("Foreign Minister") are not a headline printed alone.
    if (alone === line || alone.length * 2 < line.length || !substantialLine(alone)) continue;
    const at = line.indexOf(alone);
    if (at < 0) continue;
    const after = line.slice(at + alone.length);
    const before = line.slice(0, at);
    // Or a word before it and nothing after, the line alone printed above it ("…" over "Фото …", "대한민국 …"): a
    // label or a kicker. Printed below, the line alone is a caption that leaves the subject out.
    const labelled = after === '' && LABEL_BEFORE.test(before) && above.includes(raw);
    if (!(MARKS_ONLY.test(before) || labelled) || (after !== '' && !NAME_AFTER.test(after))) continue;
    if (after === '' && at === 0) continue;
    return alone;
  }
  return null;
}
