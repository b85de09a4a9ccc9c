// Every size limit of what Briefbook reads, in one place: the services check them before a byte is
// read, the API contract and the browser host's body limit derive from them, and the interface
// refuses the same files before it sends them. Shared layer: imports nothing.

const MB = 1024 * 1024;

/** A record file (.txt, .md, .html, .pdf, .docx): larger ones are refused before they are read. */
export const MAX_IMPORT_BYTES = 25 * MB;
/** A shared book (.briefbook): the book and the records it cites. */
export const MAX_BOOK_FILE_BYTES = 50 * MB;

/** A Word file's parts, unpacked: no document holding a meeting record comes near it. */
export const MAX_ZIP_UNPACKED_BYTES = 200 * MB;
/** Entries in one archive (a Word file has a few dozen). */
export const MAX_ZIP_ENTRIES = 20_000;
/** Real Word XML compresses up to ~20:1; a part that claims a thousand to one is crafted. */
export const MAX_ZIP_ENTRY_RATIO = 1000;
/** Over this unpacked size, the whole archive may compress at most this well. */
export const MAX_ZIP_RATIO = 200;
export const ZIP_RATIO_CHECKED_FROM_BYTES = 10 * MB;

/**
 * A web page's elements and nesting. Real pages have a few thousand elements nested 10–60 deep;
 * deeper levels are flattened (their text kept) so no parser step grows with the square of the depth.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 300_000;
/** Readability (the article finder) runs only on pages within these; others use the cleaned body. */
export const MAX_READABLE_DEPTH = 128;
export const MAX_READABLE_ELEMENTS = 30_000;

/** One record: a .briefbook holds at most this, and an import that would exceed it is refused. */
export const MAX_RECORD_PARAGRAPHS = 20_000;
/**
 * One record's text, once extracted: about 1,300 pages, far beyond any meeting record, and what the
 * import reads within its bound of time and memory (bench/import.ts --largest).
 */
export const MAX_RECORD_TEXT_CHARS = 4_000_000;
/** Who met is said near the top: participants are read from about this much of the start of a record. */
export const PARTICIPANT_TEXT_CHARS = 100_000;
/** Longer paragraphs (a whole file on one line) are split at sentence ends before they are read. */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** Characters of base64 that carry `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** The largest file any API call carries (base64 in JSON), plus room for the call's other fields. */
export const MAX_REQUEST_BODY_BYTES = base64Length(Math.max(MAX_IMPORT_BYTES, MAX_BOOK_FILE_BYTES)) + MB;

/** "25 MB": a limit in the words of a message. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
