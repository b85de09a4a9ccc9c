// Plans told in forms the shared future words (dates/words.ts) leave out, each a language's own
// grammar: a meeting "to be held" in a plural, a future with a word between its helper and its verb,
// a trip with the meeting as its purpose, a plan reported by the one who announced it. meeting.ts reads
// them where it decides whether a sentence tells a meeting still ahead.

import { toldAsJapanesePlan, withoutJapaneseAnnouncer } from './japanese-plans.ts';
import { KOREAN_HOLDS_AHEAD, KOREAN_QUOTED_FUTURE, KOREAN_QUOTED_FUTURE_SPEAKER } from './korean-quoted-future.ts';

/**
 * Futures and plans: Italian "avrà"/"avranno" (will have: "avrà il primo di tre incontri"); Russian and
 * Ukrainian plurals "пройдут", "пройдуть", "состоятся", "відбудуться" (will take place); French "sera enfin
 * reçu" (an adverb between helper and verb); Spanish "se pospone", "pospuesta", "postergada" (put off); Arabic "من المتوقع أن" (it is expected that); Tagalog's
 * contemplated aspect ("magpupulong", "mag-uusap", "makikipagkita"); Korean plans reported by their
 * announcer ("체결한다고 밝혔습니다", "시작된다고 … 밝혔다"): the present plain form, which news Korean uses for
 * what is scheduled, before "…고" (that); not "해야 한다고" (must).
 */
const PLANNED =
  /(?<![\p{L}])(?:avrà|avranno|пройдут|пройдуть|состоятся|відбудуться|(?:sera|seront)\s+\p{L}+ment\s+(?:reçue?s?|accueillie?s?)|(?:sera|seront)\s+(?:enfin|bientôt|également|aussi|ensuite)\s+(?:reçue?s?|accueillie?s?)|و?من\s+المتوقع|pospone|posponen|pospuest[oa]s?|postergad[oa]s?|magpupulong|mag-?uusap|magkikita|makikipag-?(?:kita|pulong|usap)|bibisita)(?![\p{L}])|(?<!야\s?)(?:한다|된다|는다|진다)고\s/iu;

/**
 * A trip told in the present with a meeting as its purpose: Portuguese "viaja … para se reunir com",
 * Spanish "viaja … para reunirse con", Swedish "reser till Oslo … för att samtala med", Danish and
 * Norwegian "rejser/reiser … for at mødes/møte", English "are heading to Washington … to meet". A past
 * trip ("viajó", "reste", "was heading") tells its own past.
 */
const TRIP_FOR_MEETING =
  /(?<![\p{L}])(?:viaja|viajam|parte|partem|reser|rejser|reiser|(?:is|are)\s+(?:heading|travell?ing|flying|going))(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])(?:para\s+(?:se\s+)?(?:reunir|encontrar)|para\s+reunirse|för\s+att\s+(?:samtala|träffa|möta)|for\s+at\s+(?:mødes|møde|tale)|for\s+å\s+(?:møte|treffe)|to\s+(?:meet|hold\s+talks))(?![\p{L}])/iu;

/**
 * A day still to come named beside the meeting: English "on coming June 19", "this coming week", "look forward to
 * attending"; German "in der kommenden Woche", "am morgigen Donnerstag"; Arabic the imperfect of meeting with a day,
 * "يلتقي … اليوم الأربعاء" (meets … today, Wednesday), which news Arabic uses for the day's programme (a meeting held
 * is told in the perfect, "التقى").
 */
