// A stay over several days dates its talks by its first day only when the record gives them no day of their own:
// "đoàn … thăm Hàn Quốc từ ngày 18-22/6 … Ngày 20/6, … đã đồng chủ trì Đối thoại", "visited Tokyo from 13 to 17 November
// 2023 … On 17 November 2023 the co-chairs met …". A day inside the stay, told as done, is the meeting's.

import { DAY } from './anchor.ts';
import type { DateMention } from './forms.ts';
import type { Reading } from './readings.ts';
import { toUtc } from './relative.ts';

/** "từ ngày 18-22/6", "del 17 al 20 de enero", "13 to 17 November 2023", "21일부터 12월 25일", "3月10日至12日": the end's month and day. */
const SPAN_END =
  /\d\s*[日일]?\s*(?:[-–~～∼]|to|au|al|bis|đến|hingga|sampai|至|到|から|부터)\s*(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})(?!\d)/iu;

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

/** The first day told as done inside the stay the chosen date opens, if the chosen date is a stay's first day. */
export function dayWithinStay<T extends Resolved>(chosen: T, resolved: T[]): T {
  const start = toUtc(chosen.date);
  const end = lastDay(chosen.r.mention, chosen.date);
  if (end === null || end <= start || end - start > STAY) return chosen;
  return (
    resolved.find(
      (x) =>
        x !== chosen &&
        !SPAN_END.test(x.r.mention.phrase) &&
        x.r.attached &&
        x.r.past &&
        !x.r.future &&
        (x.r.core || !x.r.late) &&
        toUtc(x.date) > start &&
        toUtc(x.date) <= end,
    ) ?? chosen
  );
}
