// The record's language. A script that belongs to few languages decides at once (Hangul is
// Korean, kana Japanese, Han without either Chinese, Thai, Arabic…); Cyrillic is Ukrainian when
// letters only Ukrainian uses (і, ї, є, ґ) are there, else Russian; Latin text is Vietnamese
// when its own letters (ơ, ư, đ, ạ, ế…) are frequent, else the language whose commonest short
// words make up most of the text (English, Indonesian, French, German, Spanish…); Polish, Czech,
// Slovak, Croatian, Serbian and Bulgarian by their own letters (language-slavic.ts).

import { devanagariLanguage } from './language-devanagari.ts';
import { malayOrIndonesian } from './language-malay.ts';
import { persianOrArabic } from './language-persian.ts';
import { cyrillicSlavic, latinSlavic } from './language-slavic.ts';

/** The commonest function words of Latin-script languages: enough to tell them apart in a paragraph. */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in a is that for on with as was by at from it be has have are said will which this an',
  id: 'yang dan di dengan untuk ini itu dari dalam tersebut akan pada kedua juga tidak adalah oleh ke bahwa telah sebagai para',
  ms: 'yang dan di dengan untuk ini itu dari dalam tersebut akan pada kedua juga tidak ialah oleh ke bahawa telah sebagai kerana',
  fr: 'le la les de des du et en un une est que qui dans pour sur par au aux avec a il ne pas se son sa ses',
  de: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an wird bei',
  es: 'el la los las de del y en un una que por con para se su al es lo como más sus fue ha',
  pt: 'o a os as de do da dos das e em um uma que por com para se seu sua ao é não mais foi',
  it: 'il lo la i gli le di del della e in un una che per con si su al è non anche come dei',
  // Not "met" ("with"): it is English's commonest word of meeting ("Minister X met Minister Y in …").
  nl: 'de het een en van in is dat op te voor zijn niet aan er ook als bij door naar worden werd',
  tl: 'ang ng mga sa na at ay si ni kay para nang ito mula kanyang kanilang din rin upang',
  sv: 'och i att det som en på är av för med till den har de inte om ett var',
  // Danish and Norwegian share most short words; each keeps its own spellings (af/av, efter/etter, sig/seg, blev/ble)
  // and Norwegian its Nynorsk forms (ein, eit, dei, ikkje, frå).
  da: 'og i at det som en på er af for med til den har de ikke om et var sig fra efter blev mellem også',
  no: 'og i at det som en på er av for med til den har de ikke om et var seg fra etter ble mellom også ein eit dei ikkje frå',
  fi: 'ja on ei se että oli myös kanssa sekä mukaan hän ovat kun mutta joka jossa vuonna olla vain tämä',
  tr: 've bir bu ile için olarak olan da de daha çok ise gibi kadar ama ki sonra ayrıca ilgili son yaptığı',
  // Catalan (latin28): the short words it shares with Spanish and its own ("els", "amb", "i", "per", "va", "seu"), none of
  // Spanish's "y", "los", "por", "con", "para", "su".
  // Swahili: its connecting "wa", "ya", "kwa", "cha", "vya" and its own short words, not "na", "ni", "la" that others write.
  sw: 'wa ya kwa cha vya katika kuwa hiyo huo hilo hicho pia amesema alisema baada hadi lakini zaidi wakati kutoka ambapo ambao ambayo',
  ca: 'el la els les de del dels i en amb per que un una és ha va al seu seva aquest aquesta també han pel hi',
};
const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Each function word, with the languages (their place in LANGUAGES) it is one of. */
const LANGUAGES_OF = new Map<string, number[]>();
for (const [i, lang] of LANGUAGES.entries())
  for (const w of new Set((FUNCTION_WORDS[lang] ?? '').split(' '))) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), i]);

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
  return lang === 'id' || lang === 'ms' ? malayOrIndonesian(text, lang) : lang;
}

function detectByScriptAndWords(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
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
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? [])
    for (const i of LANGUAGES_OF.get(w) ?? []) counts[i] = (counts[i] ?? 0) + 1;
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
