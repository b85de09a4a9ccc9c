// Persian (and Dari) words the date, meeting and participant rules share. Persian joins a word's parts with a
// zero-width non-joiner, a space or nothing at all ("گفت‌وگو", "گفت وگو", "گفتوگو"), so every joint allows all three.
// Persian's future is "خواهد" with the past stem ("دیدار خواهد کرد", "به رایزنی خواهد پرداخت"): the past
// verbs are read only where no "خواهد" stands before them.

/** Optional joint inside a Persian word: a zero-width non-joiner, a space, or nothing. */
const J = String.raw`[\u200c\s]?`;

/** A meeting, talks, a call, consultations, a reception, credentials ("دیدار", "گفت‌وگو", "رایزنی", "تماس تلفنی", "استوارنامه"). */
export const PERSIAN_MEETING = String.raw`(?<![\p{L}])(?:دیدار(?:ی|ها)?|ملاقات|گفت${J}و${J}گو(?:ی)?|گفتگو(?:ی)?|رایزنی|مذاکر(?:ه|ات)|تماس${J}(?:های${J})?تلفنی|گفت${J}و${J}گوی${J}تلفنی|تلفنی|تبادل${J}نظر|استقبال|میزبان|استوارنامه|اعتبارنامه|دیدن\s+کرد)(?![\p{L}])`;

/** Words of what is still to come: "خواهد", "قرار است" (is to), "فردا" (tomorrow), "آینده"/"آتی" (next). */
export const PERSIAN_FUTURE = String.raw`(?<![\p{L}])(?:خواهد|خواهند|قرار${J}است|فردا|آینده|آتی)(?![\p{L}])`;

/**
 * Past verbs that report what took place ("دیدار کرد", "گفت‌وگو کردند", "دیدار داشت"), not a future's stem, and the
 * passive of a meeting held or a guest received ("مورد استقبال … قرار گرفت", "دیدار … صورت گرفت", "برگزار شد").
 */
export const PERSIAN_PAST = String.raw`(?<![\p{L}])(?<!خواهن?د\s)(?:کرد|کردند|داشت|داشتند|پرداخت|پرداختند|نمود|نمودند|بود|بودند|(?:قرار|صورت|انجام)${J}گرفت(?:ند)?|برگزار${J}(?:شد|شدند|گردید))(?![\p{L}])`;

/** A cheap first test: a Persian text writes at least one of its own letters. */
export const PERSIAN_LETTER = /[پچژگیک]/u;

/** Urdu writes ی and ک too, and letters Persian never writes (ٹ ڈ ڑ ں ے). */
const URDU_LETTER = /[ٹڈڑںے]/u;

/** The text is Persian (or Dari), not Urdu: Persian's letters and none of Urdu's own. */
export const isPersianText = (text: string): boolean => PERSIAN_LETTER.test(text) && !URDU_LETTER.test(text);
