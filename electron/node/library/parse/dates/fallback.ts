// When the lead does not tie a date to the meeting in so many words: its one date, or the headline's,
// offered below the Check mark so the desk officer confirms it.

import { type Candidate, candidate } from '../evidence.ts';
import { type Anchor, LAG } from './anchor.ts';
import { type DateReader, isFull, iso } from './forms.ts';
import type { Reading } from './readings.ts';
import { toUtc } from './relative.ts';
import { CORE, FUTURE, OTHER, RECALLED, RECALLED_AFTER } from './words.ts';

/**
 * The record reports a meeting (the caller checked) and its lead gives exactly one date, in words
 * that name no meeting ("sat down with … on 5 June"): that date, at a confidence that asks for a
 * check. Not a date line, an announcement's day, a speaker's own day or a sentence with "last week".
 */
export function fallback(
  resolved: { r: Reading; date: string; why: string; confidence: number }[],
  anchor: Anchor | null,
): Candidate[] {
  const lead = resolved.filter((x) => !x.r.late);
  if (lead.some((x) => x.r.announced || x.r.vague)) return [];
  const usable = lead.filter((x) => !x.r.dateline && !x.r.byline && !x.r.saidOn && !x.r.firstPerson && x.r.paragraph < 2);
  const distinct = new Set(usable.map((x) => x.date));
  const only = usable[0];
  if (!only || distinct.size !== 1) return [];
  // Far back from the record's own date, a lone date is more likely one the record recalls.
  if (anchor && toUtc(anchor.date) - toUtc(only.date) > LAG) return [];
  return candidate(
    'meetingDate',
    only.date,
    'body',
    0.55,
    `${only.why}: the only date the opening gives, in a record that reports a meeting, though its sentence does not say the meeting was that day`,
  );
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
    const talks = CORE.test(line) || /\b(?:meets|receives|hosts|calls\s+on)\b/i.test(line);
    if (
      words < 3 ||
      words > 25 ||
      !talks ||
      /^\s*(?:date|dated|posted|published|updated)\b/i.test(line) ||
      FUTURE.test(line) ||
      HEADLINE_FUTURE.test(line) ||
      OTHER.test(line)
    )
      continue;
    const full = dates.mentions(line).filter(isFull);
    const only = full[0];
    if (!only || full.length !== 1 || dates.mentions(line).length !== 1) continue;
    // "… Zuletzt hatten sich beide am 12. Januar 2021 getroffen": an earlier meeting the line recalls.
    if (RECALLED.test(line.slice(0, only.index)) || RECALLED_AFTER.test(line.slice(only.index + only.phrase.length))) continue;
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
