// The one API contract: every method as `domain.verb`, its input schema and its output type.
// Imported by the renderer and by Node alike, so it imports nothing host-specific.
import { z } from 'zod';
import { bookMethods } from './contract-books.ts';
import { method } from './contract-method.ts';
import type { Result } from './errors.ts';
import { base64Length, MAX_IMPORT_BYTES, megabytes } from './limits.ts';
import type { MethodName } from './methods.ts';
import {
  commitmentStatusSchema,
  deskCountry,
  id,
  pdfOptionsSchema,
  personCountry,
  personForm,
  personRole,
  readPath,
  recordCorrectionSchema,
  searchFiltersSchema,
  topicWords,
  uploadName,
  writePath,
} from './schemas.ts';
import type {
  AppInfo,
  Book,
  Counterpart,
  DeskJoinResult,
  DeskLiveState,
  DeskRestriction,
  DeskSettings,
  DeskStatus,
  DeskSyncReport,
  ExportResult,
  ImportOutcome,
  LastMeeting,
  LedgerEntry,
  ParagraphTopic,
  PdfPreview,
  PersonDetail,
  PersonRef,
  PersonSummary,
  RecordDetail,
  RecordSummary,
  SavedSearch,
  SearchHit,
  SearchResult,
  Topic,
  TopicTimeline,
} from './types.ts';
import { CORRECTABLE_FIELDS } from './types.ts';

