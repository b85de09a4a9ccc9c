// Metadata a text file carries above its text: YAML front matter ("---" … "---"), or a run of
// "key: value" lines whose keys are metadata names (title:, published_time:, source:, url:),
// and a Markdown "# Heading" opening the text. They are evidence, not body text: a metadata
// line is never the title and never a paragraph.

import { firstFullDate } from './dates.ts';
import { type Candidate, candidate } from './evidence.ts';
import { collapse } from './text.ts';
import { withoutEchoedTag } from './title-tags.ts';

export type FrontMatterResult = { lines: string[]; candidates: Candidate[] };

type Kind = 'title' | 'published' | 'updated' | 'publisher' | 'url' | 'other';

/** Metadata keys as scrapers and static-site generators write them, in a few languages. */
const KEYS: { re: RegExp; kind: Kind }[] = [
  { re: /^(?:title|headline|og:title|subject|tiêu đề|제목|judul)$/i, kind: 'title' },
  {
    re: /^(?:date|published|published[_ -]?(?:at|on|time|date)|pub[_ -]?date|publish[_ -]?date|date[_ -]?published|article:published_time|created|created[_ -]?at|issued|ngày(?: đăng)?|날짜|등록일|입력|tanggal)$/i,
    kind: 'published',
  },
  { re: /^(?:updated|updated[_ -]?(?:at|on|time)|modified|last[_ -]?modified|date[_ -]?modified|lastmod)$/i, kind: 'updated' },
  {
    re: /^(?:publisher|source|site|site[_ -]?name|og:site_name|outlet|agency|media|nguồn|출처|언론사|sumber)$/i,
    kind: 'publisher',
  },
  { re: /^(?:url|link|source[_ -]?url|canonical|permalink|original[_ -]?url)$/i, kind: 'url' },
  {
    re: /^(?:author|authors|byline|by|tags?|categor(?:y|ies)|lang(?:uage)?|description|summary|slug|id|layout|draft|keywords?)$/i,
    kind: 'other',
  },
];

const LEAD_DATE = /^\s*(?:date|published|posted|dated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s+(?=\S)/i;

const KEY_LINE = /^\s*([\p{L}][\p{L}:_ -]{0,30}?)\s*[:=]\s*(.*)$/u;

const unquote = (s: string): string => collapse(s.replace(/^\s*["'](.*)["']\s*$/, '$1'));

function kindOf(key: string): Kind | null {
  return KEYS.find((k) => k.re.test(key.trim()))?.kind ?? null;
}

/** A date in a metadata value: ISO first ("2022-05-14T09:00:00+07:00"), then whatever dates.ts reads. */
function dateOf(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return firstFullDate(value);
}

/** "https://www.example-news.com/a/b" → null: a web address is where the text was found, not who published it. */
const notAddress = (s: string): string | null => (/^(?:https?:\/\/|www\.)/i.test(s) ? null : s);

function candidatesOf(entries: { key: string; value: string }[], where: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { key, value } of entries) {
    const v = unquote(value);
    if (v === '') continue;
    switch (kindOf(key)) {
      case 'title':
        out.push(...candidate('title', withoutEchoedTag(v), 'metadata', 0.8, `from the ${where}'s "${key}" line`));
        break;
      case 'published':
        out.push(...candidate('publishedAt', dateOf(v), 'metadata', 0.85, `from the ${where}'s "${key}" line`));
        break;
      case 'updated':
        // When the copy was last changed, not when it was published: weak, and only if nothing better.
        out.push(...candidate('publishedAt', dateOf(v), 'metadata', 0.35, `from the ${where}'s "${key}" line (an update date)`));
        break;
      case 'publisher':
        out.push(...candidate('publisher', notAddress(v), 'metadata', 0.8, `from the ${where}'s "${key}" line`));
        break;
      default:
        break;
    }
  }
  return out;
}

function entriesOf(lines: string[]): { key: string; value: string }[] | null {
  const out: { key: string; value: string }[] = [];
  for (const l of lines) {
    // A long value folded onto indented lines ("title: Le ministre … il a" / "  rencontré son homologue …") goes on.
    const last = out.at(-1);
    if (/^\s{2,}[^\s#-]/.test(l) && last && last.value.trim() !== '' && !/^[|>][-+]?$/.test(last.value.trim())) {
      last.value = `${last.value.trimEnd()} ${l.trim()}`;
      continue;
    }
    if (l.trim() === '' || /^\s*[-#]/.test(l) || /^\s{2,}\S/.test(l)) continue; // list items, comments, nested values
    const m = KEY_LINE.exec(l);
    if (!m?.[1]) return null;
    out.push({ key: m[1].trim(), value: m[2] ?? '' });
  }
  return out;
}

/**
 * Removes front matter and a leading Markdown heading; returns them as candidates. A block of
 * "key: value" lines without "---" counts only when it starts the file, every line is one, and
 * at least two keys are metadata names, so "Date: …" in a mail or "Title: …" in prose stays.
 */
export function readFrontMatter(input: string[]): FrontMatterResult {
  let lines = input;
  const candidates: Candidate[] = [];
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first !== -1 && /^---\s*$/.test(lines[first] ?? '')) {
    const close = lines.findIndex((l, i) => i > first && /^(?:---|\.\.\.)\s*$/.test(l));
    const entries = close > first ? entriesOf(lines.slice(first + 1, close)) : null;
    if (entries && entries.length > 0) {
      candidates.push(...candidatesOf(entries, 'file header'));
      lines = lines.slice(close + 1);
    }
  } else if (first !== -1) {
    let end = first;
    while (end < lines.length && lines[end]?.trim() !== '') end++;
    const block = lines.slice(first, end);
    const entries = entriesOf(block);
    const named = entries?.filter((e) => kindOf(e.key) !== null && kindOf(e.key) !== 'other').length ?? 0;
    // Mail headers (From:/To:/Subject:) are read by chrome.ts.
    const mail = block.some((l) => /^\s*(?:from|to|cc|sent)\s*:/i.test(l));
    if (entries && named >= 2 && !mail && entries.every((e) => kindOf(e.key) !== null)) {
      candidates.push(...candidatesOf(entries, 'file header'));
      lines = lines.slice(end);
    }
  }
  // "date 2022-05-14 Headline…": a scraper's metadata prefix glued to the first line.
  const at = lines.findIndex((l) => l.trim() !== '');
  const lead = at === -1 ? null : LEAD_DATE.exec(lines[at] ?? '');
  if (lead?.[1]) {
    candidates.push(
      ...candidate('publishedAt', firstFullDate(lead[1]), 'metadata', 0.85, `from the "${lead[0].trim()}" line opening the file`),
    );
    lines = [...lines];
    lines[at] = (lines[at] ?? '').slice(lead[0].length);
  }
  // A Markdown heading opening the text ("# Title") is the record's headline.
  const top = lines.findIndex((l) => l.trim() !== '');
  const heading = top === -1 ? null : /^\s{0,3}#{1,3}\s+(.*?)\s*#*\s*$/.exec(lines[top] ?? '');
  if (heading?.[1]) {
    lines = [...lines];
    lines[top] = heading[1];
    candidates.push(...candidate('title', heading[1], 'heading', 0.75, 'the heading that opens the text'));
  }
  // Later "## Section" headings keep their words, not their hashes.
  lines = lines.map((l) => l.replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1'));
  return { lines, candidates };
}
