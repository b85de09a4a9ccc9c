// Runs of lines chrome.ts takes off or reads around: mail headers, a menu's entries, where the prose starts; kept apart.

import { isPageFurniture } from './page-furniture.ts';
import { collapse } from './text.ts';

export const MAIL_HEADER = /^(from|sent|date|to|cc|bcc|subject|reply-to)\s*:\s*(.*)$/i;

/** Marks mail header lines: only runs of two or more ("From:" then "Sent:"), so a lone "To:" in prose survives. */
export function mailHeaderRuns(lines: string[]): boolean[] {
  const isHeader = lines.map((l) => {
    const m = MAIL_HEADER.exec(collapse(l.replace(/^(?:\s*>)+\s?/, '')));
    return m !== null && m[1]?.toLowerCase() !== 'date';
  });
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; ) {
    if (!isHeader[i]) {
      i++;
      continue;
    }
    let j = i;
    // A "Date:" line inside a run of mail headers belongs to the run.
    while (j < lines.length && (isHeader[j] || /^\s*date\s*:/i.test(lines[j] ?? ''))) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

/** Looks like a menu entry ("  1. HOME"): indented, numbered, a few words, no sentence. */
function menuLike(raw: string): boolean {
  return /^\s+\d{1,2}\.\s+\S/.test(raw) && !/[.!?:;,]$/.test(raw.trim()) && raw.trim().split(/\s+/).length <= 6;
}

/**
 * Menu entries: runs of two or more menu-like lines before the first sentence of the text.
 * Numbered paragraphs of the record itself are sentences, so they come after that point.
 */
export function menuLines(lines: string[], end: number): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < end; ) {
    let j = i;
    while (j < end && menuLike(lines[j] ?? '')) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out[k] = true;
    i = j === i ? i + 1 : j;
  }
  return out;
}

/** A line this long is a paragraph of the text, in any script, whether or not it ends as a sentence. */
export const PARAGRAPH_CHARS = 60;

/** Index of the first line that reads as prose (a long line or a sentence); lines.length when none. */
export function firstSentenceIndex(lines: string[]): number {
  const i = lines.findIndex((l) => {
    const t = collapse(l);
    if (isPageFurniture(t)) return false;
    return t.split(' ').length >= 12 || (/[.!?]$/.test(t) && t.split(' ').length >= 4);
  });
  return i === -1 ? lines.length : i;
}
