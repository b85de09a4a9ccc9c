// What a .briefbook file may hold, field by field. A file comes from outside (a colleague, an
// e-mail, a USB stick), so every value is checked before anything is stored: dates are real
// calendar dates, languages are language tags, names and titles are one line without control
// characters, texts hold no control characters but line breaks and tabs, and every length and
// count is bounded (the record limits are the import's own, in electron/shared/limits.ts).

import { z } from 'zod';
import { bookSnapshotSchema } from '../../shared/contract.ts';
import { MAX_PARAGRAPH_CHARS, MAX_RECORD_PARAGRAPHS } from '../../shared/limits.ts';
import { isoDate } from '../../shared/schemas.ts';

export const BOOK_FILE_FORMAT = 'briefbook';

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators; `inText` lets tabs and line breaks through. */
function hasControl(s: string, inText: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inText && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
const CONTROL_IN_LINE = { test: (s: string) => hasControl(s, false) };
const CONTROL_IN_TEXT = { test: (s: string) => hasControl(s, true) };

/** A title, name or label: one line, nothing invisible that could hide or break it. */
const line = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((s) => !CONTROL_IN_LINE.test(s), 'must be one line without control characters');
/** A paragraph's text: line breaks and tabs are fine, NUL and other control characters are not. */
const body = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max.toLocaleString('en')} characters`)
    .refine((s) => !CONTROL_IN_TEXT.test(s), 'holds control characters (NUL or others) that no text has');
const date = isoDate.nullable();
const language = z
  .string()
  .regex(/^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}|und)$/, 'must be a language tag such as "en", "ko" or "vi"');

const recordSchema = z.object({
  id: line(200).min(1, 'is missing'),
  title: line(2000).min(1, 'is missing'),
  publisher: line(1000).nullable(),
  publishedAt: date,
  meetingDate: date,
  place: line(1000).nullable(),
  language,
  sourceName: line(1000).nullable(),
  participants: z
    .array(
      z.object({
        name: line(500).nullable(),
        role: line(500).nullable(),
        country: line(500).nullable(),
        aliases: z.array(line(500)).max(50),
      }),
    )
    .max(500),
  dateNotes: z.array(z.object({ field: z.enum(['publishedAt', 'meetingDate']), value: isoDate, from: body(2000) })).max(20),
  paragraphs: z
    .array(z.object({ id: line(300).min(1, 'is missing'), label: line(50), text: body(MAX_PARAGRAPH_CHARS * 10) }))
    .min(1, 'must hold at least one paragraph')
    .max(MAX_RECORD_PARAGRAPHS, `must hold at most ${MAX_RECORD_PARAGRAPHS.toLocaleString('en')} paragraphs`),
});

/** The book's own single-line fields and its citations, held to the same rules as the records. */
const bookSchema = bookSnapshotSchema.superRefine((book, ctx) => {
  const lineField = (value: string | null, path: (string | number)[]) => {
    if (value !== null && CONTROL_IN_LINE.test(value))
      ctx.addIssue({ code: 'custom', path, message: 'must be one line without control characters' });
  };
  const textField = (value: string, path: (string | number)[]) => {
    if (CONTROL_IN_TEXT.test(value))
      ctx.addIssue({ code: 'custom', path, message: 'holds control characters (NUL or others) that no text has' });
  };
  for (const key of ['title', 'meeting', 'place', 'principal', 'counterpart', 'preparedBy'] as const) lineField(book[key], [key]);
  book.sections.forEach((section, s) => {
    lineField(section.title, ['sections', s, 'title']);
    section.points.forEach((point, p) => {
      const at = ['sections', s, 'points', p];
      textField(point.text, [...at, 'text']);
      const c = point.citation;
      if (!c) return;
      lineField(c.label, [...at, 'citation', 'label']);
      lineField(c.recordTitle, [...at, 'citation', 'recordTitle']);
      textField(c.sourceText, [...at, 'citation', 'sourceText']);
      if (c.publishedAt !== null && !isoDate.safeParse(c.publishedAt).success)
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'citation', 'publishedAt'],
          message: 'must be a real date written as YYYY-MM-DD',
        });
    });
  });
});

export const bookFileSchema = z.object({
  format: z.literal(BOOK_FILE_FORMAT),
  version: z.number().int().min(1),
  savedAt: z.string().max(40),
  book: bookSchema,
  records: z.array(recordSchema).max(5000),
});
export type BookFile = z.output<typeof bookFileSchema>;

/** "records 2 › paragraphs 5 › text": where in the file a problem is, counted from 1 as people count. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  const parts: string[] = [];
  for (const part of path) {
    if (typeof part === 'number' && parts.length > 0) parts[parts.length - 1] += ` ${part + 1}`;
    else parts.push(String(part));
  }
  return parts.join(' › ');
}
