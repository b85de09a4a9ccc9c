// Polish, Czech, Slovak, Croatian and Serbian name the person met after "z"/"s"/"so"/"sa" (with), in
// the instrumental: "spotkał się z ministrem spraw zagranicznych Federacji Rosyjskiej Siergiejem
// Ławrowem", "setkal se s hejtmanem Středočeského kraje Josefem Řihákem", "stretol sa s ruským
// ministrom zahraničných vecí Sergejom Lavrovom", "razgovarao je s ambasadorom Srbije u Portugalu
// Oliverom Antićem". The desk files the dictionary form: the record's own plain form where it writes
// one elsewhere, else each word with its ending undone where the ending says how (-em, -om: dropped;
// -skim, -ckim, -ským: -ski, -cki, -ský; Polish -ą and Czech -ou: -a). A name no rule undoes is left
// as written, marked so. The description's country (a genitive "Federacji Rosyjskiej", an adjective
// "ruským") says whose.

import { WEST_SLAVIC_MEETING } from '../dates/words-west-slavic.ts';
import { execAll } from '../patterns.ts';
import type { Mention } from './types.ts';

/** An instrumental ending of a given name or surname. */
// Polish "Jerzym", "Ksawerym": a given name in -y takes -ym.
const ENDING = '(?:em|om|skim|ckim|dzkim|ským|ckým|ym|ą|ou)';
// A double name declines in both halves: "Kosiniakiem-Kamyszem", "Frankiem-Walterem".
const INFLECTED = `\\p{Lu}[\\p{Ll}’'-]*(?:-\\p{Lu}[\\p{Ll}’']*)?${ENDING}`;
const CAP = "\\p{Lu}[\\p{Ll}’'-]+";
/**
 * Two words, the last inflected (a foreign given name may stay as it is: "Antony Blinkenem"), or three with
 * the first inflected too; no capitalised word after it ("Federacji Rosyjskiej Siergiejem" is the country, then the name).
 */
const NAME = `((?:${INFLECTED}|${CAP}) ${INFLECTED}|${INFLECTED} ${CAP} ${INFLECTED}|${INFLECTED}(?: ${CAP}){1,2})(?! \\p{Lu})`;
/** Serbian and Croatian: a woman's surname in a consonant does not decline ("ambasadorkom … Jelom Baćević"); her title says she is one. */
const FEMININE_TITLE = /^\p{Ll}+(?:(?<!i)k|ic)om$/u;
const DECLINED_LAST = new RegExp(`${INFLECTED}$`, 'u');
/** "z"/"ze", "s"/"se", "so", "sa" + the description (lowercase words, initials, capitalised words of a country or post; no second "s") + the name. */
/**
 * An office written with a capital, as a letter or a courtesy writes it ("z Ambasadorem Japonii", "s
 * Velvyslancem Itálie", "sa Ambasadorom"): its instrumental ending is the office's, never a name's.
 */
const OFFICE_CAP =
  '(?:Ambasador|Ambasádor|Veleposlanik|Velvyslan|Vyslan|Konsul|Prezydent|Prezident|Predsjednik|Premier|Minist|Marszał|Wojewod|Burmistrz|Starost|Hejtman|Primátor|Gradonačelnik)\\p{Ll}*';
const OFFICE_CAP_WORD = new RegExp(`^${OFFICE_CAP}$`, 'u');
/** A word that says an office: a lowercase word, or an office written with a capital. */
const officeWord = (w: string): boolean => /^\p{Ll}{3,}/u.test(w) || OFFICE_CAP_WORD.test(w);
const DESCRIPTION = `((?:(?!(?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a) )(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}{2,5}|${OFFICE_CAP}|(?!${INFLECTED}(?![\\p{L}]))${CAP}) ){1,9}?)`;
const CLOSE = '(?=[,.;:)"”“»\'’]|\\s|$)';
const WITH_NAMED = new RegExp(`(?<![\\p{L}])(?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a) ${DESCRIPTION}${NAME}${CLOSE}`, 'gu');
/** The next of a list, its description repeated or shortened: ", ambasadorom Srbije u Austriji Nebojšom Rodićem", "i sa ambasadorkom …". */
const LISTED = new RegExp(`(?:,| i| a| oraz| a také)(?: (?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a))? ${DESCRIPTION}${NAME}${CLOSE}`, 'uy');
/** The next of a list under the same plural or shared description: "konsulami honorowymi … Jerzym Krzanowskim i Aleksandrem Baczykiem". */
const LISTED_BARE = new RegExp(`(?:,| i| a| oraz)(?: (?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a))? ()${NAME}${CLOSE}`, 'uy');
const MEETING_WORD = new RegExp(WEST_SLAVIC_MEETING, 'iu');
/** A paragraph in one of these languages, by its own letters. */
const WEST_SLAVIC_TEXT = /[łśźżńřěůčšžćđľ]/iu;
/** Letters only Polish writes; "đ" or "ć" without them (and without Czech "ř", "ě", "ů") is Serbian or Croatian. */
const POLISH_TEXT = /[łśźżńąę]/iu;
const SOUTH_SLAVIC_TEXT = /[đć]/iu;
const CZECH_TEXT = /[řěů]/iu;
/** A sentence's end: a stop, then a capital; "14 lutego br. z konsulem" runs on past the abbreviation. */
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}"“„«])|\n/u;

