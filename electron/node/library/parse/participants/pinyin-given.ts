// A Chinese given name written in pinyin ("Xiangdong", "Yi", "Jiechi"): one to three syllables of
// Mandarin, nothing else. Lets a Chinese family name that is also an English word ("He") be read as
// a name when such a given name follows it ("Ambassador He Xiangdong"), and never when an English
// word does ("Ambassador He Said", "when He Visited").

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|u|v|ü)';
/** One syllable: "o" alone only after the lips ("Bo", "Mo"), as pinyin writes it. */
const SYLLABLE = `(?:[bpmfwy]o|${INITIAL}${FINAL})`;
/** One to three syllables. */
const GIVEN = new RegExp(`^${SYLLABLE}{1,3}$`, 'u');
/** English words that happen to spell a syllable or two of pinyin: after "He" they open a sentence, not a name. */
const ENGLISH = new Set('also an and can hang long men ran sang then when came made gave bade game'.split(' '));

export function isPinyinGiven(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !ENGLISH.has(lower) && GIVEN.test(lower);
}
