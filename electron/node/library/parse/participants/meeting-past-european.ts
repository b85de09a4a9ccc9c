// The past of European languages that the shared past words (dates/words.ts PAST) leave out: the German
// Präteritum and the Perfekt with "sein", the Romance compound past (avoir/être, haber, avere/essere with a
// participle) and the Portuguese simple past of the meeting verbs. meeting-tense.ts asks it whether a
// sentence tells a meeting already held.

/**
 * German Präteritum of the verbs a meeting is told with: the weak stems with -te/-ten ("besuchte", "weilten",
 * "tauschten … aus", "erörterte", "begrüßte"), the strong forms ("empfing", "sprach", "kamen … zusammen",
 * "beriet", "nahm … teil", "unterhielt sich"), and any verb in -ieren with -ierte(n) ("diskutierten",
 * "informierte") that no article or determiner makes an adjective ("die akkreditierten Botschafter").
 */
const GERMAN_PRETERITE =
  /(?<![\p{L}])(?:(?:besuch|weil|begrüß|begrüss|erörter|tausch|unterzeichne|würdig|überreich|eröffne|verabschiede|führ)(?:te|ten)|besprach(?:en)?|empfing(?:en)?|sprach(?:en)?|kam(?:en)?\s+(?:[^.]{0,80}?\s)?zusammen|berieten?|nahm(?:en)?\s+(?:[^.]{0,80}?\s)?teil|unterhielt(?:en)?|(?<!(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\p{L}*|mein\p{L}*|sein\p{L}*|unser\p{L}*|dies\p{L}*|jen\p{L}*|all\p{L}*|viel\p{L}*|beid\p{L}*|zwei|drei|vier|mit|von|vor|für|zu|an|bei|aus|nach|über|unter|auf|in|im|am|zum|zur|vom|beim|und|oder|sowie|sehr|zuvor)\s+)\p{Ll}{3,}ierten?)(?![\p{L}])/u;

/**
 * The German Perfekt with "sein" of the verbs of coming together and travelling ("ist … zusammengetroffen", "sind
 * … eingetroffen", "war … zu Gast gewesen"); not a future perfect ("wird … eingetroffen sein"), nor "ist geplant",
 * which is no such participle.
 */
const GERMAN_PERFECT_SEIN =
  /(?<![\p{L}])(?:ist|sind|war|waren)\s+(?:[^.]{0,80}?\s)?(?:zusammen|ein|an)?ge(?:troffen|kommen|reist|flogen|wesen)(?![\p{L}])(?!\s+sein(?![\p{L}]))/iu;

/**
 * Participles of saying, announcing, planning, inviting, agreeing: their perfect tells the announcement, not a
 * meeting held ("ha anunciado que visitará", "a annoncé qu'il recevra", "ha detto che incontrerà", "a été prévue").
 */
const TOLD_OR_PLANNED =
  /^(?:dich|dit|dett|decla|déclar|dichiar|anunci|annonc|annunci|afirm|affirm|indic|précis|precis|señal|sottoline|soulign|expres|espress|exprim|manifest|confirm|conferm|invit|décid|decid|decis|acord|convenu|concord|previst|prévu|program|fij|fix|convoc|agend|aplaz|pospu|report|annul|cancel|suspend|sosp|anticip|prometi|promis|promess|espér|esper|souhait|propos|propuest|propost|plan|pens|inform|determin|détermin|prepar|prépar|organiz|organis|été$|sido$|stat[oaie]$)/iu;

/** A Romance past participle: French -é/-i/-u (and -is, -it, -ert), Spanish -ado/-ido and its irregulars, Italian -ato/-uto/-ito/-olto. */
const FRENCH_PARTICIPLE = /^\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues|it|ert)$/u;
const SPANISH_PARTICIPLE = /^\p{Ll}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|echo|isto|uesto|ierto|uelto)$/u;
const ITALIAN_PARTICIPLE = /^\p{Ll}{2,}(?:at|ut|it|olt|ess|ost|att|ist)[oaie]$/u;

/** Words after the Italian, Spanish or Portuguese "a" (to) that end like a French participle: "a tutti", "a cui", "a través", "a seu". */
const OTHER_AFTER_A = /^(?:tutti|questi|quelli|quei|cui|lui|lei|noi|voi|mi|ti|si|ci|vi|li|través|seu|meu|teu|mais)$/u;

/** French "a" (has) in a French sentence, not English's article ("a visit", "a summit"): one of French's own small words beside it. */
const FRENCH_WORDS = /(?<![\p{L}])(?:le|les|des|du|une|avec|dans|aux|au|et|qui|pour|sur|par)(?![\p{L}])/iu;

/** The words between an auxiliary and its participle: an adverb, and the passive's "été", "sido", "stato". */
const BETWEEN =
  /^(?:\p{Ll}+mente|\p{Ll}+ment|già|déjà|ya|también|aussi|anche|bien|très|molto|stat[oaie]|été|sido|recientemente|récemment|recentemente)$/u;

