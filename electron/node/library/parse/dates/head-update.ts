// A page whose only date of its own is an update stamp near its top ("更新日:2021年4月8日",
// "作者:未知 来源:天健网 更新:2009-11-22 16:54:04", "ページ番号:0192266 更新日:2023年12月20日更新"): an
// official page or a portal posts a record and stamps it when it goes up, so the stamp is the best
// date the page gives for itself, weak as an update is. Read only when nothing else dates the page,
// and not on an old document put up again (a 2015 address stamped 2023): when its heading names a
// year more than a year before the stamp, the stamp is the upload's, not the record's.

import { readByline } from '../byline.ts';
import { type Candidate, candidate, DATE_GUESS } from '../evidence.ts';
import { endsSentence } from '../text.ts';
import { type DateReader, firstFullDate } from './forms.ts';
import { headsRelatedList } from './story-list.ts';

/**
 * An update label set off by its colon, as a page's metadata field: "更新日:", "更新:", "更新时间：",
 * "Last updated:", "Cập nhật:". A sentence ("Article mis à jour le 7 janvier 2020.") is no such field.
 */
const UPDATE_LABEL =
  /(?:最終更新日?|更新日|更新时间|更新時間|最后更新|(?<![\p{L}])更新|Cập\s+nhật|(?:Last\s+)?(?:updated|modified)|Aktualisiert|Actualizad[oa]|Aggiornato)\s*[:：]\s*/iu;

/**
 * A news site's byline stamp with no colon, opening its line: "Last Updated on Monday, 2 January 2023, 18:59 by …".
 * Its date may follow a weekday or a clock.
 */
const BYLINE_UPDATE = /^(?:Last\s+)?Updated(?:\s+on)?\s+(?=[\p{L}\d])/iu;

/** How many lines from the top the stamp may stand (a breadcrumb, a share bar and a page number before it). */
const TOP = 10;

/** Japanese era years: 平成27年 is 2015, 令和5年 2023. */
const ERA: Record<string, number> = { 昭和: 1925, 平成: 1988, 令和: 2018 };
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)|(昭和|平成|令和)(\d{1,2}|元)年/gu;

/** The earliest year the lines name ("平成27年9月県議会…", "in 2015"). */
function earliestYear(lines: string[]): number | null {
  let min: number | null = null;
  for (const line of lines) {
    for (const m of line.matchAll(YEAR)) {
      const y = m[1] ? (ERA[m[1]] ?? 0) + (m[2] === '元' ? 1 : Number(m[2])) : Number(m[0]);
      if (min === null || y < min) min = y;
    }
  }
  return min;
}

/**
 * The update stamp near the top as the page's date, when it is the only date the page gives itself:
 * taken but marked Check (as a Vietnamese portal's "Cập nhật" is). The byline reader may already have
 * offered the stamp as a guess too weak to keep; this adds the support that nothing contradicts it.
 */
export function headUpdateCandidates(lines: string[], dates: DateReader, found: Candidate[]): Candidate[] {
  const offered = found.filter((c) => c.field === 'publishedAt');
  if (offered.some((c) => c.confidence >= DATE_GUESS)) return [];
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l !== '');
  const related = nonEmpty.findIndex(headsRelatedList);
  const top = nonEmpty.slice(0, related === -1 ? TOP : Math.min(TOP, related));
  for (const [i, line] of top.entries()) {
    if ((line.match(/\S+/g) ?? []).length > 16) continue;
    const byline = BYLINE_UPDATE.exec(line);
    const label = byline ?? UPDATE_LABEL.exec(line);
    // The date follows its label: "更新日:2021年4月8日", not a date elsewhere on the line.
    const after = label ? line.slice(label.index + label[0].length, label.index + label[0].length + (byline ? 50 : 40)) : '';
    // Else a byline that gives only its update, in the byline reader's words ("por … última modificação 08/01/2021 12h59").
    // Not a sentence that tells of an update ("Article mis à jour le 7 janvier 2020."): a stamp ends on no stop.
    const stamp = label || endsSentence(line) ? null : readByline(line, dates);
    const date =
      byline || /^\s*\d/.test(after)
        ? firstFullDate(after, dates)
        : stamp?.published === null && stamp.label === null
          ? stamp.updated
          : null;
    if (!date) continue;
    // Another date the page gives itself, however weak, disagrees: the stamp is not the only one.
    if (offered.some((c) => c.value !== date)) return [];
    // The document's own date above the stamp (its title "平成27年9月県議会…") years before it: an old text put up again.
    const earliest = earliestYear(top.slice(0, i));
    if (earliest !== null && earliest < Number(date.slice(0, 4)) - 1) return [];
    const why = `the update stamp "${line}" is the only date the page gives itself, and nothing above it names an earlier year`;
    // Beside the byline reader's guess of the same date, only the support it lacked (together about 0.55).
    return candidate('publishedAt', date, 'byline', offered.length > 0 ? 0.2 : 0.55, why);
  }
  return [];
}
