// Sentences and clauses of a record's text, as the date rules read them: where a sentence ends
// (not after "Mr." or a day's number), the clause around a date, and words inside quotation marks.

import { abbreviationBefore } from './abbreviations.ts';
import type { DateMention } from './forms.ts';

/** Inside quoted words: a relative day there ("Met him this afternoon", "오늘 회담") counts from when they were spoken, which the record does not give. */
export function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp): number => (before.match(re) ?? []).length;
  return count(/[“「『«]/g) > count(/[”」』»]/g) || count(/"/g) % 2 === 1;
}

export type Span = { start: number; end: number };

/** Vietnamese academic titles, abbreviated with a full stop: professor, associate professor, doctor, master, doctor of science. */
const VIETNAMESE_TITLE = /(?:^|[^\p{L}])(?:P?GS|TS|ThS|TSKH)$/u;

/**
 * Sentence spans; a full stop after an abbreviation ("Oct.", "Mr.", "U.S.") or a day's number ("am 17.
 * Dezember") does not end one, after a year ("… 17 December 2023. The two …") it does.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // Pasted text may lose the space after a full stop ("…Trung Quốc.Đoàn đại biểu…", "…밝혔다.이번 …"): a word's end, then a
  // capitalised word, or Korean's closing "다." then Hangul.
  const re = /[.!?](?=\s+[^\s\p{Ll}(])|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|(?<=다)\.(?=[\uac00-\ud7af])|[。]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // Thai ends sentences with a space, not a full stop: its full stops are abbreviations ("๑๐.๓๐ น.", "พ.ศ.").
    if (
      m[0] === '.' &&
      /(?:[\u0e00-\u0e7f]|\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\b[a-z](?:\.[a-z])+|\bNo|\bSt|\bvs|(?<!\d{3})\d)$/.test(before)
    )
      continue;
    // Vietnamese academic titles stand before a name ("GS.TS. Đỗ Hoài Nam", "PGS. TS. Nguyễn Văn Hạnh", "ThS. Võ Hoàng Hải").
    if (m[0] === '.' && VIETNAMESE_TITLE.test(before)) continue;
    // Any language's common abbreviations: "Assoc. Prof.", "tại TP. Biên Hòa", "z. B.", "dr. Budi", "MM. les maires".
    if (m[0] === '.' && abbreviationBefore(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The clause around a date; a clause that is only the date ("On 20 May,") runs on into the next. */
export function clauseOf(text: string, s: Span, m: DateMention): Span {
  const sent = text.slice(s.start, s.end);
  const at = m.index - s.start;
  const bounds = /[,;:()–—]|\s-{1,2}\s/g;
  let start = 0;
  let end = sent.length;
  for (let b = bounds.exec(sent); b; b = bounds.exec(sent)) {
    if (b.index < at) start = b.index + b[0].length;
    else if (b.index >= at + m.phrase.length) {
      end = b.index;
      break;
    }
  }
  const words = (
    sent
      .slice(start, end)
      .replace(m.phrase, ' ')
      .match(/\p{L}+/gu) ?? []
  ).length;
  if (words <= 2) {
    const next = sent.slice(end + 1).search(/[,;:()–—]/);
    end = next < 0 ? sent.length : end + 1 + next;
  }
  return { start: s.start + start, end: s.start + end };
}

/** A quotation closed within the sentence: “…”, «…», „…“, "…". */
const QUOTATION = /“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|"[^"]*"/gu;

/**
 * The sentence without the words it quotes: a speaker's "this will improve further" does not put the reporter's
 * "said after meeting X yesterday" in the future. Only quotations opened and closed within the sentence go.
 */
export const withoutQuotations = (sentence: string): string =>
  /[“«„"]/u.test(sentence) ? sentence.replace(QUOTATION, ' ') : sentence;
