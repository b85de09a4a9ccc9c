// German writes every noun with a capital, so the word after an office may be its field, not its
// holder: "Referatsleiterin Öffentlichkeitsarbeit", "(Leiterin Akademisches Auslandsamt)". A long
// word with an abstract noun's ending, or an adjective's declined "-isch-" ending, is no surname.

/** "Öffentlichkeitsarbeit", "Wirtschaftsförderung", "Zusammenarbeit", "Auslandsamt": long compounds with a noun's ending. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{7,}(?:ung|heit|keit|schaft|arbeit|tion|wesen|amt)$/u;
/** "Akademisches", "Bayerischen": a declined adjective (three letters before "isch", so "Fischer" stays a name). */
const DECLINED_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}isch(?:e|er|es|en|em)$/u;

export const germanCommonWord = (word: string): boolean => ABSTRACT_NOUN.test(word) || DECLINED_ADJECTIVE.test(word);

/** An office that is a noun made of an adjective, declined after its article: "dem Vorsitzenden", "den Beigeordneten". */
const DECLINED_OFFICE = /^(\p{Lu}\p{Ll}*(?:vorsitzend|ordnet|auftragt|sandt)|Vorsitzend|Beauftragt|Gesandt)en(?![\p{L}])/u;

/** An office noun's genitive ending: "Landrat-es", "Botschafter-s", "Präsident-en" (not "Vorsitzenden", read above). */
const GENITIVE_OFFICE = /^(\p{Lu}\p{Ll}*(?:rat|er|or|är|ent))(?:es|s|en)(?![\p{L}])/u;

/**
 * The office in the nominative, as a list of those present writes it: after "dem", "den" or "des" a man's
 * ("dem Vorsitzenden des Kreistages" → "Vorsitzender des Kreistages"), after "der" a woman's ("von der
 * Vorsitzenden der Städtepartnerschaft" → "Vorsitzende der Städtepartnerschaft").
 */
export function nominativeOffice(role: string, article: string | undefined): string {
  // "des Landrates", "des Botschafters", "des Präsidenten": a man's office in the genitive, its ending dropped.
  const genitive = article && /^(?:des|eines)$/iu.test(article) ? GENITIVE_OFFICE.exec(role) : null;
  if (genitive?.[1]) return `${genitive[1]}${role.slice(genitive[0].length)}`;
  const m = DECLINED_OFFICE.exec(role);
  if (!m?.[1] || !article) return role;
  const ending = /^(?:dem|den|des|einem|einen|eines)$/iu.test(article) ? 'er' : /^(?:der|einer)$/iu.test(article) ? 'e' : null;
  return ending ? `${m[1]}${ending}${role.slice(m[0].length)}` : role;
}
