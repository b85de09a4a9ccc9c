// A Chinese portal stamps a re-posted story with its date and its source on one line, often run on after
// the headline itself: "推动两市合作… 龚正会见… 2023-08-30 来源:解放日报", "…一行 2023年8月30日 09:26 來源:中國新聞網".
// The date written right before the source label is the story's publication date, whatever stands before it.

import { type Candidate, candidate } from '../evidence.ts';
import { type DateReader, firstFullDate } from './forms.ts';

/** A full date (a clock may follow) closing in on a source label: "2023-08-30 来源:", "2018年12月20日 09:26:00來源:". */
const DATE_BEFORE_SOURCE =
  /((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日))(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[|丨]?\s*(?:稿件)?(?:来源|來源|出处|出處)\s*[:：]/u;

/** How many lines from the top (with text) such a stamp may stand. */
const TOP = 4;

/** The date of a "date 来源:" stamp near the top, read when nothing above dated the page. */
export function sourceStampCandidates(lines: string[], dates: DateReader): Candidate[] {
  const top = lines.filter((l) => l.trim() !== '').slice(0, TOP);
  for (const line of top) {
    if (!line.includes('来源') && !line.includes('來源') && !line.includes('出处') && !line.includes('出處')) continue;
    const m = DATE_BEFORE_SOURCE.exec(line);
    const date = m ? firstFullDate(m[1] ?? '', dates) : null;
    if (date)
      return candidate(
        'publishedAt',
        date,
        'byline',
        0.7,
        `from the date before the source label in "${line.trim().slice(0, 80)}"`,
      );
  }
  return [];
}
