// Mirror sites copy Chinese news with the pinyin of some characters set in brackets after them:
// "市長(zhǎng)胡衡華會(huì)見了…", "中新網(wǎng)北京…電", "發(fā)展". The glosses cut names, titles and datelines apart
// ("市長(zhǎng)" is no "市長"), so the parser reads the text without them; the record keeps what it wrote.
// A gloss is a bracketed syllable in lower-case Latin with a tone mark, right after a Han character.

/**
 * A closing bracket after a tone-marked vowel: the cheap test before the replace. Read from the bracket
 * back, so the search runs over brackets, not over every accented letter of a French or Vietnamese text.
 */
const TONE_CLOSE = /(?<=[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?)\)/u;
// Some mirrors leave a space before the closing bracket: "會(huì )見".
const GLOSS = /(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?\)/gu;

/** The text without pinyin glosses after Han characters; the text itself when it has none. */
export function withoutPinyinGlosses(text: string): string {
  return TONE_CLOSE.test(text) ? text.replace(GLOSS, '') : text;
}