const WORD = /[\p{L}'’]+/gu;

/** Italian and Spanish share "ha": either participle. The passive past ("a été", "è stato") takes any of the three. */
const SHARED_HA = new RegExp(`${ITALIAN_PARTICIPLE.source}|${SPANISH_PARTICIPLE.source}`, 'u');
const ANY_PARTICIPLE = new RegExp(`${FRENCH_PARTICIPLE.source}|${ITALIAN_PARTICIPLE.source}|${SPANISH_PARTICIPLE.source}`, 'u');

/**
 * The auxiliaries of each compound past, by the word itself, with the participle each takes. French "a" is also
 * Italian and Spanish "a" (to), so its participle must look French and not be a pronoun; "est"/"sont" and "è"/"sono"
 * only in the reflexive or the passive past ("s'est tenu", "si è svolto", "è stato ricevuto"), where a plain
 * adjective would be a present state.
 */
const AUXILIARIES: Record<string, RegExp> = {
  a: FRENCH_PARTICIPLE,
  ont: FRENCH_PARTICIPLE,
  avons: FRENCH_PARTICIPLE,
  ha: SHARED_HA,
  hanno: SHARED_HA,
  han: SPANISH_PARTICIPLE,
  hemos: SPANISH_PARTICIPLE,
  había: SPANISH_PARTICIPLE,
  habían: SPANISH_PARTICIPLE,
  abbiamo: ITALIAN_PARTICIPLE,
};

/** The negations of the Romance languages before the auxiliary: "no se ha", "non è stato", "não", "nunca". */
const NEGATION = /^(?:no|non|não|nunca|jamás|mai|ne|n['’])$/iu;

/** Whether an auxiliary of the compound past stands with a participle that tells something done. */
function romancePerfect(sentence: string): boolean {
  const words = sentence.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    const previous = (words[i - 1] ?? '').toLowerCase();
    const reflexive =
      ((w === 'est' || w === 'sont') && /^(?:s['’]|se|nous|vous)$/u.test(previous)) || /^s['’]est$/u.test(w)
        ? FRENCH_PARTICIPLE
        : (w === 'è' || w === 'sono') && /^(?:si|ci)$/u.test(previous)
          ? ITALIAN_PARTICIPLE
          : null;
    const participle = AUXILIARIES[w] ?? reflexive;
    const passive = participle === null && (w === 'è' || w === 'sono' || w === 'est' || w === 'sont');
    if (participle === null && !passive) continue;
    // A negated perfect tells what has not happened ("aún no se ha determinado", "non si è svolto").
    if (words.slice(Math.max(0, i - 3), i).some((x) => NEGATION.test(x))) continue;
    let j = i + 1;
    let sawPassive = false;
    while (j < words.length && j <= i + 3 && BETWEEN.test((words[j] as string).toLowerCase())) {
      if (/^(?:stat[oaie]|été|sido)$/u.test((words[j] as string).toLowerCase())) sawPassive = true;
      j++;
    }
    // "est"/"sont", "è"/"sono" without a reflexive: only the passive past ("a été", "è stato") is read.
    if (passive && !sawPassive) continue;
    const p = words[j];
    if (p === undefined) continue;
    const lower = p.toLowerCase();
    if (p !== lower && !sawPassive) continue;
    if (w === 'a' && (OTHER_AFTER_A.test(lower) || !FRENCH_WORDS.test(sentence))) continue;
    // Without "été" French "a" takes the plain masculine participle; "-ie(s)", "-ue(s)" are nouns there ("a série").
    if (w === 'a' && !sawPassive && /(?:ie|ies|ue|ues)$/u.test(lower)) continue;
    const shape = participle ?? ANY_PARTICIPLE;
    if (shape.test(lower) && !TOLD_OR_PLANNED.test(lower)) return true;
  }
  return false;
}

/**
 * The Portuguese simple past of the meeting verbs, by stem and ending: "visitou", "participaram", "conversou",
 * "assinaram", "esteve", "manteve", "acolheu", "discutiram", "cumprimentou".
 */
const PORTUGUESE_PRETERITE =
  /(?<![\p{L}])(?:(?:visit|particip|convers|dialog|assin|realiz|cumpriment|troc|abord|homenage)(?:ou|aram)|(?:receb|acolh|debat)(?:eu|eram)|(?:discut|reun)(?:iu|iram)|(?:est|mant)(?:eve|iveram))(?![\p{L}])/iu;

/** Past told in a European language's forms the shared past words miss. */
export const europeanPast = (s: string): boolean =>
  GERMAN_PRETERITE.test(s) || GERMAN_PERFECT_SEIN.test(s) || PORTUGUESE_PRETERITE.test(s) || romancePerfect(s);
