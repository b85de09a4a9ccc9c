// When the lead does not tie a date to the meeting in so many words: its one date, or the headline's,
// offered below the Check mark so the desk officer confirms it.

import { type Candidate, candidate } from '../evidence.ts';
import { type Anchor, DAY, LAG } from './anchor.ts';
import { sentences } from './clauses.ts';
import { dateOfDateLine } from './date-line.ts';
import { type DateMention, type DateReader, isFull, iso } from './forms.ts';
import type { Reading } from './readings.ts';
import { toUtc } from './relative.ts';
import { CORE, EVE_OF, OTHER, reportsMeetingWord, speaksOfFuture } from './words.ts';
import { RECALLED, RECALLED_AFTER } from './words-told.ts';

/**
 * The record reports a meeting (the caller checked) and its lead gives exactly one date, in words
 * that name no meeting ("sat down with … on 5 June"): that date, at a confidence that asks for a
 * check. Not a date line, an announcement's day, a speaker's own day or a sentence with "last week".
 */
export function fallback(
  resolved: { r: Reading; date: string; why: string; confidence: number }[],
  anchor: Anchor | null,
  texts: string[] = [],
  /**
   * Set when only the meeting decision's wider words found the lead's meeting: the date must be written out (a day
   * number, not "heute" counted from the page: "heute zum Museumsbesuch" is no meeting) and its own sentence must tell it.
   */
  toldIn?: (sentence: string) => boolean,
): Candidate[] {
  const lead = resolved.filter((x) => !x.r.late);
  if (lead.some((x) => x.r.announced || x.r.vague)) return [];
  const usable = lead.filter((x) => !x.r.dateline && !x.r.byline && !x.r.saidOn && !x.r.firstPerson && x.r.paragraph < 2);
  const distinct = new Set(usable.map((x) => x.date));
  const only = usable[0];
  if (!only || distinct.size !== 1) return [];
  // Far back from the record's own date, a lone date is more likely one the record recalls. A record dated only by its month
  // ("date 2024-06") may tell as done any day of that month ("Ce vendredi 07 juin 2024, le Premier ministre a eu…").
  const from = anchor?.month && only.r.past ? `${anchor.date.slice(0, 8)}01` : anchor?.date;
  if (from && toUtc(from) - toUtc(only.date) > (anchor && writtenOut(only.r, anchor) ? POSTED_LATER : LAG)) return [];
  // The date's sentence tells an interview given to the press: the day is the interview's, not a meeting's.
  const sentenceOf = (x: { r: Reading }): string => sentenceAround(texts[x.r.at] ?? '', x.r.mention.index);
  if (INTERVIEW.test(sentenceOf(only))) return [];
  // Only the meeting decision's wider words told the meeting: the date is written out and one of its readings stands in a
  // sentence that tells the meeting ("11日、…の集合写真。" then "…は11日、東京で合同昼食会を開き…": the second).
  if (toldIn && (only.r.mention.relative || !usable.some((x) => toldIn(sentenceOf(x))))) return [];
  return candidate(
    'meetingDate',
    only.date,
    'body',
    0.55,
    `${only.why}: the only date the opening gives, in a record that reports a meeting, though its sentence does not say the meeting was that day`,
  );
}

/**
 * A news page posted a week or two after the event it reports (a town's, a foundation's, an association's) opens on that
 * event's day, written out: "Le 6 mai 2017, la ville … organisait …", "이사장은 작년 12월 20일자로 … 서명하였다". Under a
 * publication date of its own (not only a month), the lone date the opening writes out with its month is the event's up to
 * two weeks back; a day counted from the page ("last Monday") keeps the week.
 */
const POSTED_LATER = 14 * DAY;
const writtenOut = (r: Reading, anchor: Anchor): boolean => !anchor.month && r.mention.month !== null && !r.mention.relative;

/**
 * An interview given to the media: "gave an interview to VOV", "trả lời phỏng vấn", "wawancara dengan", "인터뷰",
 * "インタビュー", "接受…采访", Thai "ให้สัมภาษณ์", "интервью", "інтерв'ю". Not Spanish "entrevista", which is also a meeting.
 */