/** Stems of a country's adjective or genitive, in these languages, and the country. */
const COUNTRIES: [RegExp, string][] = [
  [/^(?:ros[yj]|rus[ks]|rusij|federacj)/iu, 'Russia'],
  [/^(?:ameryka|americk|američk|stan[óo]w|spojen|sad\b|usa$)/iu, 'United States'],
  [/^(?:niemi|niemc|německ|nemeck|njemač|nemač|rfn$)/iu, 'Germany'],
  [/^(?:ukrai|ukrajin)/iu, 'Ukraine'],
  [/^(?:pols|poľs|poljs|rp$)/iu, 'Poland'],
  [/^(?:czes|česk|češk|čr$)/iu, 'Czech Republic'],
  [/^(?:słowac|slovens|slovač|sr$)/iu, 'Slovakia'],
  [/^(?:chorwac|chorvat|hrvat)/iu, 'Croatia'],
  [/^(?:serbs|srbs|srbij)/iu, 'Serbia'],
  [/^(?:brytyj|britsk|britan)/iu, 'United Kingdom'],
  [/^(?:francus|francouz|francúz|francj)/iu, 'France'],
  [/^(?:rakous|rakús|austri)/iu, 'Austria'],
  [/^(?:węgier|maďar|mađar)/iu, 'Hungary'],
  [/^(?:chińs|čínsk|kinesk|kine$)/iu, 'China'],
  [/^(?:japoń|japons|japans)/iu, 'Japan'],
  [/^(?:wietnam|vietnam)/iu, 'Viet Nam'],
];
const countryOf = (word: string): string | null => COUNTRIES.find(([re]) => re.test(word))?.[1] ?? null;

type Tongue = 'polish' | 'south' | 'other';

/** One word's dictionary form: the ending undone ("Ławrowem", "Stoltenbergiem", "Sikorskim", "Annaleną", "Janou", "Jerzym"). */
function undo(w: string, tongue: Tongue, half = false): string {
  // Serbian and Croatian: a name in -a after a soft consonant takes -om ("Nebojšom", "Sašom"); one ending in that consonant takes -em.
  if (tongue === 'south' && /(?<=\p{L}[šžčćđj])om$/u.test(w)) return `${w.slice(0, -2)}a`;
  const stem = w
    .replace(/(sk|ck|dzk)im$/u, '$1i')
    .replace(/(sk|ck)ým$/u, '$1ý')
    .replace(/(?<=\p{L}{3})ym$/u, 'y')
    .replace(/ą$/u, 'a')
    .replace(/ou$/u, 'a')
    .replace(/(?<=[kg])iem$/u, '')
    .replace(/(?<=\p{L}{2})(?:em|om)$/u, '');
  if (stem === w) return stem;
  // Serbian and Croatian: after a consonant a final k was a given name's -ko ("Veljkom", "Markom"), and a final c or r had
  // an "a" before it ("Županjevcem" is "Županjevac", "Aleksandrom" "Aleksandar").
  if (tongue === 'south') {
    if (/[^aeiou]k$/u.test(stem)) return `${stem}o`;
    return /[^aeiou][cr]$/u.test(stem) ? `${stem.slice(0, -1)}a${stem.slice(-1)}` : stem;
  }
  // The vowel the plain form has before a final k, c or l ("Haškem" is "Hašek", "Jackiem" "Jacek", "Pavlem" "Pavel", "Pawłem"
  // "Paweł"); Polish "-nder" too ("Aleksandrem" is "Aleksander"), where "Piotrem" stays "Piotr".
  // …but never between a doubled consonant: "Borrellem" is "Borrell", "Russellem" "Russell".
  if (/(\p{L})\1$/u.test(stem)) return stem;
  // A half of a double name is no Polish "Jacek": hyphens join foreign given names ("Frankiem-Walterem" is "Frank-Walter").
  if (half) return stem;
  const fleeting = tongue === 'polish' ? /[^aeiouyáéíóúýě][kclł]$|(?<=n)dr$/u : /[^aeiouyáéíóúýě][kclł]$/u;
  return fleeting.test(stem) ? `${stem.slice(0, -1)}e${stem.slice(-1)}` : stem;
}

