// What a sentence tells in its own voice, without the words it gives to a speaker: a quotation ("“… kami akan
// melayani …,” ujar Bupati"), what someone said ("the Minister said … they will be greatly missed", "mengatakan
// …"), and in a headline the words after the speaker's colon ("Terima Kunjungan …, Wali Kota Kediri: Akan Banyak
// Kolaborasi"). meeting.ts reads a speaker's future there as theirs (collaboration, a welcome to come), not the
// tense of the meeting the record reports.

import { ahead } from './meeting-tense.ts';
import { AHEAD_TRIP, ARRIVAL } from './meeting-words.ts';

/** A quotation, closed or running to the sentence's end. */
const QUOTATION = /["“„«「『][^"”»」』]*(?:["”»」』]|$)/gu;

/** A verb of saying, English or Indonesian: what follows it in the sentence is the speaker's. */
const SAID =
  /(?<![\p{L}])(?:said|says|stated|told|mengatakan|menyatakan|menegaskan|menyampaikan|mengungkapkan|menjelaskan)(?![\p{L}])/iu;

/** A headline's speaker and colon before the words given to them: "…, Wali Kota Kediri: …". */
const SPEAKER_COLON = /[:：]\s/u;

/** The sentence without its speaker's words; a headline (`headline`) also without the words after its colon. */
function withoutSpokenWords(sentence: string, headline = false): string {
  let own = sentence.replace(QUOTATION, ' ');
  const said = own.search(SAID);
  if (said >= 0) own = own.slice(0, said);
  const colon = headline ? own.search(SPEAKER_COLON) : -1;
  return colon >= 0 ? own.slice(0, colon) : own;
}

/**
 * The lines before the meeting's first mention, headline first, that may tell the record's plans: not one whose
 * only future is in a speaker's words and names no meeting (`names`), no arrival and no trip.
 */
export function ownPlans(lines: string[], names: (s: string) => boolean): string[] {
  return lines.filter(
    (s, i) => !ahead(s) || names(s) || ARRIVAL.test(s) || AHEAD_TRIP.test(s) || ahead(withoutSpokenWords(s, i === 0)),
  );
}

/**
 * Whether the sentence that tells the meeting tells it ahead, in its own voice: where the meeting stands outside the
 * speaker's words ("At a farewell luncheon … the Minister said they will be greatly missed"), their future is theirs;
 * where it stands only inside them ("the Minister said he will meet …"), it is the meeting's.
 */
export function aheadInOwnVoice(sentence: string, tells: (s: string) => boolean): boolean {
  const own = withoutSpokenWords(sentence);
  return own !== sentence && tells(own) ? ahead(own) : ahead(sentence);
}
