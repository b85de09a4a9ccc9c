// A stay over several days dates its talks by its first day only when the record gives them no day of their own:
// "đoàn … thăm Hàn Quốc từ ngày 18-22/6 … Ngày 20/6, … đã đồng chủ trì Đối thoại", "visited Tokyo from 13 to 17 November
// 2023 … On 17 November 2023 the co-chairs met …". A day inside the stay, told as done, is the meeting's; so is the day
// a sentence counts into it ("a three-day visit from 24-26 August … On the second day of his visit, Rabuka met Modi").

import { DAY } from './anchor.ts';
import { sentences } from './clauses.ts';
import type { DateMention } from './forms.ts';
import type { Reading } from './readings.ts';
import { toUtc } from './relative.ts';
import { CORE, toldAsDone } from './words.ts';

/**
 * "từ ngày 18-22/6", "del 17 al 20 de enero", "13 to 17 November 2023", "vom 5. bis 7. Juni", "21일부터 12월 25일", "3月10日至12日":
 * the end's month and day.
 */
const SPAN_END =
  /\d\.?\s*[日일]?\s*(?:[-–~～∼]|to|au|al|bis|đến|hingga|sampai|至|到|から|부터)\s*(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})(?!\d)/iu;

/** The stay's last day, from its first and the phrase's end ("16-18 August": the 18th); null when the phrase is no span. */
function lastDay(m: DateMention, first: string): number | null {
  const end = SPAN_END.exec(m.phrase);
  if (!end) return null;
  const [y, mo, d] = first.split('-').map(Number) as [number, number, number];
  const day = Number(end[2]);
  const month = end[1] ? Number(end[1]) : day < d ? mo + 1 : mo;
  return Date.UTC(end[1] && month < mo ? y + 1 : y, month - 1, day);
}

/** How long a stay may run. */
const STAY = 14 * DAY;

type Resolved = { r: Reading; date: string };

/**
 * A day of the stay counted from its start: "on the second day of his visit", "am zweiten Tag seines Staatsbesuchs", "en su
 * segundo día de visita", "au deuxième jour de sa visite", "pada hari kedua kunjungannya". The ordinal is the group's.
 */
const NTH_DAY = new RegExp(
  [
    String.raw`\b(?:on|during)\s+(?:the\s+)?(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+day\s+of\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|stay|tour)\b`,
    String.raw`(?<![\p{L}])am\s+(zweiten|dritten|vierten|fünften)\s+Tag\s+(?:seines|ihres|des)\s+\p{L}*(?:[Bb]esuch|[Rr]eise|[Aa]ufenthalt)\p{L}*`,
    String.raw`(?<![\p{L}])en\s+(?:su|el)\s+(segundo|tercer|cuarto|quinto)\s+día\s+de\s+(?:su\s+)?(?:visita|viaje|gira|estancia)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:au|lors\s+du)\s+(deuxième|second|troisième|quatrième)\s+jour\s+de\s+(?:sa|son|leur)\s+(?:visite|voyage|séjour|tournée)(?![\p{L}])`,
    String.raw`(?<![\p{L}])hari\s+(kedua|ketiga|keempat|kelima)\s+(?:kunjungan|lawatan)\p{L}*`,
  ].join('|'),
  'iu',
);
const ORDINALS: Record<string, number> = {
  second: 2,
  '2nd': 2,
  zweiten: 2,
  segundo: 2,
  deuxième: 2,
  kedua: 2,
  third: 3,
  '3rd': 3,
  dritten: 3,
  tercer: 3,
  troisième: 3,
  ketiga: 3,
  fourth: 4,
  '4th': 4,
  vierten: 4,
  cuarto: 4,
  quatrième: 4,
  keempat: 4,
  fifth: 5,
  '5th': 5,
  fünften: 5,
  quinto: 5,
  kelima: 5,
};

/** The talks told as done in a sentence that counts a day into the stay ("On the second day of his visit, … met …"): that day's number. */
function countedDay(texts: readonly string[]): { nth: number; phrase: string } | null {
  for (const text of texts) {
    const hit = NTH_DAY.exec(text);
    if (!hit) continue;
    const span = sentences(text).find((x) => hit.index >= x.start && hit.index < x.end);
    const sentence = span ? text.slice(span.start, span.end) : text;
    const word = hit.slice(1).find((g) => g !== undefined) ?? '';
    const nth = ORDINALS[word.toLowerCase()];
    if (nth && CORE.test(sentence.replace(hit[0], ' ')) && toldAsDone(sentence)) return { nth, phrase: hit[0] };
  }
  return null;
}

/** The first day told as done inside the stay the chosen date opens, if the chosen date is a stay's first day. */
export function dayWithinStay<T extends Resolved & { why: string }>(chosen: T, resolved: T[], texts: readonly string[] = []): T {
  const start = toUtc(chosen.date);
  const end = lastDay(chosen.r.mention, chosen.date);
  if (end === null || end <= start || end - start > STAY) return chosen;
  const told = resolved.find(
    (x) =>
      x !== chosen &&
      !SPAN_END.test(x.r.mention.phrase) &&
      x.r.attached &&
      x.r.past &&
      !x.r.future &&
      (x.r.core || !x.r.late) &&
      toUtc(x.date) > start &&
      toUtc(x.date) <= end,
  );
  if (told) return told;
  const counted = countedDay(texts);
  const day = counted ? start + (counted.nth - 1) * DAY : null;
  if (!counted || day === null || day > end) return chosen;
  return {
    ...chosen,
    date: new Date(day).toISOString().slice(0, 10),
    why: `${chosen.why}: "${counted.phrase}" counts the talks' day into that stay`,
  };
}
