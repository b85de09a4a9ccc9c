// The name, then the office set off by commas, in the languages of Europe: "Catherine Colonna,
// ministre de l'Europe et des affaires étrangères, s'est entretenue …", "José Manuel Albares,
// ministro de Asuntos Exteriores, se reunió …". The office's head noun is found by the grammar's
// own pattern (european.ts); here the name is read before it and the office up to its closing comma.

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { NOT_NAMES } from './names.ts';

/**
 * Two to four capitalised words, with the particles names hold, then a comma and perhaps an article; before them the
 * academic and professional titles Spanish America writes before a name ("Prof. Dra.", "Lic.", "Ing.", "Abg.", "C.P.", "Mtro.").
 */
const NAME_BEFORE =
  /(?<![\p{L}\p{M}’'.-])((?:(?:Prof|Dra?|Lic|Licda|Ing|Arq|Abg|Abog|Mtr[oa]|C\.P|MSc|Mg|Mag)\. )*(?:\p{Lu}[\p{L}\p{M}’'.-]*\.? (?:(?:de|da|del|de la|di|do|dos|du|van|von|der|den|le) )?){1,3}\p{Lu}[\p{L}\p{M}’'-]+), (?:(?:le|la|l['’]|el|il|lo|o|a|der|die) ?)?$/u;
/**
 * The office runs to a comma at most this far after its head (a body's short form in brackets kept:
 * "Hauptgeschäftsführer der Industrie- und Handelskammer (IHK) Mittlerer Niederrhein,"), with no sentence ending inside, or to
 * a second office joined on ("die Präsidentin der … und deren Generalsekretär, Daniel Kosch": his), or to the next
 * person of a list ("al Lic. X, intendente de Y y al Abg. Z, …", "X, présidente du comité et Y Z, directeur …") or the
 * sentence's stop ("… el Prof. X, decano.").
 */
const OFFICE_TO_COMMA =
  /^(?:[^,.;:!?()\n]|\([^()\n]{1,12}\)){0,90}?(?=, | (?:und|et|y|e|and|sowie) (?:deren|dessen|ihr|sein|son|sa|ses|su|sus|seu|sua|his|her|their|der|die|das|le|la|les|el|los|las|o|a|os|as|the) | (?:y|e) (?:al|a la|a los|a las|ao|à|aos) \p{Lu}| (?:und|et|y|e|and) \p{Lu}[\p{L}’'-]+ \p{Lu}[\p{L}’'-]+, \p{Ll}|\.(?:\s|$))/u;
/** …or to the end of a caption's entry: "C D, Botschafter der Y;", or of a subtitle written without its stop. */
const OFFICE_TO_STOP = /^[^,.;:!?()\n]{0,90}?(?=;|\.(?:\s|$)|$)/u;
/** A form of address or rank before a name, in the languages of Europe (English "Miss", "Captain", "Lieutenant Colonel"). */
const COURTESY =
  /^(?:Excm[oa]s?\.?|Sr[a]?\.|Prof\.|Lic\.|Licda\.|Ing\.|Arq\.|Abg\.|Abog\.|Mtr[oa]\.|C\.P\.|MSc\.|Mg\.|Mag\.|Sres\.|Dr[a]?\.?|Dña\.|Don|Doña|M\.|MM\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Captain|Capt\.|Colonel|Col\.|Commander|Cdr\.|Lieutenant|Lt\.|Commodore|Brigadier|Sergeant|Herrn?|Frau|Monsieur|Madame|Mademoiselle|Señor[a]?|Senhor[a]?|Signor[a]?|Sig\.|Sig\.ra|Sen\.|S\.E\.|I\.E\.|S\.E\.M\.?|SEM\.?|H\.E\.)$/u;
/** A building, not a person: "no Salão Leste do Palácio do Planalto, o presidente …". */
const BUILDING =
  /^(?:Pal[aá]cio|Palais|Palazzo|Sal[aã]o|Sal[oó]n|Salle|Sala|Casa|H[oô]tel|Centro|Centre|Zentrum|Schloss|Rathaus|Minist[eé]rio|Ministère|Ministero|Embajada|Embaixada|Ambassade|Botschaft)$/u;

