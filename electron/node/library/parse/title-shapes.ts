// A headline that asks a question ("Menlu RI Bertemu Menlu Rusia dan China, Bahas Apa?") ends on a
// question mark as a sentence does, yet it is a heading, not the lead's first sentence.

/** A question's end, with the quote or bracket that may close it: "… Bahas Apa?", "…나서나요?”". */
const ASKS = /\?[”’"')\]」』]*$/u;
/** Another sentence before the question ("He met X. Why?"): prose, not a heading. */
const SENTENCE_BEFORE = /\p{Ll}{2,}[.!]\s+\S/u;
/** A list item or an interview's "Q." / "A." line, which asks in the text's own voice. */
const ITEM = /^[-–—•*]|^[QA][.:]\s/u;

/**
 * A headline that asks a question: a short line ending on "?" with no other sentence in it. Leads
 * rarely open on a bare question; headlines often ask one ("…, Bahas Apa?", "他们爱去哪些城市?",
 * "[국회 Q&A]“…나서나요?”"). `size` counts words as the title rules do (two Chinese characters a
 * word), so a question of three to sixteen words is one.
 */
export function asksAsHeadline(line: string, size: (l: string) => number): boolean {
  const t = line.trim();
  return ASKS.test(t) && size(t) >= 3 && size(t) <= 16 && !SENTENCE_BEFORE.test(t) && !ITEM.test(t);
}
