// The schemas every API input is built from: ids, dates, texts, classifications, book and PDF options.
// Each says what is wrong in words a desk officer understands; contract.ts assembles them per method.
import { z } from 'zod';
import { CLASSIFICATIONS } from './classification.ts';
import { BOOK_FIELDS } from './types/books.ts';

export const id = z.string().trim().min(1, 'is missing').max(200, 'is too long');
/** A country's name as the user typed it; the handler normalises it (parse/countries.ts) and refuses an unknown one. */
export const deskCountry = z.string().trim().min(1, 'must name a country').max(100, 'is too long');
export const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real date',
  );

export const correctionText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable();
export const correctedParticipant = z.strictObject({
  name: correctionText(200),
  role: correctionText(300),
  country: correctionText(100),
  aliases: z.array(z.string().max(200)).max(50).optional().default([]),
  key: z.string().max(200).nullable().optional(),
});

/** One field and its corrected value, each checked the way the field needs (dates as YYYY-MM-DD). */
export const recordCorrectionSchema = z.discriminatedUnion('field', [
  z.strictObject({
    recordId: id,
    field: z.literal('title'),
    value: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  }),
  z.strictObject({ recordId: id, field: z.literal('publisher'), value: correctionText(300) }),
  z.strictObject({ recordId: id, field: z.literal('publishedAt'), value: isoDate.nullable() }),
  z.strictObject({ recordId: id, field: z.literal('meetingDate'), value: isoDate.nullable() }),
  z.strictObject({ recordId: id, field: z.literal('place'), value: correctionText(300) }),
  z.strictObject({
    recordId: id,
    field: z.literal('language'),
    value: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}$/, 'must be a language code such as en, ko or vi'),
  }),
  z.strictObject({
    recordId: id,
    field: z.literal('participants'),
    value: z.array(correctedParticipant).max(100, 'at most 100 participants'),
  }),
]);

export const classificationSchema = z.enum(CLASSIFICATIONS, { error: `must be one of ${CLASSIFICATIONS.join(', ')}` });
export const sectionKeySchema = z.enum([
  'objectives',
  'key-messages',
  'talking-points',
  'if-raised',
  'background',
  'commitments',
  'participants',
  'programme',
]);

export const pointKindSchema = z.enum(['key-message', 'talking-point', 'if-raised', 'background', 'note'], {
  error: 'must be one of key-message, talking-point, if-raised, background, note',
});

export const bookTitle = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

export const bookPatchSchema = z.strictObject({
  title: bookTitle.optional(),
  meeting: optionalText(300),
  meetingDate: isoDate.nullable().optional(),
  place: optionalText(300),
  principal: optionalText(300),
  counterpart: optionalText(300),
  preparedBy: optionalText(300),
  classification: classificationSchema.optional(),
});

export const pdfOptionsSchema = z
  .strictObject({
    paper: z.enum(['A4', 'Letter'], { error: 'must be A4 or Letter' }).optional(),
    scope: z.enum(['book', 'handout', 'sections'], { error: 'must be book, handout or sections' }).optional(),
    sectionIds: z.array(id).max(200).optional(),
    annex: z.boolean().optional(),
    citations: z.enum(['footnotes', 'endnotes'], { error: 'must be footnotes or endnotes' }).optional(),
    sectionsOnNewPage: z.boolean().optional(),
  })
  .refine((o) => o.scope !== 'sections' || (o.sectionIds?.length ?? 0) > 0, {
    message: 'choose at least one section to print',
    path: ['sectionIds'],
  });

export const searchFiltersSchema = z.strictObject({
  topic: z.string().trim().max(200).optional(),
  country: z.string().trim().max(200).optional(),
  participant: z.string().trim().max(200).optional(),
  publisher: z.string().trim().max(300).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const commitmentStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped'], {
  error: 'must be one of open, in-progress, done, dropped',
});

export const topicWords = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const pointText = z.string().max(20_000, 'is too long (at most 20,000 characters)');

export const sectionTitle = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

export const citationSchema = z.object({
  recordId: id,
  paragraphId: id,
  label: z.string().max(200),
  recordTitle: z.string().max(2000),
  publishedAt: z.string().max(40).nullable(),
  sourceText: z.string().max(200_000),
});

