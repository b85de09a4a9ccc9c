// What stands above and around a record's prose: the file's own metadata, page chrome, mail
// headers, the headline and a letterhead, bylines and date lines. Each becomes a candidate for
// title, publisher or publication date with its evidence; the lines left are the body.

import { removeChrome } from './chrome.ts';
import { firstFullDate } from './dates.ts';
import { type Candidate, candidate } from './evidence.ts';
import { normalizeText } from './text.ts';
import { takeTitle } from './title.ts';
import type { ParseHints } from './types.ts';

export type HeaderResult = { lines: string[]; candidates: Candidate[] };

export function readHeader(text: string, hints: ParseHints): HeaderResult {
  const lines = normalizeText(text).split('\n');
  const chrome = removeChrome(lines);
  const heading = takeTitle(chrome.lines, chrome.subject, chrome.hadChrome, hints.title ?? null);
  const candidates: Candidate[] = [
    ...(hints.candidates ?? []),
    ...candidate('title', hints.title, 'metadata', 0.75, "from the file's own title"),
    ...candidate('publisher', hints.publisher, 'metadata', 0.8, "from the file's own publisher"),
    ...candidate('publishedAt', hints.publishedAt, 'metadata', 0.85, "from the file's own publication date"),
    ...candidate('language', hints.language, 'metadata', 0.6, "from the file's declared language"),
    ...candidate('title', heading.title, 'heading', 0.8, 'the headline above the text'),
    ...candidate('publisher', chrome.publisher, 'byline', 0.85, "from the site's page furniture"),
    ...candidate('publisher', heading.publisher, 'heading', 0.8, 'from the letterhead above the title'),
    ...candidate(
      'publishedAt',
      chrome.dateLine !== null ? firstFullDate(chrome.dateLine) : null,
      'byline',
      0.85,
      `from the page's date line "${chrome.dateLine ?? ''}"`,
    ),
    ...candidate('publishedAt', heading.headerDate, 'heading', 0.8, 'from the date line under the headline'),
  ];
  return { lines: heading.lines, candidates };
}
