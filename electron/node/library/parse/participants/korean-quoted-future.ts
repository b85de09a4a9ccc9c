// Korean reported speech about what is still to come: "이번 방문이 … 계기가 될 것"이라고 말했다" (said that
// this visit will be …). The future is the quotation's, closed by "ㄹ 것" (will) and "(이)라고" (that); the
// past "말했다" only tells who spoke. A preview quotes its host so; a report tells its meeting held elsewhere.

/** Every Hangul syllable that ends in ㄹ (될, 할, 갈, 볼 …): the future attributive before "것". */
const RIEUL_SYLLABLES = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 8)).join('');

const QUOTED_FUTURE = `[${RIEUL_SYLLABLES}]\\s*것\\s*[”"’'」]?\\s*(?:이)?라고\\s*`;
/** Verbs of saying in the past, right after the quotation (not "생각한다" inside a longer one). */
const SAID = '(?:말했|밝혔|전했|강조했|설명했|덧붙였|기대했|내다봤)';

/** The quotation closes on a future and its speaker said it: "…될 것이라고 말했다", "…할 것”이라고 밝혔다". */
export const KOREAN_QUOTED_FUTURE = new RegExp(`${QUOTED_FUTURE}${SAID}`, 'u');

/** The speaker's past after such a quotation ("말했다", "밝혔다", "강조했다"), taken out before the past is looked for. */
export const KOREAN_QUOTED_FUTURE_SPEAKER = new RegExp(`(?<=${QUOTED_FUTURE})${SAID}[^\\s.]*`, 'gu');
