// Text that no reader could take as one paragraph (a whole file on one line) is broken into
// paragraphs of at most MAX_PARAGRAPH_CHARS before it is parsed, at a sentence end where there is
// one: every later step (title, dates, participants) then works on bounded pieces, whatever the file.

import { fail } from '../../../shared/errors.ts';
import { MAX_PARAGRAPH_CHARS, MAX_RECORD_PARAGRAPHS, MAX_RECORD_TEXT_CHARS } from '../../../shared/limits.ts';

/** The same text when no line is longer than `max`; otherwise each long line split into paragraphs. */
export function splitLongLines(text: string, max = MAX_PARAGRAPH_CHARS): string {
  let start = 0;
  let longest = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > longest) longest = stop - start;
    if (end < 0) break;
    start = end + 1;
  }
  if (longest <= max) return text;
  return text
    .split('\n')
    .map((line) => (line.length <= max ? line : piecesOf(line, max).join('\n\n')))
    .join('\n');
}

/** A long line in pieces: each ends at the last sentence end before the limit, else the last space. */
function piecesOf(line: string, max: number): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (line.length - at > max) {
    const window = line.slice(at, at + max);
    const floor = Math.floor(max / 2);
    let cut = -1;
    // The last ". ", "! ", "? " or "。" in the second half of the window.
    for (const re of [/[.!?。！？]["'”’)\]]*\s/g]) {
      re.lastIndex = floor;
      for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
    }
    if (cut < 0) {
      const space = window.lastIndexOf(' ');
      cut = space > floor ? space + 1 : max;
    }
    pieces.push(line.slice(at, at + cut).trim());
    at += cut;
  }
  pieces.push(line.slice(at).trim());
  return pieces.filter(Boolean);
}

/** Refuses text with no letter or digit in it (a file of punctuation): there is nothing to read. */
export function requireReadableText(text: string, fileName: string): void {
  // An empty text gets its own message where it is stored.
  if (text.trim() !== '' && !/[\p{L}\p{N}]/u.test(text))
    fail('IMPORT_EMPTY', `${fileName} has no readable text (only punctuation, symbols or spaces): there is nothing to import.`);
}

/**
 * A record's text made safe to read: refused when longer than any record (in words the user can act
 * on), and with no line longer than a paragraph may be.
 */
export function boundRecordText(text: string, name: string): string {
  if (text.length > MAX_RECORD_TEXT_CHARS) {
    const millions = (text.length / 1e6).toFixed(1);
    fail(
      'IMPORT_TOO_LARGE',
      `${name} holds ${millions} million characters of text, more than Briefbook reads as one record (at most ${MAX_RECORD_TEXT_CHARS / 1e6} million, about 1,300 pages). Split it into the records it holds and import those.`,
    );
  }
  const bounded = splitLongLines(text);
  const paragraphs = blocksIn(bounded);
  if (paragraphs > MAX_RECORD_PARAGRAPHS) {
    fail(
      'IMPORT_TOO_LARGE',
      `${name} has ${paragraphs.toLocaleString('en')} paragraphs, more than Briefbook keeps in one record (at most ${MAX_RECORD_PARAGRAPHS.toLocaleString('en')}). Split it into the records it holds and import those.`,
    );
  }
  return bounded;
}

/** Blocks of text between blank lines: the fewest paragraphs the parser will find. */
function blocksIn(text: string): number {
  let blocks = 0;
  let inBlock = false;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    let blank = true;
    for (let i = start; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
        blank = false;
        break;
      }
    }
    if (!blank && !inBlock) blocks++;
    inBlock = !blank;
    if (end < 0) return blocks;
    start = end + 1;
  }
}

/** The paragraphs that begin a text, up to about `chars` characters (at least the first one). */
export function leadingParagraphs(paragraphs: readonly string[], chars: number): string[] {
  let n = 0;
  let total = 0;
  while (n < paragraphs.length && (n === 0 || total < chars)) total += (paragraphs[n++] as string).length + 1;
  return n === paragraphs.length ? [...paragraphs] : paragraphs.slice(0, n);
}
