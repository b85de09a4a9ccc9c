// A paragraph's first word or words left alone on a line: pages copied from the web (a drop cap, a
// styled first word) or from a PDF often break the opening sentence of each paragraph after its
// first word ("Salah" / "satunya adalah Dubes …", "Le" / "comité de jumelage …", "Chủ" / "tịch Quốc
// hội …", "After having given" / "his cordial welcome …"). Read apart, the stub becomes a headline or
// a paragraph of its own and the sentence loses its subject. The stub goes back onto its line.

import { endsSentence, opensLowercase } from './text.ts';

/** One to three words of letters, the first capitalised: the opening of a sentence in a cased script. */
const STUB = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,2}$/u;

/** Words a line of prose runs to at least, so a short menu or a date line under a word is not read as its end. */
const PROSE_WORDS = 6;

const words = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

/**
 * The lines with each stub joined to the line it opens. A stub stands where a paragraph starts (the
 * text's first line, after a blank line or after a finished sentence); the line under it starts in
 * lowercase and is prose. A headline or menu of one to three words never has a lowercase sentence
 * run on below it, and blank lines, markers and numbers (which do not start in lowercase) stay apart.
 */
export function joinLineStubs(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    const prev = out.length === 0 ? '' : (out[out.length - 1] ?? '').trim();
    const stub = line.trim();
    if (
      next !== undefined &&
      STUB.test(stub) &&
      (prev === '' || endsSentence(prev)) &&
      opensLowercase(next) &&
      words(next) >= PROSE_WORDS
    ) {
      out.push(`${stub} ${next.trim()}`);
      i += 1;
      continue;
    }
    out.push(line);
  }
  return out;
}
