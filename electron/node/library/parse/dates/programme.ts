// An event's programme printed with the text ("Media are invited … as follows: / Date: Tuesday, 09 April 2024 /
// Time: 13h00 / Venue: …"): its "Date:" is the day of the event announced, not the day the page was published.

/** A label of the programme's next line: the time or the place of the event. */
const PROGRAMME_LABEL = /^\s*(?:time|venue|place|location)\s*:/i;

/** Line i is a "Date:" line whose next line gives the event's time or place. */
export function programmeDate(lines: readonly string[], i: number): boolean {
  if (!/^\s*date\s*:/i.test(lines[i] ?? '')) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const l = lines[j] ?? '';
    if (l.trim() !== '') return PROGRAMME_LABEL.test(l);
  }
  return false;
}

/**
 * Japanese event notices label the event's own day "日時" (date and time), "開催日(時)" (day held) or "とき" (when), beside
 * "場所"/"ところ" (where): "日 時:令和5年11月10日(金)", or the label alone on the line above the date. That day is the
 * event's, never the page's publication (a page's own date is "掲載日", "更新日", "発行日").
 */
const EVENT_LABEL = /^\s*(?:日\s*時|開催日時?|期\s*日|と\s*き)\s*(?:[:：]|$)/u;
const EVENT_LABEL_GATE = /[日き]/u;

/** Line i gives an event's day under such a label: on the line itself, or alone on the line above. */
export function eventDateLabelled(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (EVENT_LABEL_GATE.test(line) && EVENT_LABEL.test(line)) return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const above = (lines[j] ?? '').trim();
    if (above === '') continue;
    return above.length <= 6 && EVENT_LABEL.test(above);
  }
  return false;
}

/**
 * A clock range, an event's hours: "10:00 - 11:00 น.", "9時30分から10時10分まで", "from 9.30 to 11.00",
 * "14h00 à 16h00". A page is stamped at one moment; a date beside a span of hours is the day of what was held then.
 */
const HOURS = String.raw`\d{1,2}\s*(?:[:.hH時]\s*\d{2}\s*分?|時)`;
const CLOCK_RANGE = new RegExp(
  String.raw`(?<!\d)${HOURS}\s*(?:[-–—~〜]|から|to|till|until|bis|à|a|al|hasta|até|đến|sampai|hingga|ถึง)\s*${HOURS}`,
  'iu',
);

export const givesEventHours = (line: string): boolean => CLOCK_RANGE.test(line);
