// The words of an attendance list's items (attendance.ts): which capitalised words can be a name's,
// courtesy words and particles, and an office followed by its holder's name.

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { indonesianNameStart, regionNotName } from './attendance-indonesian.ts';
import { NOT_NAMES } from './names.ts';
import { isPinyinGiven } from './pinyin-given.ts';

/**
 * Words of an office, in the languages the desks read (a prefix is enough: "Ministre", "Secretaries"); German writes
 * the office at a compound's end ("Büroleiter", "Amtsleiterin", "Oberbürgermeister", "Kulturministerin").
 */
export const OFFICE =
  /\p{L}(?:leiter|minister|bürgermeister|präsident|sekretär|direktor|botschafter|konsul|vorsitzende|beauftragte)(?:in|innen|en|n|r|s)?(?![\p{L}])|(?<![\p{L}])(?:gesandt|raadsheer|raadslid|gezant|wethouder|gedeputeerd|burgemeester|minist|secretar|ambassad|advis|direct|chief|head|governor|deputy|vice|president|chair|counsel|professor|under-?secretar|sub-?(?:secretar|direct|jef[ea]|delegad|comisari|coordinador)|sottosegretar|council+or|cllr|executive|administrator|engineer|speaker|dean|consul|envoy|officer|commissioner|representative|spokes|attach|general|admiral|colonel|mayor|senator|counterpart|member|membre|miembro|membro|anggota|mitglied|menteri|wapres|sekretaris|direktur|kepala|wakil|gubernur|duta|dubes|asisten|spesialis|kadis|kaban|kabag|konsul|konselor|kaunselor|atase|setiausaha|pesuruhjaya|ketua|ministre|secrétaire|conseill|chef|gouverneur|maire|ministr|secretari|embajador|jef[ea]|coordinador|asesor|assessor|embaixador|diretor|governador|procurador|alcald|prefeit|sindac|cònsol|ambaixad|bupati|walikota|wali kota|kapol|panglima|wagub|sekda|camat|sekretär|botschafter|berater|leiter|staatssekret|consejer|canciller|chancel|cônsul|cónsul|beigeordn|bürgermeist|kämmer|referent|stadtr|landr|marszał|wojewod|dyrektor|prezydent|burmistrz|starost|zastęp|przewodnicz|sekretarz|prezes|ambasador|заместител|министр|посол|председател|губернатор|глав|директор|руководител|советник|помощник|начальник|консул|представител|мэр|спикер)/iu;

/** Words of an institution, a place or a portfolio that are capitalised but nobody's name. */
export const NOT_PERSON = new Set(
  (
    'protokol protocol jenderal general negeri luar dalam negara kabinet cabinet kementerian ministry affairs foreign konsuler ' +
    'consular republik republic state presidency presidencia presidência república palace house office secretariat embassy ' +
    'kedutaan kedubes besar ri rrt un eu uae us uk pt forkopimda sulteng sumut pemprov bumn dpr mpr oficina gubernatura ' +
    'education educación educação relations relaciones relações internacionales internacionais international defence defense ' +
    'integration cooperation development trade commerce economy finance security justice health culture tourism industry ' +
    'labour labor planning interior information communications welfare energy oceans fisheries strategy policy commonwealth ' +
    'intelligence assembly parliament committee commission council congress senate party bureau department agency board ' +
    'bank fund organisation organization government union federation istri ibu suami wife husband ' +
    'authority crisis emergency disaster disasters management court service services forces armed supreme command institute ' +
    'university centre center association corporation company group network programme program project initiative mission ' +
    'consulate diwan police army navy guard dinas biro badan kantor setda setdako setdakab setdaprov pemko pemkot pemkab ' +
    'provinsi prefektur prefecture daerah otonomi pemerintahan kesejahteraan rakyat ' +
    'pemerintah kota kabupaten technology innovation innovations digital science research gender children social protection'
  ).split(' '),
);

