// The record's language. A script that belongs to few languages decides at once (Hangul is
// Korean, kana Japanese, Han without either Chinese, Thai, Arabic…); Cyrillic is Ukrainian when
// letters only Ukrainian uses (і, ї, є, ґ) are there, else Russian; Latin text is Vietnamese
// when its own letters (ơ, ư, đ, ạ, ế…) are frequent, else the language whose commonest short
// words make up most of the text (English, Indonesian, French, German, Spanish…), each word with a
// letter one language alone writes (Hungarian ő, Romanian ș, Turkish ğ, Azerbaijani ə…) counting for it
// too (language-words.ts); Polish, Czech, Slovak, Croatian, Serbian, Macedonian and Bulgarian by their own
// letters (language-slavic.ts).

import { devanagariLanguage } from './language-devanagari.ts';
import { malayOrIndonesian } from './language-malay.ts';
import { persianOrArabic } from './language-persian.ts';
import { croatianOrSerbian, cyrillicSlavic, latinSlavic } from './language-slavic.ts';
import { FUNCTION_WORDS, OWN_LETTERS } from './language-words.ts';
import { countMatches, wordsOf } from './patterns.ts';

const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Each function word, with the languages (their place in LANGUAGES) it is one of. */
const LANGUAGES_OF = new Map<string, number[]>();
for (const [i, lang] of LANGUAGES.entries())
  for (const w of new Set((FUNCTION_WORDS[lang] ?? '').split(' '))) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), i]);

const OWN_LETTER_INDEX = OWN_LETTERS.map(([letters, lang]) => [letters, LANGUAGES.indexOf(lang)] as const);

const OWN_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Malayalam}/gu, 'ml'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Telugu}/gu, 'te'],
  [/\p{Script=Kannada}/gu, 'kn'],
  [/\p{Script=Gujarati}/gu, 'gu'],
  [/\p{Script=Gurmukhi}/gu, 'pa'],
  [/\p{Script=Oriya}/gu, 'or'],
  [/\p{Script=Sinhala}/gu, 'si'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Ethiopic}/gu, 'am'],
];

export function detectLanguage(text: string): string {
  const lang = detectByScriptAndWords(text);
  // Malay and Indonesian (asia28): told apart by the words each keeps to itself.
  if (lang === 'id' || lang === 'ms') return malayOrIndonesian(text, lang);
  // Croatian's short words stand for Serbian's and Bosnian's too: their own spellings and words decide.
  return lang === 'hr' ? croatianOrSerbian(text, 'hr') : lang;
}

