// Dutch (and Flemish) words of a meeting and of what is still to come, shared by the date, place and
// participant rules (words.ts and participants/meeting.ts join them to their lists, as the Nordic ones).
// Whole words only; not "bezoeker(s)" (a visitor), not a bare "ontvangst" (reception of a signal, a
// letter), nor "overleg" alone (also a standing committee's name).

/** A meeting, talks, a call, a reception, an audience: "ontmoette", "ontving", "sprak met", "had een gesprek", "geloofsbrieven". */
export const DUTCH_MEETING = String.raw`(?<![\p{L}])(?:ontmoet(?:te|ten|ing|ingen)?|ontmoeten|ontving|ontvingen|ontvangen|in\s+ontvangst|sprak(?:en)?\s+met|gesprek(?:ken)?|telefoongesprek(?:ken)?|onderhoud\s+met|bilateraal\s+onderhoud|bezoek|bezocht(?:en)?|werkbezoek|staatsbezoek|kennisgemaakt|kennismaking|kennismakingsgesprek|audiëntie|geloofsbrie(?:f|ven)|videocall|belde|telefoneerde|overleg(?:de|den)\s+met|samengekomen|bijeenkomst)(?![\p{L}])`;

/**
 * What is to come: "zal ontmoeten", "zullen spreken", "volgende week", "komende dinsdag", "wordt verwacht", "gepland"
 * (not "morgen": Norwegian and Danish for morning). Dutch announces a programme in the present tense ("bezoekt op
 * woensdag 3 oktober Turkije", "neemt woensdag de geloofsbrieven in ontvangst", "ontvangt maandag de premier"): a
 * meeting reported is told in the past ("ontving", "heeft ontvangen", "bezocht"), so these verbs mark the plan.
 */
export const DUTCH_FUTURE = String.raw`(?<![\p{L}])(?:zal|zullen|volgende\s+(?:week|maand|keer|dag)|komende|aanstaande|wordt\s+verwacht|worden\s+verwacht|gepland|bezoekt|ontvangt|neemt|reist|vertrekt|opent)(?![\p{L}])`;

/** A date that belongs to something else: "sinds 1 januari", "sinds zijn aantreden". */
export const DUTCH_OTHER = String.raw`(?<![\p{L}])(?:sinds|aantreden|ondertekend)(?![\p{L}])`;

/** A Dutch sentence, by short words English does not write ("het", "een", "niet", "heeft", "zijn"). */
const DUTCH_SENTENCE =
  /(?<![\p{L}])(?:het|een|niet|heeft|hebben|werd|werden|wordt|zijn|ook|naar|bij|voor|samen|hij|zij|ze|maar|tot|dat|deze|te)(?![\p{L}])/u;
const WITH = /(?<![\p{L}])[Mm]et(?![\p{L}])/gu;

/**
 * The sentence with Dutch "met" (with) blanked, for rules that read English "met" as a meeting in the past:
 * "Samen met MR-vicepremier David Clarinval is Verlinden bevoegd …" reports no meeting. Same length, so places hold.
 */
export function withoutDutchWith(text: string): string {
  if (!text.includes('et ') || !DUTCH_SENTENCE.test(text)) return text;
  return text.replace(WITH, '   ');
}
