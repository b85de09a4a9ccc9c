// The contract's book methods (`books.*`): a book, its sections and points, its changes, files and snapshots.
// Spread into the one contract in contract.ts.
import { z } from 'zod';
import { method } from './contract-method.ts';
import { base64Length, MAX_BOOK_FILE_BYTES, megabytes } from './limits.ts';
import {
  bookChangeSchema,
  bookPatchSchema,
  bookSnapshotSchema,
  bookTitle,
  classificationSchema,
  id,
  pointKindSchema,
  pointText,
  readPath,
  sectionTitle,
  uploadName,
  writePath,
} from './schemas.ts';
import type {
  Book,
  BookFileResult,
  BookOpenResult,
  BookSummary,
  CommitmentSuggestion,
  DeskUndoResult,
  ParticipantSuggestion,
  RevertResult,
} from './types.ts';

export const bookMethods = {
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
};