export type NameFirst = { index: number; name: string; role: string; end: number };

/**
 * The holder named before an office whose head starts at `start` ("X, ministre de …,"), or null.
 * `bare`: only a name written straight before the office, without an article between.
 */
export function nameBeforeOffice(text: string, start: number, bare = false): NameFirst | null {
  if (bare && !/\p{L}, $/u.test(text.slice(Math.max(0, start - 3), start))) return null;
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!m?.[1]) return null;
  // "Excmo. Sr. X, embajador …", "M. X, ministre …": the forms of address are not part of the name.
  let courtesy = 0;
  for (const w of m[1].split(' ')) {
    if (!COURTESY.test(w)) break;
    courtesy += w.length + 1;
  }
  // "Konsularische Korps von Doyen A B": the corps' dean, a rank; so is a German civil servant's ("Oberamtsrätin A B").
  const dean = /^(?:.* )?(?:(?:Vize-)?(?:Doyen(?:ne)?|Decan[oa]|Dean)|\p{Lu}\p{Ll}*(?:rat|rätin)) (?=\p{Lu}\S* \p{Lu})/u.exec(
    m[1].slice(courtesy),
  );
  if (dean) courtesy += dean[0].length;
  // "… vor Ort. Wang Qidong, Präsident …": a word of three letters or more closed by a stop ended the sentence before the name.
  const stop = /^(?:.* )?\p{Lu}\p{Ll}{2,}\. (?=\p{Lu}\S* \p{Lu})/u.exec(m[1].slice(courtesy));
  if (stop && !COURTESY.test(stop[0].trim().split(' ').at(-1) ?? '')) courtesy += stop[0].length;
  const name = m[1].slice(courtesy);
  const words = name.split(' ');
  if (words.length < 2 || words.some((w) => NOT_NAMES.has(fold(w), w) || isCountryWord(w) || BUILDING.test(w))) return null;
  const office = OFFICE_TO_COMMA.exec(text.slice(start)) ?? OFFICE_TO_STOP.exec(text.slice(start));
  if (!office) return null;
  const index = start - m[0].length + courtesy;
  return { index, name, role: office[0].trim(), end: start + office[0].length };
}

/**
 * "A B, Generalkonsul der Republik X, C D, …", "A B, Geschäftsführer des Oxford Character Project.": a
 * name, then its office without an article, is the office's holder; a name read after the office's
 * complement (past a comma, or out of the body's capitalised words) is not. Only a name straight after
 * the head ("A B, Bürgermeister C D") is still the office's own.
 */
export function heldByNameBefore(text: string, headEnd: number, start: number, after: { name: string; end: number }): boolean {
  const nameStart = text.lastIndexOf(after.name.split(' ')[0] ?? '', after.end);
  const between = text.slice(headEnd, Math.max(headEnd, nameStart));
  if (!between.includes(',') && !/\p{Ll}{2,}/u.test(between)) return false;
  return nameBeforeOffice(text, start, true) !== null;
}

/** A word that dates the office, between the name and it: "nouvelle", "ancien", "ehemaliger", "neue", "nuevo", "ex". */
const DATING =
  /^(?:nouvel(?:le)?|nouveau|ancien(?:ne)?|actuel(?:le)?|ehemalige[rn]?|neue[rn]?|frühere[rn]?|nuev[oa]|antigu[oa]|nuov[oa]|ex)$/u;

/** "Mélanie Kienle, nouvelle Maire de …", "A B, ehemaliger Vize-Präsident der …": the office read from its dating word at `at`. */
export const nameBeforeDatedOffice = (text: string, at: number, word: string): NameFirst | null =>
  DATING.test(word) ? nameBeforeOffice(text, at) : null;

/** The name read after a dated office is not its holder when a name stands before the dating word ("A B, ehemaliger Präsident der X, C D"). */
export const heldBeforeDated = (
  text: string,
  headEnd: number,
  at: number,
  word: string,
  after: { name: string; end: number },
): boolean => DATING.test(word) && heldByNameBefore(text, headEnd, at, after);
