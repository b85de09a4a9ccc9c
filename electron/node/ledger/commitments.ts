// Commitments found in record paragraphs: what one side, or both, undertook to do.
// Pure extraction (no database): the book's "Previous commitments" suggestions use it today, and a
// persistent commitments ledger can be built on the same function later.
import type { CommitmentKind, Paragraph, Participant } from '../../shared/types.ts';

export type { CommitmentKind };

export type Commitment = {
  /** Who committed, as the record says it: "The two sides", "Minister Kang", "Viet Nam". */
  who: string;
  /** The commitment itself, one sentence from the record. */
  what: string;
  kind: CommitmentKind;
  recordId: string;
  paragraphId: string;
  /** The meeting's date, else the record's publication date (YYYY-MM-DD), else null. */
  date: string | null;
};

export type CommitmentSource = {
  id: string;
  meetingDate: string | null;
  publishedAt: string | null;
  participants?: Participant[];
  paragraphs: Pick<Paragraph, 'id' | 'text'>[];
};

/**
 * The phrases that make a sentence a commitment, strongest first. "will" only counts after a
 * subject ("the ROK will", "would" in reported speech), not in "goodwill" or "the will of".
 */
const PATTERNS: { kind: CommitmentKind; re: RegExp }[] = [
  { kind: 'agreed', re: /\b(?:agreed|concurred) (?:to|that|on)\b/i },
  { kind: 'decided', re: /\b(?:decided|resolved) to\b/i },
  { kind: 'proposed', re: /\bpropos(?:ed|es) (?:to|that|\w+ing)\b|\bproposed (?:the|a|an)\b/i },
  { kind: 'requested', re: /\b(?:asked|called) (?:for|on)\b|\brequested\b/i },
  { kind: 'suggested', re: /\bsuggested\b/i },
  {
    kind: 'will',
    re: /\b(we|they|it|he|she|the (?:two )?(?:sides?|countries|government|ministry)|korea|rok|viet ?nam|[A-Z][a-z]+) (?:will|would|pledged to|promised to|committed to|vowed to) (?!be\b(?: held)?$)\w+/i,
  },
];

/** The subject of a sentence: the words before the commitment phrase, without connectives. */
function whoOf(sentence: string, index: number): string {
  const head = sentence
    .slice(0, index)
    .replace(/^(?:o\s+)?(?:in particular|in addition|meanwhile|furthermore|moreover|also|lastly|finally|[^,]{0,60}),\s+/i, '')
    .replace(/\b(?:said|stressed|noted|added|affirmed|confirmed|expressed hope|hoped) that .*$/i, '')
    .replace(/\b(?:also|further|deeply|particularly|then)\s*$/i, '')
    .trim();
  const said = /^(.*?) (?:said|stressed|noted|added|affirmed|confirmed|announced) that (.*)$/i.exec(sentence.slice(0, index));
  if (said?.[2]) return tidyWho(said[2]);
  return tidyWho(head || 'The two sides');
}

function tidyWho(who: string): string {
  const w = who.replace(/[\s,]+$/, '').replace(/^o\s+/, '');
  if (/^(?:they|both sides|the two sides)$/i.test(w)) return 'The two sides';
  const short = w.split(' ').slice(-6).join(' ');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/)
    .filter(Boolean);
}

/** The commitments in one record, in reading order; at most one per sentence. */
export function extractCommitments(record: CommitmentSource): Commitment[] {
  const date = record.meetingDate ?? record.publishedAt ?? null;
  const found: Commitment[] = [];
  for (const paragraph of record.paragraphs) {
    for (const sentence of sentences(paragraph.text)) {
      const clean = sentence.replace(/^o\s+/, '');
      for (const { kind, re } of PATTERNS) {
        const m = re.exec(clean);
        if (!m) continue;
        found.push({
          who: whoOf(clean, m.index + (m[1]?.length ?? 0)),
          what: clean,
          kind,
          recordId: record.id,
          paragraphId: paragraph.id,
          date,
        });
        break;
      }
    }
  }
  return found;
}

/** Commitments across records, newest meeting first; records dated after `before` are left out. */
export function extractAllCommitments(records: readonly CommitmentSource[], before: string | null = null): Commitment[] {
  return records
    .filter((r) => !before || !(r.meetingDate ?? r.publishedAt) || (r.meetingDate ?? r.publishedAt ?? '') < before)
    .flatMap((r) => extractCommitments(r))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
