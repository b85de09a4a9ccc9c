// A live report: the talks are told as under way while the record is written ("Встреча … началась в Берлине",
// "Главы … проводят переговоры", "se encuentra en Lima … participando en la reunión", "회담이 진행 중이다").
// Its lead names no day because the day is the record's own: its stated publication date, marked Check.

import { type Candidate, candidate } from '../evidence.ts';
import type { Anchor } from './anchor.ts';
import { sentences } from './clauses.ts';
import { lead } from './lead.ts';
import { datesMeetingWord, namesNoDay, speaksOfFuture } from './words.ts';
import { RECALLED } from './words-told.ts';

/** Words that tell talks as going on, or just begun, at the time of writing. */
const LIVE = new RegExp(
  [
    // Not "are in talks" or "is meeting resistance": words for negotiations or a state that run for months.
    String.raw`\b(?:(?:talks|meeting|meetings)\s+(?:began|begins|started|starts|got\s+under\s*way|(?:is|are)\s+under\s*way)|(?:began|begin|begins|started|start|starts|opened)\s+(?:their\s+)?(?:talks|a\s+meeting))\b`,
    String.raw`(?<![\p{L}])(?:начал(?:ась|ись|ся)|проход(?:ит|ят)|провод(?:ит|ят)\s+переговоры|se\s+encuentran?|están?\s+reunid[oa]s?|se\s+reúnen|estão\s+reunidos|sont\s+réunis|hat\s+begonnen|haben\s+begonnen|sedang\s+(?:berlangsung|bertemu)|đang\s+(?:diễn\s+ra|hội\s+đàm|họp|gặp))(?![\p{L}])`,
    String.raw`열리고\s*있|正在(?:举行|會談|会谈|举办)|行われている`,
  ].join('|'),
  'iu',
);

/** The record's own date for a lead that tells its meeting as under way, with no day of its own. */
export function liveReport(texts: string[], head: string[], anchor: Anchor | null): Candidate[] {
  // Only the record's stated date: a month, a date line read from the text or a lagging site date is not "now".
  if (!anchor || anchor.month || anchor.weight < 1) return [];
  for (const { text } of [...head.slice(0, 2).map((t) => ({ text: t })), ...lead(texts, 2)]) {
    if (!LIVE.test(text)) continue;
    for (const s of sentences(text)) {
      const sentence = text.slice(s.start, s.end);
      if (!LIVE.test(sentence) || !datesMeetingWord(sentence)) continue;
      // A year in it ('начались ещё в 2019 году') puts the start long before the record.
      if (speaksOfFuture(sentence) || RECALLED.test(sentence) || namesNoDay(sentence) || /\d{4}/.test(sentence)) return [];
      return candidate(
        'meetingDate',
        anchor.date,
        'body',
        0.55,
        `the opening tells the meeting as under way ('${sentence.trim().slice(0, 80)}') and gives no day: ${anchor.what} ${anchor.date}`,
      );
    }
  }
  return [];
}