export const contract = {
  'app.info': method(z.strictObject({})).returns<AppInfo>(),
  /** Opens the data folder in the system file manager (desktop app); answers where it is either way. */
  'app.showDataFolder': method(z.strictObject({})).returns<{ path: string; shown: boolean }>(),
  /** A native open dialog (desktop app only): records to import, or a .briefbook to open; [] when cancelled. */
  'app.chooseFiles': method(
    z.strictObject({ purpose: z.enum(['import', 'book'], { error: 'must be "import" or "book"' }) }),
  ).returns<{ paths: string[] }>(),
  /** Prints the book's PDF through the system print dialog (desktop app only). */
  'app.printBook': method(z.strictObject({ bookId: id })).returns<{ printed: boolean }>(),
  /** Files the system asked the desktop app to open before the window was listening (launch, double-click). */
  'app.takeOpenFiles': method(z.strictObject({})).returns<{ paths: string[] }>(),

  /** The library, newest first; needsReview: only records with a field marked Check. */
  'library.list': method(z.strictObject({ needsReview: z.boolean().optional() })).returns<RecordSummary[]>(),
  'library.get': method(z.strictObject({ id })).returns<RecordDetail>(),
  'library.search': method(
    z
      .strictObject({
        query: z.string().trim().max(500, 'is too long'),
        limit: z.number().int().min(1).max(500).optional(),
        /** Hits to skip, to page through every matching paragraph (search.run pages by record). */
        offset: z.number().int().min(0).max(1_000_000).optional(),
        filters: searchFiltersSchema.optional(),
      })
      .refine((i) => i.query !== '' || Boolean(i.filters?.topic), { message: 'must not be empty', path: ['query'] }),
  ).returns<SearchHit[]>(),
  'library.import': method(
    z.strictObject({
      paths: z.array(readPath).min(1, 'must name at least one file').max(10_000),
      /** Lets the caller follow library.importProgress events and cancel. */
      jobId: z.string().trim().min(1).max(100).optional(),
    }),
  ).returns<ImportOutcome[]>(),
  /** Files the browser read (file input, drop): name and bytes as base64; each at most 25 MB. */
  'library.importData': method(
    z.strictObject({
      jobId: z.string().trim().min(1).max(100).optional(),
      files: z
        .array(
          z.strictObject({
            name: uploadName.refine((s) => s !== '', 'is missing'),
            // 25 MB of bytes is 34.9 M base64 characters; the exact decoded size is checked per file.
            base64: z.string().max(base64Length(MAX_IMPORT_BYTES) + 4, `is larger than ${megabytes(MAX_IMPORT_BYTES)}`),
          }),
        )
        .min(1, 'must hold at least one file')
        .max(1000),
    }),
  ).returns<ImportOutcome[]>(),
  /** Stops a running import after the file in hand; what was imported stays. */
  'library.cancelImport': method(z.strictObject({ jobId: z.string().min(1).max(100) })).returns<{ cancelled: boolean }>(),
  'library.importText': method(
    z.strictObject({
      text: z.string().max(MAX_IMPORT_BYTES, `is larger than ${megabytes(MAX_IMPORT_BYTES)}`),
      name: uploadName.optional(),
    }),
  ).returns<RecordSummary>(),
  /** Corrects one detail Briefbook read from a record; the original is kept and shown. */
  'library.correct': method(recordCorrectionSchema).returns<RecordDetail>(),
  /** Removes a correction: the field shows what Briefbook read again. */
  'library.revertCorrection': method(
    z.strictObject({
      recordId: id,
      field: z.enum(CORRECTABLE_FIELDS, { error: `must be one of ${CORRECTABLE_FIELDS.join(', ')}` }),
    }),
  ).returns<RecordDetail>(),
  /** A person says a field reads right as Briefbook read it: it is no longer marked Check. */
  'library.confirm': method(
    z.strictObject({
      recordId: id,
      field: z.enum(CORRECTABLE_FIELDS, { error: `must be one of ${CORRECTABLE_FIELDS.join(', ')}` }),
    }),
  ).returns<RecordDetail>(),
  /** Reads records again with this version's parser (one, or all); corrections and confirmations stay on top. */
  'library.reparse': method(z.strictObject({ id: id.optional() })).returns<{ reparsed: number; changed: number }>(),

  ...bookMethods,

  'pdf.export': method(
    z.strictObject({
      bookId: id,
      /** Lets the caller follow pdf.progress events and cancel. */
      jobId: z.string().trim().min(1).max(100).optional(),
      /** Where to write; omitted = ask the user (Electron) or offer a download (browser host). */
      outPath: writePath.optional(),
      options: pdfOptionsSchema.optional(),
    }),
  ).returns<ExportResult>(),
  /** Renders the book with these options and hands the PDF back for the in-app preview; nothing is saved. */
  'pdf.preview': method(
    z.strictObject({ bookId: id, jobId: z.string().trim().min(1).max(100).optional(), options: pdfOptionsSchema.optional() }),
  ).returns<PdfPreview>(),
  'pdf.cancel': method(z.strictObject({ jobId: z.string().min(1).max(100) })).returns<{ cancelled: boolean }>(),

  /** Search grouped by record and paged by record, with facets; a query naming a topic also finds its other names and tags. */
  'search.run': method(
    z
      .strictObject({
        query: z.string().trim().max(500, 'is too long'),
        filters: searchFiltersSchema.optional(),
        /** Records per page (default 50). */
        limit: z.number().int().min(1).max(1000).optional(),
        /** Records to skip: the result's nextOffset asks for the next page. */
        offset: z.number().int().min(0).max(1_000_000).optional(),
        /** Best paragraphs shown per record (default 3); the others are counted (otherHits). */
        perRecord: z.number().int().min(1).max(50).optional(),
      })
      .refine((i) => i.query !== '' || Boolean(i.filters?.topic), {
        message: 'must not be empty (or choose a topic)',
        path: ['query'],
      }),
  ).returns<SearchResult>(),
  'search.saved': method(z.strictObject({})).returns<SavedSearch[]>(),
  'search.save': method(
    z.strictObject({
      name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
      query: z.string().trim().max(500, 'is too long'),
      filters: searchFiltersSchema.optional(),
    }),
  ).returns<SavedSearch>(),
  'search.removeSaved': method(z.strictObject({ id })).returns<{ removed: true }>(),

  'topics.list': method(z.strictObject({})).returns<Topic[]>(),
  'topics.create': method(
    z.strictObject({ name: topicWords, aliases: z.array(topicWords).max(100, 'at most 100 aliases').optional() }),
  ).returns<Topic>(),
  /** An alias; with sourceCountry it means the topic only in that country's records ("East Sea" for Viet Nam). */
  'topics.addAlias': method(
    z.strictObject({ topicId: id, alias: topicWords, sourceCountry: z.string().trim().min(1).max(100).nullable().optional() }),
  ).returns<Topic>(),
  'topics.removeAlias': method(z.strictObject({ topicId: id, alias: topicWords })).returns<Topic>(),
  'topics.forRecord': method(z.strictObject({ recordId: id })).returns<ParagraphTopic[]>(),
  'topics.tag': method(z.strictObject({ paragraphId: id, topicId: id })).returns<ParagraphTopic[]>(),
  'topics.untag': method(z.strictObject({ paragraphId: id, topicId: id })).returns<ParagraphTopic[]>(),
  'topics.counterparts': method(z.strictObject({})).returns<{ home: string | null; counterparts: Counterpart[] }>(),
  'topics.timeline': method(z.strictObject({ topic: id, counterpart: id })).returns<TopicTimeline>(),
  'topics.lastMeeting': method(z.strictObject({ counterpart: id })).returns<LastMeeting>(),

  /** person: one person's commitments (an id or any form of the name), however each record spells them. */
  'ledger.list': method(
    z.strictObject({ counterpart: id.optional(), status: commitmentStatusSchema.optional(), person: id.optional() }),
  ).returns<LedgerEntry[]>(),
  'ledger.update': method(
    z.strictObject({
      id,
      status: commitmentStatusSchema.optional(),
      note: z.string().max(5000, 'must be at most 5,000 characters').optional(),
    }),
  ).returns<LedgerEntry>(),
  /** Adds the counterpart's commitments to the book's "Previous commitments", each citing its paragraph. */
  'ledger.fillBook': method(z.strictObject({ bookId: id, counterpart: id })).returns<{ book: Book; added: number }>(),

  /** The desk's settings: its own country (null until set on first run) and the countries it can be. */
  'settings.get': method(z.strictObject({})).returns<DeskSettings>(),
  /** Sets the desk's own country; any form of a known country's name ("ROK", "the UK"), stored by its one name. */
  'settings.set': method(z.strictObject({ country: deskCountry })).returns<DeskSettings>(),
  /** The people directory, most-met first; a query matches any form of a name in any script, a country or a role. */
  'people.list': method(z.strictObject({ query: z.string().trim().max(200, 'is too long').optional() })).returns<
    PersonSummary[]
  >(),
  /** One person: every form of the name, roles over time with the records they come from, and their records. */
  'people.get': method(z.strictObject({ id })).returns<PersonDetail>(),
  /** The person a name belongs to, by any of its forms (diacritics and case ignored); null when unknown. */
  'people.resolve': method(z.strictObject({ name: personForm })).returns<PersonRef | null>(),
  /** Fixes a person's name, country or role; the person is then confirmed. */
  'people.update': method(
    z.strictObject({
      id,
      patch: z
        .strictObject({ name: personForm.optional(), country: personCountry, role: personRole })
        .refine((p) => Object.keys(p).length > 0, { message: 'must change the name, country or role' }),
    }),
  ).returns<PersonDetail>(),
  /** Adds a way of writing the name ("부이 타인 선" for Bùi Thanh Sơn). */
  'people.addForm': method(z.strictObject({ id, form: personForm })).returns<PersonDetail>(),
  /** Takes a form off a person: the next record that writes it starts another entry. */
  'people.removeForm': method(z.strictObject({ id, form: personForm })).returns<PersonDetail>(),
  /** Two entries are one person: the forms, roles and records of mergeId move to keepId. */
  'people.merge': method(z.strictObject({ keepId: id, mergeId: id })).returns<PersonDetail>(),

  /** Joins this library to a desk server: checks the address and the officer's token, then keeps them. */
  'desk.join': method(
    z.strictObject({
      url: z
        .string()
        .trim()
        .max(500, 'is too long')
        .regex(/^wss?:\/\/[^\s/]+(\/\S*)?$/, 'must be a desk server address such as wss://desk.example.org:8443'),
      token: z.string().trim().min(1, 'is missing').max(200, 'is too long'),
    }),
  ).returns<DeskJoinResult>(),
  /** The desk this library joined, and how many changes wait to be sent. */
  'desk.status': method(z.strictObject({})).returns<DeskStatus>(),
  /** Sends what changed here, receives what the other officers did, and says how much of each. */
  'desk.sync': method(z.strictObject({})).returns<DeskSyncReport>(),
  /** The owner restricts a book to named officers; an empty list shares it with the whole desk again. */
  'desk.restrict': method(
    z.strictObject({ bookId: id, officers: z.array(z.string().trim().min(1).max(100)).max(100) }),
  ).returns<DeskRestriction>(),
  /** The desk as the app shows it, for the book on screen (null: none): state, and who else has it open. */
  'desk.live': method(z.strictObject({ bookId: id.nullable() })).returns<DeskLiveState>(),
} satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

export {
  bookPatchSchema,
  bookSnapshotSchema,
  classificationSchema,
  pdfOptionsSchema,
  pointKindSchema,
  searchFiltersSchema,
} from './schemas.ts';

export type Contract = typeof contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];
// A call typed by the contract (input in, Result of output back), for every caller (renderer, CLI,
// Electron's main process, tests, e2e): a misspelt method or a wrong input fails to compile.
export type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

export {
  type EventPayloads,
  eventsAreComplete,
  MENU_COMMANDS,
  type MenuCommand,
  type MenuCommandEvent,
} from './events.ts';
