// Korean bodies and names the name-then-title rule (korean.ts) reads beside its own lists.

/**
 * An association, a league or a chamber of commerce written apart from its chair's title, and the city
 * it is of: "기무라 미쓰오 쇼난일한친선협회 회장", "히비노 료타로 이누야마시 상공회의소 명예회장",
 * "나카노 유타카 상공회의소 회장", "강창일 한일의원연맹 간사장". Only before a chair's or a
 * secretary-general's title, so no other word is taken for a body. On the corpus it read guests in three
 * city releases that were missed (catn, gndomin, shinmoongo) and changed no other record.
 */
export const CHAMBER =
  '\\p{Script=Hangul}{2,6}시(?= [\\p{Script=Hangul}·]{0,12}(?:상공회의소|협회|연맹) (?:명예|수석)?부?(?:회장|간사장))|[\\p{Script=Hangul}·]{0,12}(?:상공회의소|협회|연맹)(?= (?:명예|수석)?부?(?:회장|간사장))';

/**
 * The first word of a two-word foreign name whose syllables all sound Sino-Korean ("히비노 료타로"): three
 * or four syllables, ending in no Korean ending ("관련해", "둘러본", "시기에") nor in a place's or a firm's.
 */
export const JAPANESE_LIKE = /^\p{Script=Hangul}{2,3}(?![해에본한된던실고며서는은을를의도현성시군구주국당])\p{Script=Hangul}$/u;

/**
 * A one-word "name" the record writes elsewhere as a city's, a province's or a prefecture's ("이누야마 시의회 의원" beside
 * "이누야마시", "페르가나 시장" beside "페르가나주"): the place the title belongs to, not a person.
 */
export function namedAsPlace(name: string, text: string): boolean {
  if (!/^\p{Script=Hangul}{2,6}$/u.test(name)) return false;
  return new RegExp(`(?<!\\p{Script=Hangul})${name}(?:시|주|현|성|군)(?=[\\s,.·)]|의|와|과|는|은|이|가|를|을|에|$)`, 'u').test(
    text,
  );
}
