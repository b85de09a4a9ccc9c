// "… bersilaturahmi dengan Bupati … di hari pertama kerja. Senin (11/07/2022).": some desks close the lead with its day
// as a sentence of its own. That sentence tells nothing else: it dates the sentence before it, which is read in its place.

/** Only a date: a weekday or none, a day in figures, brackets and stops ("Senin (11/07/2022).", "Monday, 11/07/2022."). */
const DATE_ONLY = /^\s*(?:\p{L}+[,\s]*)?\(?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*\)?\s*[.!]?\s*$/u;

type Span = { start: number; end: number };

/** The span a date's sentence stands for: the one before it when the date is all it says. */
export function dateSentence(text: string, spans: readonly Span[], at: number): Span {
  const s = spans[at] ?? { start: 0, end: text.length };
  const before = spans[at - 1];
  return before && DATE_ONLY.test(text.slice(s.start, s.end)) ? { start: before.start, end: s.end } : s;
}
