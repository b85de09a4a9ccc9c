// The one API contract: every method as `domain.verb`, its input schema and its output type.
// Imported by the renderer and by Node alike, so it imports nothing host-specific.
import { z } from 'zod';
import type { Result } from './errors.ts';
import { base64Length, MAX_BOOK_FILE_BYTES, MAX_IMPORT_BYTES, megabytes } from './limits.ts';
import type { MethodName } from './methods.ts';
import {
  bookChangeSchema,
  bookPatchSchema,
  bookSnapshotSchema,
  bookTitle,
  classificationSchema,
  commitmentStatusSchema,
  deskCountry,
  id,
  pdfOptionsSchema,
  personCountry,
  personForm,
  personRole,
  pointKindSchema,
  pointText,
  readPath,
  recordCorrectionSchema,
  searchFiltersSchema,
  sectionTitle,
  topicWords,
  uploadName,
  writePath,
} from './schemas.ts';
import type {
  AppInfo,
  Book,
  BookFileResult,
  BookOpenResult,
  BookSummary,
  CommitmentSuggestion,
  Counterpart,
  DeskJoinResult,
  DeskLiveState,
  DeskRestriction,
  DeskSettings,
  DeskStatus,
  DeskSyncReport,
  DeskUndoResult,
  ExportResult,
  ImportOutcome,
  LastMeeting,
  LedgerEntry,
  ParagraphTopic,
  ParticipantSuggestion,
  PdfPreview,
  PersonDetail,
  PersonRef,
  PersonSummary,
  RecordDetail,
  RecordSummary,
  RevertResult,
  SavedSearch,
  SearchHit,
  SearchResult,
  Topic,
  TopicTimeline,
} from './types.ts';
import { CORRECTABLE_FIELDS } from './types.ts';

/** `method(schema).returns<Output>()`: the input type is inferred from the schema, the output named. */
function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

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

  'books.list': method(z.strictObject({})).returns<BookSummary[]>(),
  'books.create': method(z.strictObject({ title: bookTitle, classification: classificationSchema.optional() })).returns<Book>(),
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
      /** Where in the section (from 0); default the end. */
      index: z.number().int().min(0).max(100_000).optional(),
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
    z
      .strictObject({
        bookId: id,
        pointId: id,
        /** One place up or down within the section… */
        direction: z.enum(['up', 'down'], { error: 'must be "up" or "down"' }).optional(),
        /** …or to a section (id or standard key) at an index (from 0, after the point is taken out). */
        section: z.string().trim().min(1).max(200).optional(),
        index: z.number().int().min(0).max(100_000).optional(),
      })
      .refine((m) => (m.direction === undefined) !== (m.section === undefined && m.index === undefined), {
        message: 'give either a direction ("up" or "down") or a target section and index',
      }),
  ).returns<Book>(),
  'books.deletePoint': method(z.strictObject({ bookId: id, pointId: id })).returns<Book>(),
  /** Makes a book current: like books.get, and the list then shows it first. */
  'books.open': method(z.strictObject({ id })).returns<Book>(),
  /** A copy of a book (sections, points, citations) to prepare the next meeting from the last. */
  'books.duplicate': method(z.strictObject({ id, title: bookTitle.optional() })).returns<Book>(),
  /** Puts a book back exactly as a snapshot had it, whoever wrote since; one transaction. (The app's undo is books.revert; on a desk, books.undo.) */
  'books.restore': method(z.strictObject({ book: bookSnapshotSchema })).returns<Book>(),
  /**
   * Undo (or redo) one step of this client's own: the `change` a book method returned, applied to
   * the book as it is now. What another writer changed since is left alone and listed in `skipped`.
   */
  'books.revert': method(
    z.strictObject({ change: bookChangeSchema, direction: z.enum(['undo', 'redo'], { error: 'must be "undo" or "redo"' }) }),
  ).returns<RevertResult>(),
  /**
   * On a library joined to a desk: undo this laptop's newest change to the book through its shared
   * document (Yjs's UndoManager); what the other officers wrote stays, even in the same point.
   */
  'books.undo': method(z.strictObject({ bookId: id })).returns<DeskUndoResult>(),
  /** On a library joined to a desk: do again what books.undo took back, if nothing of this laptop's came since. */
  'books.redo': method(z.strictObject({ bookId: id })).returns<DeskUndoResult>(),
  'books.addSection': method(
    z.strictObject({ bookId: id, title: sectionTitle, index: z.number().int().min(0).max(500).optional() }),
  ).returns<Book>(),
  'books.updateSection': method(z.strictObject({ bookId: id, sectionId: id, title: sectionTitle })).returns<Book>(),
  'books.moveSection': method(
    z.strictObject({ bookId: id, sectionId: id, index: z.number().int().min(0).max(500) }),
  ).returns<Book>(),
  'books.removeSection': method(z.strictObject({ bookId: id, sectionId: id })).returns<Book>(),
  /** Splits a point at a character offset of its text into two points that keep the same source. */
  'books.splitPoint': method(
    z.strictObject({ bookId: id, pointId: id, at: z.number().int().min(0).max(20_000) }),
  ).returns<Book>(),
  /** Joins a point with the next one in its section. */
  'books.mergePoint': method(z.strictObject({ bookId: id, pointId: id })).returns<Book>(),
  /** Rewrites a point's wording (or its source's) as a first-person talking point. */
  'books.draftPoint': method(z.strictObject({ bookId: id, pointId: id })).returns<Book>(),
  'books.suggestCommitments': method(z.strictObject({ bookId: id })).returns<CommitmentSuggestion[]>(),
  'books.suggestParticipants': method(z.strictObject({ bookId: id })).returns<ParticipantSuggestion[]>(),
  /** Writes the book and the records it cites as one .briefbook file. */
  'books.saveFile': method(z.strictObject({ bookId: id, outPath: writePath.optional() })).returns<BookFileResult>(),
  'books.openFile': method(z.strictObject({ path: readPath })).returns<BookOpenResult>(),
  /** The browser's file input: the file's name and bytes (base64). */
  'books.openData': method(
    z.strictObject({
      name: uploadName,
      base64: z.string().max(base64Length(MAX_BOOK_FILE_BYTES) + 4, `is larger than ${megabytes(MAX_BOOK_FILE_BYTES)}`),
    }),
  ).returns<BookOpenResult>(),

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
