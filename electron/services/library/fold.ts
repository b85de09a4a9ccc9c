// Text folding for search. SQLite's unicode61 tokenizer removes combining diacritics itself, but
// treats đ/Đ as a letter of its own; folding them here keeps "Da Nang" finding "Đà Nẵng".
// The fold maps one UTF-16 unit to one, so offsets in folded text are offsets in the original.
export function foldForIndex(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-case, diacritic-free form of a word, for comparing query terms with text. */
export function foldWord(word: string): string {
  return foldForIndex(word)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
