// A government release's header block between its issuer and its headline: the date, the number
// under its label, the contacts, the embargo.

import { type DateReader, dateOfDateLine } from './dates.ts';
import { wordCount } from './text.ts';
import { CONTACT, SPACED_LETTERS } from './title-letterhead.ts';
import { isDateOnly, RELEASE_NUMBER, STAFF_CREDIT } from './title-lines.ts';

/** What a release prints between its issuer and its headline: the number, labels, contacts, the embargo. */
const EMBARGO =
  /^\*?\s*(?:즉시 (?:사용|보도)|보도시점|for immediate release|embargo|sperrfrist|pour diffusion immédiate|para (?:su )?publicación inmediata|untuk segera dirilis)/iu;
const releaseLine = (l: string, dates: DateReader): boolean =>
  /[:：]$/.test(l) ||
  /^\d{1,6}$/.test(l) ||
  /^[·•*]$/.test(l) ||
  (CONTACT.test(l) && wordCount(l) <= 12) ||
  /^\(?(?:tel|fax|phone|전화|☎)(?![\p{L}])/iu.test(l) ||
  SPACED_LETTERS.test(l) ||
  EMBARGO.test(l) ||
  STAFF_CREDIT.test(l) ||
  l.split(/\s+\/\s+/).filter((p) => wordCount(p) <= 3).length >= 2 ||
  dateOfDateLine(l, dates) !== null ||
  isDateOnly(l);

/**
 * A release's header block: issuer, date, "Pressemitteilung:" / "168", contacts, "* 즉시 사용", then the
 * headline. A heading line above that block (the issuing office) is not the headline; the first heading
 * line after it is, when the block holds the release's number or its embargo, not just a date and a byline.
 */
export function belowReleaseBlock<T extends { l: string; i: number }>(
  header: T[],
  candidates: T[],
  chosen: T,
  dates: DateReader,
): T | null {
  let label = false;
  let prev = chosen.l;
  for (const h of header.slice(header.indexOf(chosen) + 1)) {
    if (releaseLine(h.l, dates)) {
      // A number under its label ("Pressemitteilung:" / "168"), not a lone counter ("0", "1679").
      const numbered = /^\d{1,6}$/.test(h.l) && /[:：]$/.test(prev);
      label ||= numbered || EMBARGO.test(h.l) || SPACED_LETTERS.test(h.l) || RELEASE_NUMBER.test(h.l);
      prev = h.l;
      continue;
    }
    return label && candidates.includes(h) ? h : null;
  }
  return null;
}
