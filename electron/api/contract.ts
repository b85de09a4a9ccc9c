// The one API contract: every method as `domain.verb`, its input schema and its output type.
// Imported by the renderer and by Node alike, so it imports nothing host-specific.
import { z } from 'zod';
import type { EventName, MethodName } from './methods.ts';
import type {
  AppInfo,
  Book,
  BookSummary,
  ExportProgress,
  ExportResult,
  ImportOutcome,
  RecordDetail,
  RecordSummary,
  SearchHit,
} from './types.ts';

const id = z.string().trim().min(1, 'is missing').max(200, 'is too long');
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

export const classificationSchema = z.enum(['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'], {
  error: 'must be one of UNCLASSIFIED, OFFICIAL, RESTRICTED, CONFIDENTIAL, SECRET',
});
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

const bookTitle = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

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

const pointText = z.string().max(20_000, 'is too long (at most 20,000 characters)');

/** `method(schema).returns<Output>()`: the input type is inferred from the schema, the output named. */
function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

export const contract = {
  'app.info': method(z.strictObject({})).returns<AppInfo>(),

  'library.list': method(z.strictObject({})).returns<RecordSummary[]>(),
  'library.get': method(z.strictObject({ id })).returns<RecordDetail>(),
  'library.search': method(
    z.strictObject({
      query: z.string().trim().min(1, 'must not be empty').max(500, 'is too long'),
      limit: z.number().int().min(1).max(500).optional(),
    }),
  ).returns<SearchHit[]>(),
  'library.import': method(
    z.strictObject({ paths: z.array(z.string().min(1)).min(1, 'must name at least one file').max(10_000) }),
  ).returns<ImportOutcome[]>(),
  'library.importText': method(
    z.strictObject({
      text: z.string().max(25 * 1024 * 1024, 'is larger than 25 MB'),
      name: z.string().trim().max(300).optional(),
    }),
  ).returns<RecordSummary>(),

  'books.list': method(z.strictObject({})).returns<BookSummary[]>(),
  'books.create': method(
    z.strictObject({ title: bookTitle, classification: classificationSchema.optional() }),
  ).returns<Book>(),
  'books.get': method(z.strictObject({ id })).returns<Book>(),
  'books.update': method(z.strictObject({ id, patch: bookPatchSchema })).returns<Book>(),
  'books.remove': method(z.strictObject({ id })).returns<{ removed: true }>(),
  'books.addPoint': method(
    z.strictObject({
      bookId: id,
      /** A section id, or a standard section key; defaults to the talking points section. */
      section: z.string().trim().min(1).max(200).optional(),
      recordId: id.optional(),
      paragraphId: id.optional(),
      text: pointText.optional(),
    }),
  ).returns<Book>(),
  'books.updatePoint': method(
    z.strictObject({
      bookId: id,
      pointId: id,
      text: pointText.optional(),
      kind: pointKindSchema.optional(),
      marking: classificationSchema.nullable().optional(),
    }),
  ).returns<Book>(),
  'books.movePoint': method(
    z.strictObject({ bookId: id, pointId: id, direction: z.enum(['up', 'down'], { error: 'must be "up" or "down"' }) }),
  ).returns<Book>(),
  'books.deletePoint': method(z.strictObject({ bookId: id, pointId: id })).returns<Book>(),

  'pdf.export': method(
    z.strictObject({
      bookId: id,
      /** Lets the caller follow pdf.progress events and cancel. */
      jobId: z.string().trim().min(1).max(100).optional(),
      /** Where to write; omitted = ask the user (Electron) or offer a download (browser host). */
      outPath: z.string().min(1).max(4096).optional(),
    }),
  ).returns<ExportResult>(),
  'pdf.cancel': method(z.strictObject({ jobId: z.string().min(1).max(100) })).returns<{ cancelled: boolean }>(),
} satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];

export type EventPayloads = {
  'pdf.progress': ExportProgress;
  'library.changed': { reason: 'import' | 'seed' };
};
// Every event named in methods.ts has a payload type, and nothing else does.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const eventsAreComplete: Exact<keyof EventPayloads, EventName> = true;