function detectByScriptAndWords(text: string): string {
  const letters = countMatches(/\p{L}/gu, text);
  if (letters === 0) return 'en';
  const count = (re: RegExp): number => countMatches(re, text);
  const share = (re: RegExp): number => count(re) / letters;
  if (share(/\p{Script=Hangul}/gu) > 0.2) return 'ko';
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return 'ja';
  if (share(/\p{Script=Han}/gu) > 0.2) return 'zh';
  if (share(/\p{Script=Thai}/gu) > 0.2) return 'th';
  // Urdu and Persian write with Arabic letters and add their own (ٹ ڈ ڑ ں ے ھ; پ چ ژ گ).
  if (share(/\p{Script=Arabic}/gu) > 0.2) return count(/[ٹڈڑںےھ]/gu) > 0.01 * letters ? 'ur' : persianOrArabic(text, letters);
  if (share(/\p{Script=Hebrew}/gu) > 0.2) return 'he';
  // Hindi, Marathi or Nepali (asia28): by their own short words.
  if (share(/\p{Script=Devanagari}/gu) > 0.2) return devanagariLanguage(text);
  if (share(/\p{Script=Khmer}/gu) > 0.2) return 'km';
  if (share(/\p{Script=Lao}/gu) > 0.2) return 'lo';
  if (share(/\p{Script=Myanmar}/gu) > 0.2) return 'my';
  // Scripts of one language each (Bengali, the South Indian and Sinhala scripts, Greek, Georgian, Armenian, Ethiopic).
  for (const [script, lang] of OWN_SCRIPTS) if (share(script) > 0.2) return lang;
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) {
    // Ukrainian (uk29): its own letters, and a Latin "i" set inside Cyrillic words for its і ("пicля", "вiн"), as pages
    // that write Cyrillic with Latin look-alikes do; Russian has no і to imitate.
    // Belarusian writes і as Ukrainian does, and ў, which Ukrainian never writes: its ў is asked first.
    if (count(/[ўЎ]/gu) > 0.005 * letters) return 'be';
    const lookAlikeI = text.includes('i') ? count(/(?<=\p{Script=Cyrillic})i|i(?=\p{Script=Cyrillic})/gu) : 0;
    if (count(/[іїєґІЇЄҐ]/gu) + lookAlikeI > 0.005 * letters) return 'uk';
    // Slavic languages (Polish, Czech, Slovak, Croatian, Serbian, Bulgarian): slavic-languages.ts.
    return cyrillicSlavic(text, letters) ?? 'ru';
  }
  // Letters with Vietnamese-only diacritics; a name like "Phạm Bình Minh" in English text stays below the bar. Romanian
  // writes ă and â as well ("său", "întâlnire"), beside ș, ț and î that Vietnamese never writes.
  const vietnamese = count(
    /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu,
  );
  if (vietnamese / letters > 0.03 && count(/[șțşţîȘȚŞŢÎ]/gu) < 0.003 * letters) return 'vi';
  // Slavic languages (Polish, Czech, Slovak, Croatian, Serbian, Bulgarian): slavic-languages.ts.
  const scores = latinScores(text);
  // …unless English's short words clearly lead: a story about Polish or Czech officials names them in their letters.
  const slavic = latinSlavic(text, letters);
  if (slavic && !(scores[0]?.lang === 'en' && scores[0].n >= 5)) return slavic;
  const [first, second] = scores;
  // A few shared short words ("in", "met") decide nothing: English, the language records are
  // most often translated into, unless another language clearly leads.
  if (!first || first.n < 3 || first.n < 1.5 * (second?.n ?? 0)) {
    // …but a short text with no English word at all is not English: the language that leads, and
    // Indonesian where Indonesian and Malay tie on the words they share ("di", "dan", "yang").
    const english = scores.find((s) => s.lang === 'en')?.n ?? 0;
    const malayTie =
      first?.lang !== undefined &&
      second !== undefined &&
      second.n === first.n &&
      ['id', 'ms'].includes(first.lang) &&
      ['id', 'ms'].includes(second.lang);
    if (first && first.n >= 1 && english === 0 && (malayTie || (second?.n ?? 0) < first.n)) return malayTie ? 'id' : first.lang;
    return scores.find((s) => s.lang === 'en' && s.n >= (first?.n ?? 0) / 1.5) || !first || first.n < 3 ? 'en' : first.lang;
  }
  return first.lang;
}

/** How many of the text's words are each Latin-script language's function words, most first. */
function latinScores(text: string): { lang: string; n: number }[] {
  const counts = LANGUAGES.map(() => 0);
  // One pass over the words, each looked up once (not once per language).
  for (const w of wordsOf(text.toLowerCase())) {
    for (const i of LANGUAGES_OF.get(w) ?? []) counts[i] = (counts[i] ?? 0) + 1;
    // A word with a letter one language alone writes counts for it ("hétfőn", "întâlnire", "görüşdə").
    if (/[^\p{ASCII}]/u.test(w))
      for (const [letters, i] of OWN_LETTER_INDEX) if (letters.test(w)) counts[i] = (counts[i] ?? 0) + 1;
  }
  return LANGUAGES.map((lang, i) => ({ lang, n: counts[i] ?? 0 })).sort((a, b) => b.n - a.n);
}

/**
 * The Latin-script languages a paragraph may be in: the one its function words favour, and any close
 * behind it (Spanish and French share "de", "la", "en", "que": a Spanish paragraph with many "a" may lean French).
 */
export function likelyLatinLanguages(text: string): string[] {
  const scores = latinScores(text);
  const top = scores[0]?.n ?? 0;
  return top < 3 ? [] : scores.filter((s) => s.n >= 0.6 * top).map((s) => s.lang);
}