/** Courtesy words before a name; Philippine English writes a lawyer's and an engineer's too ("Atty.", "Engr."). */
export const COURTESY =
  /^(?:H\.H|Mr|Ms|Mrs|Dr|Prof|Sir|Madam|M|MM|Mme|Mlle|H\.?E|S\.?E|I\.E|SEM|Herrn?|Frau|S\.E\.M|Amb|Excmo|Excma|Sr|Sra|Datuk|Dato['’]?|Datin|Tan|Sri|Hon|Rt|Ir|Academician|Atty|Engr)\.?$/u;

/** Lower-case particles inside a name: "Anwar bin Mohammed Gargash", "Leopoldo de Gyvés". */
export const PARTICLE = /^(?:bin|binti|bint|ibn|al|el|de|da|dos|das|do|del|della|la|le|du|van|von|der|den|y)$/u;

/** Joining words, articles and forms of address at the start of an item: "and the", "e do", "et de", "serta", "His Highness". */
export const LEAD =
  /^(?:(?:(?:His|Her|Their) (?:Royal )?(?:Highness|Excellency|Majesty|Highnesses|Excellencies)|Leurs? Excellences?|Son Excellence|Sua Excelência|Su Excelencia|and|et|e|y|und|sowie|dan|serta|oraz|и|och|og|samt|as well as|along with|together with|the|of|by|le|la|les|l['’]|de|du|des|d['’]|el|los|las|al|del|o|a|os|as|do|da|dos|das|pelo|pela|von|vom|der|die|den|door|his|her|their)\s+)+/iu;

/** A capitalised word that may be part of a name: not an acronym of three letters or more ("ESDM", "BPKAD"), a title, a body or a country. */
export const isNameWord = (t: string): boolean =>
  /^\p{Lu}[\p{L}\p{M}’'.-]*$/u.test(t) &&
  !/^\p{Lu}{3,}$/u.test(t) &&
  // Cyrillic writes no two-letter name in capitals: "РФ", "ЕС" are a state's or a body's.
  !/^\p{Script=Cyrillic}{2}$/u.test(t.toUpperCase() === t ? t : '') &&
  !NOT_NAMES.has(fold(t), t) &&
  !NOT_PERSON.has(fold(t)) &&
  !isCountryWord(t) &&
  !OFFICE.test(t);

/**
 * "TSUCHIYA Shinako, Vice-president": a family name in capitals before the given name, as Japanese and
 * Chinese lists write them; a spelled-out acronym has no vowel between its letters' runs ("BPKAD", "GDPR").
 */
export const familyInCapitals = (t: string, next: string): boolean =>
  /^(?:[B-DF-HJ-NP-TV-Z]{0,2}[AEIOU]+N?)+$/u.test(t) &&
  t.length <= 12 &&
  /^\p{Lu}\p{Ll}+$/u.test(next) &&
  isNameWord(next) &&
  // The given name after it is Japanese or Chinese too: "Shinako", "Xiangdong", never "Allies" or "Office".
  (/^(?:(?:sh|ch|ts|j|[kgnhbpmr]y|[kgsztdnhbpmyrwf])?[aiueo]+n?)+$/iu.test(next) || isPinyinGiven(next)) &&
  !NOT_PERSON.has(fold(t)) &&
  !isCountryWord(t);

/** The tokens of a name, courtesy words dropped; null when the words are not all a name's. */
export function wholeName(words: string[]): string[] | null {
  let i = 0;
  while (i < words.length - 1 && COURTESY.test(words[i] ?? '')) i++;
  // "Mrs Arta Sample MP": the seat after the name is none of it.
  const seat = /^(?:MP|M\.P\.?|MLA|MEP)$/u.test(words.at(-1) ?? '') ? 1 : 0;
  const rest = words.slice(i, words.length - seat);
  if (rest.length < 2 || rest.length > 8) return null;
  // "Turki bin Abdullah Al Dakheel": a word that is also a country's name, when "bin" follows it, is a given name.
  const ok = rest.every(
    (t, k) =>
      (k > 0 && k < rest.length - 1 && PARTICLE.test(t)) ||
      isNameWord(t) ||
      (k === 0 && familyInCapitals(t, rest[1] ?? '')) ||
      (/^\p{Lu}\p{Ll}+$/u.test(t) && /^(?:bin|binti|bint|ibn)$/u.test(rest[k + 1] ?? '')),
  );
  return ok ? rest : null;
}

/** "Sekretaris Kabinet Pramono Anung", "Kenya’s Ambassador to Ethiopia Catherine Mwangi": an office, then a name of 2+ words. */
export function nameAfterOffice(words: string[]): { office: string; name: string[] } | null {
  let start = words.length;
  while (start > 0 && (isNameWord(words[start - 1] ?? '') || (start < words.length && PARTICLE.test(words[start - 1] ?? ''))))
    start--;
  while (start < words.length && PARTICLE.test(words[start] ?? '')) start++;
  // "… Urzędu Wojewódzkiego w Rzeszowie Marcin Zaborniak": after a Slavic "in", the first capitalised word is the place.
  if (start > 0 && words.length - start >= 3 && /^(?:w|we|na|в|во|на)$/u.test(words[start - 1] ?? '')) start++;
  // Indonesian: past the region after "Kota" ("Kota Medan Iswar Lubis") or the portfolio's word after "dan".
  else start = indonesianNameStart(words, start);
  // "… et Mme Mariem Mint Ova": a courtesy word opens a name wherever it stands.
  const courtesy = words.slice(0, start + 1).findLastIndex((w) => COURTESY.test(w));
  if (courtesy >= 0 && words.slice(courtesy + 1, start).every((w) => isNameWord(w) || PARTICLE.test(w))) start = courtesy + 1;
  // "Herrn Dr. A B": a chain of courtesy words is none of the name.
  while (courtesy >= 0 && start === courtesy + 1 && words.length - start > 2 && COURTESY.test(words[start] ?? '')) start++;
  const office = words.slice(0, courtesy >= 0 && courtesy + 1 === start ? courtesy : start);
  const name = words.slice(start);
  const before = (office.at(-1) ?? '').toLowerCase();
  // After "of", "de la", "to", "and": the name of a body, a place or a portfolio, not of a person.
  if (name.length < 2 || office.length === 0) return null;
  if (regionNotName(office, name)) return null;
  if (
    !(courtesy >= 0 && courtesy + 1 === start) &&
    (PARTICLE.test(before) ||
      /^(?:of|to|for|on|the|at|in|en|em|no|na|nel|au|à|and|et|e|y|und|sowie|dan|serta|i|oraz|и|och|og|samt)$/u.test(before))
  )
    return null;
  // The office opens the item: "told the envoys are Ana Lima" is a sentence going on, not an office.
  const first = office[0] ?? '';
  if (!/^\p{Lu}/u.test(first) && !OFFICE.test(first) && !OFFICE_OPENER.test(first)) return null;
  if (!OFFICE.test(office.join(' '))) return null;
  // "… européennes et Mme B": the office before the joining word is the one before's, not B's.
  const joined = office.findLastIndex((w) => /^(?:and|et|e|y|und|sowie|dan|serta|i|oraz|и|och|og|samt)$/u.test(w));
  // "UTAR President Ir Prof Dato’ Dr Chuah Hean Teik": a chain of courtesy words before the name is none of the office.
  // But "Asisten Ekonomi dan Pembangunan": no office after the joining word, so it joins a portfolio's words.
  const after = office.slice(joined + 1);
  const held = after.length > 0 && !OFFICE.test(after.join(' ')) ? office : after;
  while (held.length > 1 && COURTESY.test(held.at(-1) ?? '')) held.pop();
  return { office: held.join(' '), name };
}

/** Lower-case words an office may open with: "former Chief of Staff", "outgoing ambassador". */
export const OFFICE_OPENER =
  /^(?:former|new|outgoing|incoming|acting|senior|then|her|his|their|ancien(?:ne)?|nouvel(?:le)?|antigu[oa]|nuev[oa]|ex|mantan)$/iu;

/**
 * German and Dutch: a name, then the capacity it came in ("Herrn A B als Leiter des Bauamts", "C D als adviseur") or the
 * office it came from ("Frau E F vom Amt für Kultur", "G H aus Kassel"): the name, with the office the capacity gives.
 */
export function nameThenCapacity(words: string[]): { name: string[]; office: string | null } | null {
  const k = words.findIndex((w, j) => j >= 2 && /^(?:als|vom|aus)$/u.test(w));
  const name = k > 0 ? wholeName(words.slice(0, k)) : null;
  const rest = words.slice(k + 1);
  if (!name || rest.length === 0 || rest.length > 10) return null;
  if (words[k] === 'als') return OFFICE.test(rest[0] ?? '') ? { name, office: rest.join(' ') } : null;
  return /^\p{Lu}/u.test(rest[0] ?? '') ? { name, office: null } : null;
}
