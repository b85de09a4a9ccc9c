// Text folding, the one place it is written: search, topics, people, duplicates and the renderer's
// pickers compare text through these, so "Pham Binh Minh" finds "Phạm Bình Minh" and "Da Nang" finds
// "Đà Nẵng" everywhere. Three named forms, each for a reason. Shared layer: imports nothing.

const MARKS = /\p{M}+/gu;
/** Plain printable ASCII: nothing in it decomposes, carries a mark, or is đ or ى, so folding it only lowers its case. */
const ASCII = /^[\t\n\r -~]*$/;

function stripped(text: string, form: 'NFD' | 'NFKD'): string {
  // Names and words read from English text are mostly plain ASCII; the parser folds them by the thousand.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize(form).replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Lower case, no diacritics, đ/Đ → d, Arabic ى → ي: for comparing folded text with folded text ("Pham
 * Binh Minh" equals "Phạm Bình Minh"). Hangul ends decomposed, so compare only folded forms.
 */
export function fold(text: string): string {
  // Arabic writes the final ya with or without its dots ("شكري" / "شكرى", Egypt's habit): one letter.
  return stripped(text, 'NFD').replace(/ى/g, 'ي');
}

/**
 * `fold` that also folds compatibility forms (ligatures "ﬁ", full-width letters), for duplicate
 * detection: a PDF's ligatures must not hide a copy of a web page. Its stored fingerprints depend on it.
 */
export function foldCompatible(text: string): string {
  return stripped(text, 'NFKD');
}

/** Diacritics and đ folded away, case and Hangul syllables kept: "Biển Đông" → "Bien Dong" (topic matching). */
export function foldKeepingCase(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * The full-text index's folding, which its queries must share: SQLite's unicode61 tokenizer removes
 * combining diacritics itself but treats đ/Đ as a letter of its own, so only those are folded here.
 * It maps one UTF-16 unit to one, so offsets in folded text are offsets in the original.
 */
export function foldForIndex(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
