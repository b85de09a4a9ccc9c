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
