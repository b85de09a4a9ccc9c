// A record in its own script may give a name's Latin spelling in brackets after it: "एलेक्स एलिस
// (British High Commissioner Alex Ellis)", "मिलिंडा मोरागोडा (Melinda Moragoda)". The name as first
// written is the record's; the bracket spells it again (often with the office in English) and is no
// second person, so no rule reads a name inside it.

/** A bracket of Latin letters only, right after a word in another script (Devanagari, Bengali, Arabic, Cyrillic, Thai…). */
const GLOSS =
  /(?<=[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{M}] ?)\((?=[^)]*\p{Lu})[\p{Script=Latin}\p{M} .,'’-]{2,120}\)/gu;

/** The spans of such Latin spellings, for the finder to leave unread. */
export function latinGlosses(text: string): [number, number][] {
  return [...text.matchAll(GLOSS)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}