/** The record's own plain form of each word where it writes one ("Ławrow" beside "Ławrowem"), else the ending undone. */
function plainForm(name: string, text: string): { name: string; rebuilt: boolean } {
  let rebuilt = false;
  const tongue: Tongue = POLISH_TEXT.test(text)
    ? 'polish'
    : SOUTH_SLAVIC_TEXT.test(text) && !CZECH_TEXT.test(text)
      ? 'south'
      : 'other';
  const words = name.split(' ').map((w) => {
    // Each half of a double name has its own ending: "Kosiniakiem-Kamyszem" is "Kosiniak-Kamysz".
    const u = w
      .split('-')
      .map((half, _, halves) => undo(half, tongue, halves.length > 1))
      .join('-');
    if (u === w) return w;
    if (new RegExp(`(?<![\\p{L}])${u}(?![\\p{L}])`, 'u').test(text)) return u;
    rebuilt = true;
    return u;
  });
  return { name: words.join(' '), rebuilt };
}

/** "Jelom Baćević": the given name's -om is her -a ("Jela"), the surname stays as written. */
function feminineForm(name: string, text: string): { name: string; rebuilt: boolean } {
  const [given = '', ...rest] = name.split(' ');
  const plain = given.replace(/om$/u, 'a');
  const own = new RegExp(`(?<![\\p{L}])${plain}(?![\\p{L}])`, 'u').test(text);
  return { name: [plain, ...rest].join(' '), rebuilt: !own && plain !== given };
}

export function westSlavicInstrumentalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!WEST_SLAVIC_TEXT.test(text) || !MEETING_WORD.test(text)) return [];
  const out: [Mention, number][] = [];
  const found: { m: RegExpExecArray; shared: string }[] = [];
  for (const first of execAll(WITH_NAMED, text)) {
    found.push({ m: first, shared: '' });
    let shared = (first[1] ?? '').trim();
    for (let at = first.index + first[0].length; ; ) {
      LISTED.lastIndex = at;
      LISTED_BARE.lastIndex = at;
      const next = LISTED.exec(text) ?? LISTED_BARE.exec(text);
      if (!next) break;
      // An item with no office word of its own ("u Švedskoj Draganom …", "i Aleksandrem …") shares the one before's.
      const own = (next[1] ?? '').trim();
      if (own.split(' ').some(officeWord)) shared = own;
      found.push({ m: next, shared });
      at = next.index + next[0].length;
    }
  }
  for (const { m, shared } of found) {
    const own = (m[1] ?? '').trim();
    const described = own.split(' ').some(officeWord) || !shared ? own : shared;
    const written = m[2] ?? '';
    const start = m.index + m[0].length - written.length;
    // Only a woman's name keeps its surname undeclined, after a title that says so.
    const undeclined = !DECLINED_LAST.test(written);
    if (undeclined && !(SOUTH_SLAVIC_TEXT.test(text) && FEMININE_TITLE.test(described.split(' ')[0] ?? ''))) continue;
    const end = start + written.length;
    if (!free(start, end)) continue;
    // The verb of meeting is in the same sentence, before the preposition.
    const sentence =
      text
        .slice(Math.max(0, m.index - 400), m.index)
        .split(SENTENCE_END)
        .at(-1) ?? '';
    if (!MEETING_WORD.test(sentence)) continue;
    const words = described.split(' ').filter(Boolean);
    // A description with no office word (lowercase) is no title: "z Polską Agencją" is a body.
    if (!words.some(officeWord)) continue;
    let country: string | null = null;
    for (const w of words) country ??= countryOf(w);
    const plain = undeclined ? feminineForm(written, text) : plainForm(written, text);
    out.push([
      {
        index: start,
        surface: written,
        name: plain.name,
        ...(plain.rebuilt ? { alias: written } : {}),
        role: described.replace(/^(?:swoim|svým|svojím|svojim)\s+/u, '') || null,
        country,
        kind: 'named',
        how: plain.rebuilt
          ? `named as the one met, after "z"/"s" (West or South Slavic), as '${written}': its dictionary form rebuilt`
          : 'named as the one met, after "z"/"s" (West or South Slavic)',
      },
      end,
    ]);
  }
  return out;
}