/**
 * A whole book as the editor holds it: what books.restore writes back and what a .briefbook
 * file carries. Extra fields (ordinals, timestamps) are ignored; order comes from the arrays.
 */
export const bookSnapshotSchema = z.object({
  id,
  title: bookTitle,
  meeting: z.string().max(300).nullable(),
  meetingDate: isoDate.nullable(),
  place: z.string().max(300).nullable(),
  principal: z.string().max(300).nullable(),
  counterpart: z.string().max(300).nullable(),
  preparedBy: z.string().max(300).nullable(),
  classification: classificationSchema,
  sections: z
    .array(
      z.object({
        id,
        key: sectionKeySchema.nullable(),
        title: sectionTitle,
        points: z
          .array(
            z.object({
              id,
              text: z.string().max(20_000, 'is too long (at most 20,000 characters)'),
              kind: pointKindSchema,
              marking: classificationSchema.nullable(),
              citation: citationSchema.nullable(),
              drafted: z.boolean().optional(),
            }),
          )
          .max(20_000),
      }),
    )
    .max(500),
});

const pointState = z.object({
  sectionId: id,
  after: id.nullable(),
  index: z.number().int().min(0).max(100_000),
  text: z.string().max(20_000, 'is too long (at most 20,000 characters)'),
  kind: pointKindSchema,
  marking: classificationSchema.nullable(),
  drafted: z.boolean(),
  citation: citationSchema.nullable(),
});
const sectionState = z.object({
  after: id.nullable(),
  index: z.number().int().min(0).max(500),
  key: sectionKeySchema.nullable(),
  title: sectionTitle,
});
const bookField = z.enum(BOOK_FIELDS);

/** What one edit changed in a book (Book.change), as books.revert takes it back or does it again. */
export const bookChangeSchema = z.object({
  bookId: id,
  edits: z
    .array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('point'), id, before: pointState.nullable(), after: pointState.nullable() }),
        z.object({ type: z.literal('section'), id, before: sectionState.nullable(), after: sectionState.nullable() }),
        z.object({
          type: z.literal('book'),
          field: bookField,
          before: z.string().max(2000).nullable(),
          after: z.string().max(2000).nullable(),
        }),
      ]),
    )
    .max(21_000),
});

/** A form of a person's name, as typed: "Bùi Thanh Sơn", "부이 타인 선". */
export const personForm = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/** A person's country (null or empty clears it). */
export const personCountry = z.string().trim().max(100, 'must be at most 100 characters').nullable().optional();
/** A person's role (null or empty clears the typed role; the records' roles stay). */
export const personRole = z.string().trim().max(300, 'must be at most 300 characters').nullable().optional();

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a file name to write may not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const utf8 = new TextEncoder();
/** File systems allow at most 255 bytes in one file or folder name (Hangul is 3 bytes a letter). */
const namesFit = (path: string) => path.split(/[\\/]/).every((part) => utf8.encode(part).length <= 255);
const NAME_TOO_LONG = 'has a file or folder name longer than file systems allow (255 bytes)';

/**
 * A file or folder on this computer to read, as the user chose it. A name may hold odd characters
 * (Linux allows a line break) but never NUL, which no file system allows.
 */
export const readPath = z
  .string()
  .min(1, 'is missing')
  .max(4096, 'is too long (at most 4,096 characters)')
  .refine((s) => !s.includes('\0'), 'must not contain a NUL character')
  .refine(namesFit, NAME_TOO_LONG);

/** Where to write a new file: no control characters (a line break, NUL) in it, and names that fit. */
export const writePath = z
  .string()
  .min(1, 'is missing')
  .max(4096, 'is too long (at most 4,096 characters)')
  .refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters (such as a line break or NUL)')
  .refine(namesFit, NAME_TOO_LONG);

/** The name of a file the browser sent (upload, drop): shown to the user, so one line of at most 300 characters. */
export const uploadName = z
  .string()
  .trim()
  .max(300, 'is too long (at most 300 characters)')
  .refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters (such as a line break or NUL)');