const AHEAD_DAY =
  /\b(?:(?:on|this)\s+coming|coming\s+(?:week|weekend|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|looks?\s+forward\s+to)\b|(?<![\p{L}])(?:kommende[nmrs]?|morgige[nmrs]?|übermorgen)(?![\p{L}])|(?<![\p{L}])[وف]?(?:يلتقي|يلتقى|تلتقي|يستقبل|تستقبل|يجري|تجري|يبحث|تبحث|يعقد|تعقد)(?![\p{L}])[^.،]{0,80}?(?<![\p{L}])(?:اليوم|غدا|(?:يوم\s+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت))(?![\p{L}])/iu;

/**
 * A meeting decided or intended, as English "decided to meet" (meeting-tense.ts): Portuguese "decidiu receber", Spanish
 * "decidió recibir", "pretende visitar", French "a décidé de recevoir". The decision is told in the past, the meeting is
 * still ahead of it.
 */
const DECIDED_TO_MEET =
  /(?<![\p{L}])(?:decidiu|decidiram|decidió|decidieron|pretende|pretenden|pretendem|planeja|planejam|planea|planean|(?:a|ont)\s+décidé\s+de)\s+(?:\p{L}+\s+){0,2}?(?:receber|recibir|reunir(?:se)?|encontrar(?:se)?|visitar|recevoir|rencontrer|réunir|visiter)(?![\p{L}])/iu;

/** The sentence tells a plan in one of these forms. */
export const toldAsPlan = (s: string): boolean =>
  PLANNED.test(s) ||
  DECIDED_TO_MEET.test(s) ||
  TRIP_FOR_MEETING.test(s) ||
  AHEAD_DAY.test(s) ||
  toldAsJapanesePlan(s) ||
  (s.includes('것') && KOREAN_QUOTED_FUTURE.test(s)) ||
  (s.includes('다') && KOREAN_HOLDS_AHEAD.test(s));

/**
 * Past forms that only tell who announced the plan, or the helper of a future, taken out before the
 * past is looked for: Korean "…한다고 밝혔다" (said that … will), Dutch "zal … hebben" (will have: the
 * infinitive, not the perfect's "hebben"), English "events hosted by" (a participle, no verb).
 */
const ANNOUNCER = /(?<=(?:한다|된다|는다|진다)고\s*(?:[^\s.]+\s+){0,3}?)(?:밝혔|전했|말했|발표했|알렸)[^\s.]*/gu;
const DUTCH_FUTURE_HAVE = /(?<=(?<![\p{L}])(?:zal|zullen)(?![\p{L}])[^.]{0,80}?)(?<![\p{L}])hebben(?![\p{L}])/giu;
/**
 * English participles that name an event by its host ("will speak at events hosted by the Council", "a
 * dinner held by the mayor"): they qualify a noun, no verb of the sentence, and tell no past.
 */
const HOSTED_BY = /(?<!\b(?:was|were|is|are|be|been|being|has|have|had)\s+)\b(?:hosted|held)\s+by\b/giu;

/** Korean negated past: "일정은 잡히지 않았다" (was not set), "만나지 못했다" (could not meet) tell nothing held. */
const KOREAN_NEGATED = /[가-힣]+지\s*(?:않았|못했)[가-힣]*/gu;

/** The sentence without what its negated Korean past tells (nothing held). */
export const withoutNegatedKorean = (s: string): string => (s.includes('지') ? s.replace(KOREAN_NEGATED, ' ') : s);

/** The sentence without the past of its announcer, a future's infinitive "hebben" or a host's participle. */
export function withoutAnnouncer(s: string): string {
  const announced = s.includes('고') ? s.replace(ANNOUNCER, ' ') : s;
  const korean = announced.includes('것') ? announced.replace(KOREAN_QUOTED_FUTURE_SPEAKER, ' ') : announced;
  const dutch = korean.includes('hebben') ? korean.replace(DUTCH_FUTURE_HAVE, ' ') : korean;
  const english = dutch.includes(' by') ? dutch.replace(HOSTED_BY, ' ') : dutch;
  return withoutJapaneseAnnouncer(english);
}

/**
 * A paragraph that opens on a reminder ("Нагадаємо, …", "Напомним, …", "Recall that …", "Cabe recordar que …",
 * "Vale lembrar …", "Rappelons que …", "Ricordiamo che …", "Przypomnijmy, …", "Hatırlanacağı üzere …"): the
 * record's own story has ended, and what follows is background, earlier meetings among it.
 */
const REMINDER =
  /^\s*(?:Нагадаємо|Нагадуємо|Напомним|Напомню|Recall\s+that|It\s+(?:will|should|may)\s+be\s+recalled|Cabe\s+recordar|Recordemos|Vale\s+lembrar|Recorde-se|Rappelons|Pour\s+rappel|Ricordiamo|Si\s+ricorda|Przypomnijmy|Připomeňme|Pripomeňme|Podsjetimo|Podsetimo|Hatırlanacağı\s+üzere|Hatırlatmak\s+gerekirse)(?![\p{L}])/iu;

/** The paragraphs before the first reminder (never the first paragraph: a record may open on one). */
export function ownStory(paragraphs: string[]): string[] {
  const end = paragraphs.findIndex((p, i) => i > 0 && REMINDER.test(p));
  return end === -1 ? paragraphs : paragraphs.slice(0, end);
}

/**
 * A month of a year, with no day ("in December 2022", "2022年12月、", "2019년 5월에", "tháng 5 năm 2019"): in a record that
 * opens on a visit still to come, a meeting told in the past at such a time is an earlier one recalled ("the mayor
 * visited the country in December 2022 with the governor"), not the announced visit held, which a report would date
 * by its day.
 */
const MONTH_OF_A_YEAR =
  /(?<![\p{N}])(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월](?!\s*\d)|(?<!\d\.?\s)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b|(?<![\p{L}])tháng\s+\d{1,2}\s*(?:năm|\/)\s*(?:19|20)\d\d(?![\p{N}])/u;

/**
 * …or by a month alone ("had a telephone conversation in May", "8月に訪問した際"), or by last year ("năm ngoái",
 * "昨年", "지난해", "tahun lalu", "el año pasado"): a time before the visit announced, whose meetings it recalls.
 */
const EARLIER =
  /\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)|(?<![\p{L}])(?:en|em|im|a|ad|in)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?![\p{L}])(?!\s*(?:de\s+|del\s+)?\d)|(?<![\d年])\d{1,2}月に(?!\d)|\blast\s+year\b|(?<![\p{L}])(?:năm\s+ngoái|tahun\s+lalu|letztes\s+Jahr|im\s+vergangenen\s+Jahr|l['’]an\s+dernier|l['’]année\s+dernière|el\s+año\s+pasado|no\s+ano\s+passado|в\s+прошлом\s+году|минулого\s+року)(?![\p{L}])|昨年|去年|작년|지난해/iu;

