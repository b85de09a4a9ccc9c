// What every extractor hands the text parser: plain text (blank lines between paragraphs, list
// items on their own lines with their numbering) and what the file itself says about the record.

import type { Candidate } from '../parse/evidence.ts';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

export type DocumentHints = {
  title?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  /** BCP-47 primary tag, e.g. 'en', 'ko', 'vi'. */
  language?: string | null;
  /** Richer evidence the file carries (meta tags, JSON-LD, front matter), each with its own confidence and reason. */
  candidates?: Candidate[];
  /** What a page marks as photo captions (<figcaption>, a "caption" class): never the sign that anyone met. */
  captions?: string[];
};

export type ExtractedDocument = {
  format: DocumentFormat;
  text: string;
  hints: DocumentHints;
  /** What the user should know about how the file was read (a guessed encoding, flattened nesting). */
  warnings?: string[];
};

/** Records larger than this are refused before they are read (the one limit lives in electron/shared/limits.ts). */
export { MAX_IMPORT_BYTES } from '../../../shared/limits.ts';

/** "en-GB" → "en"; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The calendar date a metadata value names ("2020-09-22T13:26:07+09:00", "D:20200922…", "22 Sep 2020"). */
export function isoDateOf(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  // The date as written, not shifted into this machine's time zone.
  const iso = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(s) ?? /\b(\d{4})[./-](\d{1,2})[./-](\d{1,2})\b/.exec(s);
  const candidate = iso
    ? `${iso[1]}-${String(iso[2]).padStart(2, '0')}-${String(iso[3]).padStart(2, '0')}`
    : Number.isNaN(Date.parse(s))
      ? null
      : new Date(Date.parse(`${s} 12:00 UTC`) || Date.parse(s)).toISOString().slice(0, 10);
  if (!candidate) return null;
  const d = new Date(`${candidate}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(candidate)) return null;
  const year = d.getUTCFullYear();
  return year >= 1945 && year <= 2100 ? candidate : null;
}

/** Collapses whitespace; empty → null. */
export function cleanHint(value: string | null | undefined, max = 300): string | null {
  // Soft hyphens and zero-width characters are break hints, invisible: "Deutsch&shy;land" is "Deutschland".
  const s = (value ?? '')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s ? s.slice(0, max) : null;
}