const INTERVIEW =
  /\binterview(?:ed|s)?\b|(?<![\p{L}])(?:phỏng\s+vấn|wawancara|интервью|інтерв['’]ю)(?![\p{L}])|인터뷰|インタビュー|采访|採訪|ให้สัมภาษณ์/iu;

/** The sentence of a paragraph that holds a position. */
function sentenceAround(text: string, at: number): string {
  const span = sentences(text).find((s) => at >= s.start && at < s.end);
  return span ? text.slice(span.start, span.end) : text;
}

/**
 * A lead that gives no date at all, under a headline that reports the meeting with one full date
 * ("Reyes meets Soto in Manila, 5 June 2024"): the headline's date, marked Check.
 */
/** Headlines write the future with "to": "Reyes to meet Soto on 20 June". */
const HEADLINE_FUTURE = /\bto\s+(?:meet|visit|hold|host|receive|call|attend|travel)\b/i;

export function headlineDate(head: string[], dates: DateReader): Candidate[] {
  for (const line of head.slice(0, 3)) {
    const words = (line.match(/\S+/g) ?? []).length;
    // The headline names the talks themselves ("meets", "holds talks"), not a visit; a labelled date line is the record's date.
    // Some pages print the whole lead sentence as the headline: up to 45 words.
    const talks = CORE.test(line) || /\b(?:meets|receives|hosts|calls\s+on)\b/i.test(line);
    if (
      words < 3 ||
      words > 45 ||
      !talks ||
      /^\s*(?:date|dated|posted|published|updated)\b/i.test(line) ||
      speaksOfFuture(line) ||
      HEADLINE_FUTURE.test(line) ||
      OTHER.test(line)
    )
      continue;
    const full = dates.mentions(line).filter(isFull);
    const only = full[0];
    if (!only || full.length !== 1 || dates.mentions(line).length !== 1) continue;
    // "Ex-envoys call on Mahama9:01, 19.May 2017": a date beside a clock is when the item was posted.
    if (
      /\d{1,2}:\d{2},?\s*$/.test(line.slice(0, only.index)) ||
      /^\s*\d{1,2}:\d{2}/.test(line.slice(only.index + only.phrase.length))
    )
      continue;
    // "… Zuletzt hatten sich beide am 12. Januar 2021 getroffen": an earlier meeting the line recalls.
    if (RECALLED.test(line.slice(0, only.index)) || RECALLED_AFTER.test(line.slice(only.index + only.phrase.length))) continue;
    // "Ahead of Africa Day on 25 May 2022, …": the day of the event the meeting came before.
    if (EVE_OF.test(line.slice(0, only.index))) continue;
    return candidate(
      'meetingDate',
      iso(only.year, only.month, only.day),
      'heading',
      0.55,
      `the headline '${line.trim()}' gives this date and the opening gives none`,
    );
  }
  return [];
}

/** How the log-entry rule's evidence begins; a log whose entries are of several days says so. */
export const LOG_ENTRY = 'the log entry dated';
export const LOG_OF_DAYS = 'the first entry of a log of several days, dated';

/**
 * An activity log: two or more entries, each a line that is only a date ("2022.9.30") over what was
 * done that day. The first entry, opening the text, reports a meeting with no date of its own: the
 * entry's date is that meeting's, marked Check.
 */
/**
 * An entry tells what was done that day in a sentence: a release's sign-off date over a comment box's "No comments :"
 * is the foot of one post, not a second entry of a log.
 */
const tellsSomething = (text: string): boolean => (text.match(/\p{L}/gu)?.length ?? 0) >= 20;

export function logEntryDate(body: string[], head: string[], dates: DateReader): Candidate[] {
  // The header may have taken the first entry's date line as the page's date: put it back over its entry, which may
  // follow the page's own heading ("福島県への訪問者").
  let texts = body;
  for (const j of [0, 1]) {
    const opening = body[j]?.trim().slice(0, 30) ?? '';
    const at = opening ? head.findIndex((l) => l.trim().startsWith(opening)) : -1;
    const above = at > 0 ? head[at - 1]?.trim() : undefined;
    if (above && !dateOfDateLine(body[j]?.trim() ?? '', dates) && dateOfDateLine(above, dates)) {
      texts = [...body.slice(0, j), above, ...body.slice(j)];
      break;
    }
  }
  const entries = texts.flatMap((t, i) => {
    const date = dateOfDateLine(t.trim(), dates);
    const next = texts[i + 1];
    return date && next && !dateOfDateLine(next.trim(), dates) && tellsSomething(next) ? [{ i, date, next }] : [];
  });
  const first = entries[0];
  if (entries.length < 2 || !first || first.i > 1) return [];
  if (!reportsMeetingWord(first.next) || speaksOfFuture(first.next) || dates.mentions(first.next).length > 0) return [];
  return candidate(
    'meetingDate',
    first.date,
    'body',
    0.5,
    `${new Set(entries.map((e) => e.date)).size > 1 ? LOG_OF_DAYS : LOG_ENTRY} '${texts[first.i]?.trim()}' reports the meeting, and the log dates each entry by the day it tells`,
  );
}

/** A clock time opening a line of a programme: "13:00 ザリーフ・イラン外相とのワーキングランチ", "15.50 Talks with…". */
const TIMED = /^\s*\d{1,2}[:.：]\d{2}\s*\S/u;

/**
 * A day's programme: a line that is only a date ("11月23日"), then lines that open with a clock time,
 * one of them a meeting ("15:50 ラヴロフ・ロシア外相との会談"). The heading's date, for the caller to resolve.
 */
export function scheduleHeading(texts: string[], dates: DateReader): DateMention | null {
  for (const [i, t] of texts.slice(0, 12).entries()) {
    const found = dates.mentions(t);
    const only = found[0];
    if (!only || found.length !== 1 || only.relative || only.month === null) continue;
    if (/[\p{L}\d]/u.test(t.replace(only.phrase, '').replace(/[（(][^)）]{1,4}[)）]/gu, ''))) continue;
    const day: string[] = [];
    for (const next of texts.slice(i + 1, i + 16)) {
      if (dates.mentions(next).length > 0 && !TIMED.test(next)) break;
      if (TIMED.test(next)) day.push(next);
    }
    const meets = day.some((l) => reportsMeetingWord(l));
    if (day.length >= 2 && meets && !day.some((l) => speaksOfFuture(l))) return only;
    return null;
  }
  return null;
}
