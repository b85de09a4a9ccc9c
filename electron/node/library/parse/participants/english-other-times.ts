// English tells of meetings held at another time than the one reported with a time word in the same
// clause: fronted ("Last year, President A hosted B", "Earlier, the minister met C", "In 2019, A and B
// met"), or after the sides ("a phone call between A and B last week", "A met B in Berlin in 2021",
// "talks between A and B took place in January"). Their sides are named in the record but were not in
// the room. The lead never counts: the record's own meeting may well be "last week" or "in May".

/** A period back from the day reported, or a year or a month without its day, fronting the sentence before a comma. */
const FRONTED_OTHER_TIME =
  /^[\s"“]*(?:(?:last|this past) (?:week|month|year)|earlier (?:this|that|in the) (?:week|month|year|day)|earlier|previously|in (?:19|20)\d{2}|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d{2})?|(?:a|one|two|three|four|five|six|several|a few|\d{1,2}) (?:days?|weeks?|months?|years?) (?:ago|earlier|before))\s*,/iu;

/**
 * A fronted phrase of a meeting that carries its own period, before the comma: "In a phone call with B last
 * week, A agreed …", "At their meeting in 2019, …": B is a side of that meeting, and so is the subject A.
 */
const FRONTED_MEETING_OTHER_TIME =
  /^[\s"“]*(?:in|during|at|after|following) (?:a|an|the|their|his|her|its) [^,;.!?\n]{0,80}?\b(?:last (?:week|month|year)|in (?:19|20)\d{2}|(?:days|weeks|months|years) ago|earlier this (?:month|year))\s*,/iu;

/** A period counted from another meeting, before the name: "two weeks after talks between A and B", "a month before the summit with B". */
const COUNTED_FROM_BEFORE =
  /\b(?:days|weeks|months|years) (?:after|before) (?:the |their |his |her |a )?(?:[\p{L}-]+ ){0,2}(?:meeting|talks|summit|call|visit|conversation)s? (?:between|with|of|by)\b[^.;:!?\n]*$/iu;

/** The same periods after the sides, before the clause ends. */
const OTHER_TIME_AFTER =
  /^[^.;:!?\n]{0,120}?\b(?:in (?:19|20)\d{2}\b|last (?:week|month|year)\b|(?:days|weeks|months|years) ago\b|earlier this (?:month|year)\b|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ ,]*\d))/iu;

/** A verb of meeting anywhere in the sentence (fronted periods). */
const MEETING_IN_SENTENCE =
  /\b(?:meeting|talks|summit|call(?:ed)? on|(?:phone |telephone )?call|met|meet|hosted|received|visited|paid (?:a )?(?:courtesy )?(?:call|visit))\b/iu;

/** The day reported, which brings the clause back to it. */
const TODAY =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/iu;

/** Where the lead ends: the first paragraph of some length (a short first line is a headline or a dateline). */
function leadEnd(text: string): number {
  let from = 0;
  for (const line of text.split('\n')) {
    from += line.length + 1;
    if (line.trim().length >= 80) return from;
  }
  return from;
}

/**
 * Words that give the period to something else than the meeting: "who took office in 2019", "the accord signed in
 * May", "discussed the President's visit in December last year", "after talks broke down earlier this month".
 */
const PERIOD_OF_ELSE =
  /\b(?:who|which|that|since|after|before|signed|established|founded|elected|appointed|took office|sworn in|launched|adopted|built|opened|born|began|started|until|discuss\w*|agreed|visit|trip|talks|meeting|summit)\b/iu;

/** The name at [start, end) is a side of a meeting its sentence puts at another time than the lead's. */
export function sideOfMeetingAnotherTime(text: string, before: string, start: number, end: number): boolean {
  const rest = /^[^.!?\n]*/u.exec(text.slice(end, end + 240))?.[0] ?? '';
  if (!/\b(?:last|earlier|previously|ago|before|after|in (?:19|20)\d\d|in [A-Z][a-z]+)\b/u.test(before + rest)) return false;
  if (start - before.length < leadEnd(text)) return false;
  if (FRONTED_OTHER_TIME.test(before)) return MEETING_IN_SENTENCE.test(before + rest);
  if (FRONTED_MEETING_OTHER_TIME.test(before + rest) || COUNTED_FROM_BEFORE.test(before)) return true;
  if (TODAY.test(before) || TODAY.test(rest) || !MEETING_IN_SENTENCE.test(before + rest)) return false;
  const m = OTHER_TIME_AFTER.exec(rest);
  return m !== null && !PERIOD_OF_ELSE.test(m[0]);
}
