// Shapes a headline has or lacks. A headline that asks a question ("Menlu RI Bertemu Menlu Rusia dan
// China, Bahas Apa?") ends on a question mark as a sentence does, yet it is a heading, not the lead's
// first sentence. A single word is a section, a kicker or a button, not a headline.
import { wordCount } from './text.ts';

/** A question's end, with the quote or bracket that may close it: "… Bahas Apa?", "…나서나요?”". */
const ASKS = /\?[”’"')\]」』]*$/u;
/** Another sentence before the question ("He met X. Why?"): prose, not a heading. */
const SENTENCE_BEFORE = /\p{Ll}{2,}[.!]\s+\S/u;
/** A list item or an interview's "Q." / "A." line, which asks in the text's own voice. */
const ITEM = /^[-–—•*]|^[QA][.:]\s/u;

/**
 * A headline that asks a question: a short line ending on "?" with no other sentence in it. Leads
 * rarely open on a bare question; headlines often ask one ("…, Bahas Apa?", "他们爱去哪些城市?",
 * "[국회 Q&A]“…나서나요?”"). `size` counts words as the title rules do (two Chinese characters a
 * word), so a question of three to sixteen words is one.
 */
export function asksAsHeadline(line: string, size: (l: string) => number): boolean {
  const t = line.trim();
  return ASKS.test(t) && size(t) >= 3 && size(t) <= 16 && !SENTENCE_BEFORE.test(t) && !ITEM.test(t);
}

/** Scripts written without spaces, where one run of letters may be a whole headline ("日豪外相会談"). */
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;

/**
 * A single word in a script that spaces its words ("Nachbarländer", "Noticias", "Twittern"): the
 * section a page files the story under, a kicker above the headline or a share button. A headline
 * says who did what, in two words at least.
 */
export const isLoneWord = (line: string): boolean => {
  const t = line.trim();
  return /^[\p{L}\p{M}'’-]+$/u.test(t) && !UNSPACED_RUN.test(t);
};

/** A weather reading ("Venku je -4 °C, Zataženo", "33度-24度"): the page's widget. */
const WEATHER = /[-−+]?\d{1,2}\s?°\s?[CF](?!\p{L})|\d{1,2}度\s*[-~～]\s*\d{1,2}度/u;
/** A name of a word or two, each in capitals: an item of a list of tags. */
const TAG = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*)?$/u;

/**
 * A page's widget, never a headline: a label printed twice, a weather reading, or a list of tags (four names or
 * more between commas, each a word or two in capitals, no verb: "Cook Islands, Samoa, Fiji, Forum, Foreign").
 */
export function isWidgetLine(line: string): boolean {
  const t = line.trim();
  // The same few words printed twice with nothing between ("Scrolla ner till SvDScrolla ner till SvD"): a button's
  // label and its copy for screen readers.
  const half = t.length / 2;
  if (Number.isInteger(half) && half >= 4 && t.slice(0, half) === t.slice(half) && wordCount(t.slice(0, half)) <= 4) return true;
  if ((t.includes('°') || t.includes('度')) && WEATHER.test(t) && wordCount(t) <= 14) return true;
  const parts = t.includes(',') ? t.split(/\s*,\s*/) : [];
  return parts.length >= 4 && parts.every((p) => TAG.test(p));
}

/** A span of clock times ("9:00 - 18:00", "08.30 - 16.30 น", "8:00 до 17:00"). */
const HOURS_SPAN = /(?<![\d.:])\d{1,2}[:.]\d{2}\s*(?:[-–—~～]|до|bis|to|à|a|đến|sampai|s\.d\.)\s*\d{1,2}[:.]\d{2}(?![\d.:]\d)/giu;
/** The label of a page's opening hours, in the languages desks read. */
const HOURS_LABEL =
  /opening hours|office hours|business hours|öffnungszeiten|sprechzeiten|horaires?|horario|horário|giờ làm việc|jam (?:kerja|pelayanan|operasional)|เวลาทำการ|графік роботи|години роботи|режим работы|часы работы|운영\s?시간|업무\s?시간|受付時間|開庁時間|営業時間|办公时间|工作时间/iu;

/**
 * An office's opening hours from the page's contact block ("Пн - Чт 9:00 - 18:00, Пт 9:00 - 16:45", "เวลาทำการ :
 * วันจันทร์ - ศุกร์ เวลา 08.30 - 16.30 น."): two spans of clock times, or one under its label. Neither headline nor
 * text, though it may end on a full stop; a meeting's time in a sentence has one span and no such label.
 */
export function isOpeningHours(line: string): boolean {
  const spans = line.match(HOURS_SPAN)?.length ?? 0;
  return spans >= 2 || (spans === 1 && HOURS_LABEL.test(line));
}

/** A heading line opened by a dash ("- Minister meets …"): the dash is no part of the headline. */
export const LONE_DASH = /^[-–]\s+(?=\S)/u;
/** A line that stops on a comma: the rest of its sentence went on elsewhere. */
export const CUT_AT_COMMA = /[,，、]$/u;
/** A list's items: a dashed line beside another. */
export const dashedNear = (lines: string[], i: number): boolean =>
  [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && LONE_DASH.test(l.trim()));
