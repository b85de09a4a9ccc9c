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
const ENDING = '(?:em|om|skim|ckim|dzkim|ským|ckým|ą|ou)';
const INFLECTED = `\\p{Lu}[\\p{Ll}’'-]*${ENDING}`;
const CAP = "\\p{Lu}[\\p{Ll}’'-]+";
/**
 * Two words, the last inflected (a foreign given name may stay as it is: "Antony Blinkenem"), or three with
 * the first inflected too; no capitalised word after it ("Federacji Rosyjskiej Siergiejem" is the country, then the name).
 */
const NAME = `((?:${INFLECTED}|${CAP}) ${INFLECTED}|${INFLECTED} ${CAP} ${INFLECTED})(?! \\p{Lu})`;
/** "z"/"ze", "s"/"se", "so", "sa" + the description (lowercase words, initials, capitalised words of a country or post; no second "s") + the name. */
const DESCRIPTION = `((?:(?!(?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a) )(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}{2,5}|(?!${INFLECTED}(?![\\p{L}]))${CAP}) ){1,9}?)`;
const CLOSE = '(?=[,.;:)"”“»\'’]|\\s|$)';
const WITH_NAMED = new RegExp(`(?<![\\p{L}])(?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a) ${DESCRIPTION}${NAME}${CLOSE}`, 'gu');
/** The next of a list, its description repeated or shortened: ", ambasadorom Srbije u Austriji Nebojšom Rodićem", "i sa ambasadorkom …". */
const LISTED = new RegExp(`(?:,| i| a| oraz| a také)(?: (?:[Zz]e?|[Ss]e?|[Ss]o|[Ss]a))? ${DESCRIPTION}${NAME}${CLOSE}`, 'uy');
const MEETING_WORD = new RegExp(WEST_SLAVIC_MEETING, 'iu');
/** A paragraph in one of these languages, by its own letters. */
const WEST_SLAVIC_TEXT = /[łśźżńřěůčšžćđľ]/iu;

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

/** One word's dictionary form: the ending undone ("Ławrowem", "Stoltenbergiem", "Sikorskim", "Annaleną", "Janou"). */
function undo(w: string): string {
  const stem = w
    .replace(/(sk|ck|dzk)im$/u, '$1i')
    .replace(/(sk|ck)ým$/u, '$1ý')
    .replace(/ą$/u, 'a')
    .replace(/ou$/u, 'a')
    .replace(/(?<=[kg])iem$/u, '')
    .replace(/(?<=\p{L}{2})(?:em|om)$/u, '');
  // The vowel the plain form has before a final k, c or l ("Haškem" is "Hašek", "Jackiem" "Jacek", "Pavlem" "Pavel", "Pawłem" "Paweł").
  return stem !== w && /[^aeiouyáéíóúýě][kclł]$/u.test(stem) ? `${stem.slice(0, -1)}e${stem.slice(-1)}` : stem;
}

/** The record's own plain form of each word where it writes one ("Ławrow" beside "Ławrowem"), else the ending undone. */
function plainForm(name: string, text: string): { name: string; rebuilt: boolean } {
  let rebuilt = false;
  const words = name.split(' ').map((w) => {
    const u = undo(w);
    if (u === w) return w;
    if (new RegExp(`(?<![\\p{L}])${u}(?![\\p{L}])`, 'u').test(text)) return u;
    rebuilt = true;
    return u;
  });
  return { name: words.join(' '), rebuilt };
}

export function westSlavicInstrumentalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!WEST_SLAVIC_TEXT.test(text) || !MEETING_WORD.test(text)) return [];
  const out: [Mention, number][] = [];
  const found: RegExpExecArray[] = [];
  for (const first of execAll(WITH_NAMED, text)) {
    found.push(first);
    LISTED.lastIndex = first.index + first[0].length;
    for (let next = LISTED.exec(text); next; next = LISTED.exec(text)) found.push(next);
  }
  for (const m of found) {
    const described = (m[1] ?? '').trim();
    const written = m[2] ?? '';
    const start = m.index + m[0].length - written.length;
    const end = start + written.length;
    if (!free(start, end)) continue;
    // The verb of meeting is in the same sentence, before the preposition.
    const sentence =
      text
        .slice(Math.max(0, m.index - 400), m.index)
        .split(/[.!?]\s|\n/u)
        .at(-1) ?? '';
    if (!MEETING_WORD.test(sentence)) continue;
    const words = described.split(' ').filter(Boolean);
    // A description with no office word (lowercase) is no title: "z Polską Agencją" is a body.
    if (!words.some((w) => /^\p{Ll}{3,}/u.test(w))) continue;
    let country: string | null = null;
    for (const w of words) country ??= countryOf(w);
    const plain = plainForm(written, text);
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
