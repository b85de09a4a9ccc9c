// German writes every noun with a capital, so the word after an office may be its field, not its
// holder: "Referatsleiterin Öffentlichkeitsarbeit", "(Leiterin Akademisches Auslandsamt)". A long
// word with an abstract noun's ending, or an adjective's declined "-isch-" ending, is no surname.

/** "Öffentlichkeitsarbeit", "Wirtschaftsförderung", "Zusammenarbeit", "Auslandsamt": long compounds with a noun's ending. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{7,}(?:ung|heit|keit|schaft|arbeit|tion|wesen|amt)$/u;
/** "Akademisches", "Bayerischen": a declined adjective (three letters before "isch", so "Fischer" stays a name). */
const DECLINED_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}isch(?:e|er|es|en|em)$/u;

export const germanCommonWord = (word: string): boolean => ABSTRACT_NOUN.test(word) || DECLINED_ADJECTIVE.test(word);
