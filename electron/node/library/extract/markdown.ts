// Markdown → the plain text a reader sees: headings without their #, emphasis and links as their
// words, raw HTML tags dropped, lists and their numbering kept as written.

import { readFrontMatter } from '../parse/frontmatter.ts';
import type { DocumentHints } from './types.ts';

export function markdownToText(source: string): {
  text: string;
  hints: DocumentHints;
} {
  const hints: DocumentHints = {};
  let body = source.replace(/\r\n?/g, '\n');
  // YAML front matter (title:, date:, source:) and the heading that opens the text are
  // metadata, not part of the record: they come back as candidates with their reasons.
  const front = readFrontMatter(body.split('\n'));
  if (front.candidates.length > 0) {
    hints.candidates = front.candidates;
    hints.title = front.candidates.find((c) => c.field === 'title')?.value ?? null;
  }
  body = front.lines.join('\n');
  let inFence = false;
  const lines = body.split('\n').map((raw) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return '';
    }
    if (inFence) return raw;
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s{0,3}([-*_])(\s*\1){2,}\s*$/, '')
      .replace(/^\s{0,3}(=+|-+)\s*$/, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
      .replace(/`([^`]+)`/g, '$1');
    // "* item" and "+ item" are bullets like "- item".
    line = line.replace(/^(\s*)[*+]\s+/, '$1• ');
    return line;
  });
  // Link reference definitions ("[1]: http://…") are not text.
  const text = lines.filter((l) => !/^\s{0,3}\[[^\]]+\]:\s+\S+/.test(l)).join('\n');
  return { text, hints };
}