/**
 * A time still to come named in the sentence: "early next week", "đầu tuần tới", "다음 주", "来週", "下周", "la próxima
 * semana", "la semaine prochaine", "nächste Woche", "minggu depan", "на следующей неделе". A past verb beside it tells the
 * arranging ("hai bên đã thu xếp tổ chức tham vấn … vào đầu tuần tới": the two sides have arranged talks for next
 * week), not talks held.
 */
const TIME_AHEAD =
  /\bnext\s+(?:week|month)\b|(?<![\p{L}])(?:(?:tuần|tháng)\s+(?:tới|sau)|(?:la\s+)?(?:próxima|proxima)\s+semana|semana\s+que\s+vem|(?:la\s+)?semaine\s+prochaine|(?:le\s+)?mois\s+prochain|nächste[nr]?\s+(?:Woche|Monat)|(?:minggu|bulan)\s+depan|на\s+следующей\s+неделе|наступного\s+тижня)(?![\p{L}])|다음\s?(?:주|달)|来週|来月|下(?:周|週|个月|個月)/iu;

/** The sentence names a time still to come. */
export const namesTimeAhead = (s: string): boolean => TIME_AHEAD.test(s);

/** The sentence dates what it tells by a month of a year, no day, or by a time before. */
export const recalledEarlier = (s: string): boolean => MONTH_OF_A_YEAR.test(s) || EARLIER.test(s);
