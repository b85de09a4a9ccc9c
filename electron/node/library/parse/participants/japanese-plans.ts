// Japanese news tells a meeting still ahead in the plain non-past, which has no future word of its
// own: "会談に臨むと発表した" (announced that he will hold talks), "訪米する方向で調整" (is arranging to
// visit), "別荘を訪問する。" (will visit, at the end of the sentence). A report of talks held ends in
// the past ("会談した", "行いました"). meeting-plans.ts hands these to meeting.ts.

/**
 * The plain non-past before "と" and a verb of announcing ("臨むと発表", "来訪すると明らかに"), or the
 * schedule of a visit announced ("訪問日程を正式発表"); a plan
 * told as a direction ("訪米する方向で", "方向で検討") or a decision ("訪問することにした"); a purpose still ahead ("会談を行うため");
 * a meeting verb in the plain or polite non-past closing the sentence ("会談する。", "訪問します。",
 * "臨む。"), optionally with the word of a plan after it ("会う予定だ").
 */
const JAPANESE_PLANNED =
  /(?:[うくぐすつぬぶむる]と|日程を)(?:正式に|正式)?(?:発表|明らかに|表明|公表)|[うくぐすつぬぶむる]ことに(?:し|なっ|なり)(?:た|ました)|方向で(?:調整|検討|最終調整)|を行うため|(?:する|します|臨む|臨みます|会う|会います|訪れる|訪れます|行う|行います|迎える|迎えます)(?:予定|見通し|方針|考え)?(?:だ|です)?[」』]?[。.]?\s*$/u;

/** A sentence in kana that tells a meeting still ahead in one of these forms. */
export const toldAsJapanesePlan = (s: string): boolean => /[\p{Script=Hiragana}]/u.test(s) && JAPANESE_PLANNED.test(s);

/**
 * Past forms that tell the announcing or the arranging of a plan, not a meeting held: "…と発表した"
 * after the plain non-past, "検討していました" (were considering), "調整を進めていた", "ことが分かりました"
 * (it has emerged that), "訪問することにした" (decided to visit: the deciding is past, the visit ahead). Taken out before
 * the sentence's past is looked for.
 */
const JAPANESE_ANNOUNCER =
  /(?<=[うくぐすつぬぶむる]と(?:正式に|正式)?)(?:発表|明らかに|表明|公表|述べ|語っ)(?:し)?(?:た|ました)|(?<=[」』]と[、,]?[^。「]{0,20}?)(?:説明し|強調し|述べ|語っ|話し|示し)(?:た|ました)|(?:検討|調整|準備|模索)(?:を進め|し)て(?:い)?(?:た|ました)|ことが分か(?:った|りました)|(?<=[うくぐすつぬぶむる])ことに(?:し|なっ|なり)(?:た|ました)/gu;

/** The sentence without the past of whoever announced or arranged the plan. */
export const withoutJapaneseAnnouncer = (s: string): string =>
  /[\p{Script=Hiragana}]/u.test(s) ? s.replace(JAPANESE_ANNOUNCER, ' ') : s;

/**
 * The Japanese past at a clause's end that the shared past words ("した") miss: "会談を行った。",
 * "大統領と会った", "迎えられました". Not the adverbs that end on the same kana, a word of their own before a comma:
 * "また、" (also), "まだ、" (still), "ただ、" (only, but), which tell nothing done ("また、…訪問できることを光栄に思います").
 */
const JAPANESE_PAST =
  /(?!(?<!\p{Script=Hiragana})(?:また|まだ|ただ)[、,，])\p{Script=Hiragana}(?:た|だ)(?=[。、」』）)]|\s*$|が、)|ました/u;

/** The sentence tells something done, in the Japanese past. */
export const toldInJapanesePast = (s: string): boolean => JAPANESE_PAST.test(s);

/**
 * A name's reading in kana, in brackets after it ("末武義崇(すえたけよしたか)"): sounds, not grammar; "よしたか" holds the
 * past's "した" and would tell a list of a delegation's members as a meeting held.
 */
const KANA_READING = /[(（][\p{Script=Hiragana}ー・\s]{2,20}[)）]/gu;

/** The sentence without the kana readings of its names. */
export const withoutKanaReadings = (s: string): string =>
  s.includes('(') || s.includes('（') ? s.replace(KANA_READING, ' ') : s;
