// Korean news forms of what is still to come that the shared future words miss: reported speech about what
// a visit "will be" ("이번 방문이 … 계기가 될 것"이라고 말했다", where "말했다" only tells who spoke), and a
// sentence that ends on holding or receiving in the plain present ("제정식을 갖는다": is to hold).

/** Every Hangul syllable that ends in ㄹ (될, 할, 갈, 볼 …): the future attributive before "것". */
const RIEUL_SYLLABLES = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 8)).join('');

const QUOTED_FUTURE = `[${RIEUL_SYLLABLES}]\\s*것\\s*[”"’'」]?\\s*(?:이)?라고\\s*`;
/** Verbs of saying in the past, right after the quotation (not "생각한다" inside a longer one). */
const SAID = '(?:말했|밝혔|전했|강조했|설명했|덧붙였|기대했|내다봤)';

/** The quotation closes on a future and its speaker said it: "…될 것이라고 말했다", "…할 것”이라고 밝혔다". */
export const KOREAN_QUOTED_FUTURE = new RegExp(`${QUOTED_FUTURE}${SAID}`, 'u');

/** The speaker's past after such a quotation ("말했다", "밝혔다", "강조했다"), taken out before the past is looked for. */
export const KOREAN_QUOTED_FUTURE_SPEAKER = new RegExp(`(?<=${QUOTED_FUTURE})${SAID}[^\\s.]*`, 'gu');

/**
 * A sentence that ends on holding or receiving in the plain present ("제정식을 갖는다", "신임장을 전달 받는다",
 * "만찬을 가진다", "회의를 연다"): news Korean for what is scheduled; a report ends on "가졌다", "받았다".
 */
export const KOREAN_HOLDS_AHEAD = /(?:갖는다|가진다|받는다|연다|개최한다)(?=\s*[."”'’]?\s*$)/u;
