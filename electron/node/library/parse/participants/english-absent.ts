// English words and clauses that name a person who was not in the room, beside those context.ts reads
// (greetings, thanks, "on behalf of"): a leader praised or hailed, wished well, whose instructions are
// followed, who sent the envoy; one whose own clause says they stayed away ("X could not attend", "X is
// out of the country"); one whose visit is only hoped for.

/**
 * Praise and good wishes, the one who gave the orders or sent the envoy, and "in the absence of": the
 * person named after them in the same clause is spoken of. "wish to" is a plan of the subject's, not a
 * wish for someone ("The ministry wishes to inform …").
 */
const SPOKEN_OF_BEFORE =
  /\b(?:hail(?:ed|s|ing)?|applaud(?:ed|s|ing)?|(?:tribute|homage) to|wish(?:ed|es|ing)?(?! to\b)|(?:directives?|instructions?|orders?|guidance) (?:of|from)|(?:sent|dispatched|appointed|accredited) by|in the absence of|at the behest of)\b[^,;:.!?]{0,90}$/iu;

/**
 * The name's own clause says the person stayed away: "President X could not attend", "X, who is out of the
 * country, …", "X was unable to be present", "X sent his apologies".
 */
const ABSENT_AFTER =
  /^(?:\s*[(（][^)）\n]{1,30}[)）])?,?\s+(?:who\s+)?(?:(?:is|was|were|are|had been|has been)\s+(?:(?:currently|presently|still|also)\s+)?(?:away|absent|abroad|out of the country|unable to (?:attend|be present|join|make it)|not (?:present|in attendance|able to attend))|(?:could|did|would) not (?:attend|be present|join|make it)|(?:sent|sends) (?:his|her|their) apologies)\b/iu;

/** A visit only hoped for: "expressed hope for an early visit to Ghana by President X". */
const HOPED_VISIT =
  /\bhop(?:e|es|ed|ing) for (?:(?:an?|the|more|further|future|early|reciprocal|possible)\s+)*visits?\b[^.;:!?]{0,80}$/iu;

/** The English reasons a mention is only in passing: what the sentence says before the name, or the name's own clause after it. */
export const englishSpokenOf = (before: string, after: string): boolean =>
  SPOKEN_OF_BEFORE.test(before) || ABSENT_AFTER.test(after);

/** The English plan context.ts's FUTURE leaves out: a visit hoped for. */
export const englishHoped = (before: string): boolean => HOPED_VISIT.test(before);
