// Paragraphs and their labels. A label is the record's own numbering, so a citation can say
// "para 3.1": "1." / "2)" / "(1)" top level; "o", "-", "•", "◦" bullets and unnumbered
// paragraphs become sub-points of the preceding number; "(a)" stays a letter under its number.
// A record with no numbering of its own gets 1, 2, 3 … in reading order.

import { joinLineStubs } from './line-stubs.ts';
import { cleanParagraph, endsSentence, opensLowercase } from './text.ts';

export type Marker =
  | { kind: 'number'; n: number; style: 'dot' | 'paren' }
  | { kind: 'explicit'; label: string }
  | { kind: 'letter'; letter: string }
  | { kind: 'bullet'; symbol: string }
  | { kind: 'none' };

export type RawParagraph = { marker: Marker; text: string };

const MARKERS: { re: RegExp; make: (m: RegExpExecArray) => Marker }[] = [
  { re: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/, make: (m) => ({ kind: 'explicit', label: m[1] ?? '' }) },
  { re: /^(\d{1,2})\.\s+(?=\S)/, make: (m) => ({ kind: 'number', n: Number(m[1]), style: 'dot' }) },
  { re: /^\(?(\d{1,2})\)\s+(?=\S)/, make: (m) => ({ kind: 'number', n: Number(m[1]), style: 'paren' }) },
  { re: /^\(([a-z])\)\s+(?=\S)|^([a-z])\)\s+(?=\S)/, make: (m) => ({ kind: 'letter', letter: m[1] ?? m[2] ?? '' }) },
  // "o" is the sub-point mark of Korean government releases (ㅇ, ○ in Korean text).
  { re: /^([o○ㅇ])\s+(?=\S)/, make: (m) => ({ kind: 'bullet', symbol: m[1] ?? '' }) },
  { re: /^([-–•◦·▪▫■□●‣*►▶✓˚])\s*(?=\S)/, make: (m) => ({ kind: 'bullet', symbol: m[1] ?? '' }) },
];

/** The marker a line starts with, and the line without it. */
export function readMarker(line: string): { marker: Marker; rest: string } {
  for (const { re, make } of MARKERS) {
    const m = re.exec(line);
    if (m) {
      // A "-" glued to a number is a minus sign or a range, not a bullet.
      if (/^[-–]\d/.test(line)) break;
      return { marker: make(m), rest: line.slice(m[0].length) };
    }
  }
  return { marker: { kind: 'none' }, rest: line };
}

/**
 * Paragraphs from lines. Blank lines always separate paragraphs. Inside a block, a line that
 * starts with a marker starts a paragraph; otherwise lines are joined only when the block is
 * hard-wrapped (mail at ~72 columns), where a paragraph ends at a short line or a full stop on
 * a line that did not reach the wrap width. Unwrapped blocks are one paragraph per line.
 */
export function splitParagraphs(lines: string[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  let block: string[] = [];
  const flush = (): void => {
    for (const p of splitBlock(block)) {
      const { marker, rest } = readMarker(p);
      const text = cleanParagraph(rest);
      if (text !== '') out.push({ marker, text });
    }
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(line.trim());
  }
  flush();
  return out;
}

/** The longest line a hard-wrapped text is wrapped at. */
const WRAP_LIMIT = 100;

function splitBlock(lines: string[]): string[] {
  // A paragraph's first word alone on its line goes back onto the line it opens (line-stubs.ts).
  const block = joinLineStubs(lines);
  if (block.length <= 1) return block;
  // A line or two far past the wrap (a lead pasted whole above mail-wrapped text) are paragraphs of
  // their own; the wrap width is the other lines'.
  const fitting = block.filter((l) => l.length <= WRAP_LIMIT);
  const overlong = block.length - fitting.length;
  const fittingWidth = Math.max(0, ...fitting.map((l) => l.length));
  // Mail wraps prose at 60 to 80 columns: short lines under a long one (a column of dates) are no wrap.
  const rewrapped = overlong > 0 && fitting.length >= 4 * overlong && fittingWidth >= 50;
  const width = rewrapped ? fittingWidth : Math.max(...block.map((l) => l.length));
  const inner = block.slice(0, -1).filter((l) => l.length <= width);
  const wrapped = width <= WRAP_LIMIT && inner.some((l) => !endsSentence(l) && l.length >= 0.6 * width);
  if (!wrapped) return block;
  const paras: string[] = [];
  let current = '';
  let prev = '';
  for (const line of block) {
    const startsNew =
      current === '' ||
      readMarker(line).marker.kind !== 'none' ||
      prev.length > width ||
      line.length > width ||
      // A short line is a paragraph's last, unless it stops mid-sentence and the line under it goes on in lowercase
      // (text copied with the page's own ragged line breaks: "Jonathan noted that bilateral" / "relations between …").
      (prev.length < 0.6 * width && (endsSentence(prev) || !opensLowercase(line))) ||
      (endsSentence(prev) && prev.length < 0.85 * width);
    if (startsNew && current !== '') {
      paras.push(current);
      current = '';
    }
    current = current === '' ? line : `${current} ${line}`;
    prev = line;
  }
  if (current !== '') paras.push(current);
  return paras;
}

/** Labels in reading order. */
export function labelParagraphs(raw: RawParagraph[]): { label: string; text: string }[] {
  const numbered = raw.some((p) => p.marker.kind === 'number' || p.marker.kind === 'explicit');
  if (!numbered) return raw.map((p, i) => ({ label: String(i + 1), text: p.text }));

  // The first numbering style the record uses ("1." or "1)") is its top level; the other is a level below.
  const first = raw.find((p) => p.marker.kind === 'number')?.marker;
  const topStyle = first?.kind === 'number' ? first.style : 'dot';
  let top: string | null = null;
  let sub = 0;
  let subLabel: string | null = null;
  let deep = 0;
  let bullets: string[] = [];

  const nextSub = (): string => {
    sub += 1;
    deep = 0;
    subLabel = `${top ?? '0'}.${sub}`;
    return subLabel;
  };

  return raw.map((p) => {
    const m = p.marker;
    let label: string;
    if (m.kind === 'number' && m.style === topStyle) {
      top = String(m.n);
      sub = 0;
      subLabel = null;
      bullets = [];
      label = top;
    } else if (m.kind === 'explicit') {
      label = m.label;
      const [head] = m.label.split('.');
      if (head !== top) {
        top = head ?? null;
        sub = 0;
      }
      subLabel = m.label;
      bullets = [];
    } else if (m.kind === 'number') {
      label = `${top ?? '0'}.${m.n}`;
      sub = m.n;
      subLabel = label;
      bullets = [];
    } else if (m.kind === 'letter') {
      label = top === null ? m.letter : `${top}(${m.letter})`;
    } else if (m.kind === 'bullet') {
      // A second bullet symbol under the first is a level deeper ("•" then "◦").
      const level = bullets.indexOf(m.symbol);
      if (level === -1 && bullets.length === 1 && subLabel !== null) bullets.push(m.symbol);
      else if (level === -1) bullets = [m.symbol];
      if (bullets.indexOf(m.symbol) === 1) {
        deep += 1;
        label = `${subLabel}.${deep}`;
      } else {
        label = nextSub();
      }
    } else {
      // Unnumbered text inside a numbered record continues the preceding point.
      bullets = [];
      label = nextSub();
    }
    return { label, text: p.text };
  });
}
