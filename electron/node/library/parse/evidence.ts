// One resolver for every field: candidates from every source are grouped by value (the same
// date from the page's metadata and from its byline agree), agreeing evidence adds up,
// disagreeing evidence lowers confidence, and the evidence is kept so the Reader can say why.

import {
  CHECK_BELOW,
  type EvidenceField,
  type EvidenceSource,
  type FieldCandidate,
  type FieldEvidence,
} from '../../../shared/types/evidence.ts';
import { fold } from './text.ts';

/** A candidate as the rules produce it: which field it is for, and its evidence. */
export type Candidate = FieldCandidate & {
  field: EvidenceField;
  /** A publication date read from a timestamp written in UTC ("…T05:46:58+00:00"): its hour, since the newsroom's day may differ. */
  utcHour?: number;
};

export const candidate = (
  field: EvidenceField,
  value: string | null | undefined,
  source: EvidenceSource,
  confidence: number,
  why: string,
): Candidate[] => {
  const v = value?.trim();
  return v ? [{ field, value: v, source, confidence: Math.max(0, Math.min(1, confidence)), why }] : [];
};

/** Two candidates name the same value when they differ only in case, accents, quotes and spacing. */
const sameKey = (field: EvidenceField, value: string): string =>
  field === 'publishedAt' || field === 'meetingDate'
    ? value
    : fold(value)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();

/** Below this a date is left empty and offered as a possibility. */
export const DATE_GUESS = 0.5;

const NONE: Record<EvidenceField, string> = {
  title: 'the record has no headline of its own',
  publisher: 'the record does not say who published it',
  publishedAt: 'the record does not state when it was published',
  meetingDate: 'the record does not let the meeting date be known',
  place: 'the record does not say where the meeting took place',
  language: 'the language could not be told',
};

/**
 * The value the evidence supports best. Agreeing candidates combine as independent evidence
 * (1 − Π(1 − c)); a different value with real support takes confidence away from the winner.
 */
export function resolveField(field: EvidenceField, candidates: Candidate[]): FieldEvidence {
  const own = candidates.filter((c) => c.field === field);
  const sorted = [...own].sort((a, b) => b.confidence - a.confidence);
  const listed: FieldCandidate[] = sorted.map(({ value, source, confidence, why }) => ({ value, source, confidence, why }));
  if (sorted.length === 0) return { value: null, confidence: 0, check: false, why: NONE[field], candidates: [] };

  const groups = new Map<string, { best: Candidate; miss: number; derived: boolean }>();
  for (const c of sorted) {
    const key = sameKey(field, c.value);
    const g = groups.get(key);
    if (g) g.miss *= 1 - c.confidence;
    else groups.set(key, { best: c, miss: 1 - c.confidence, derived: c.source === 'derived' });
  }
  const ranked = [...groups.values()]
    .map((g) => ({ ...g, support: 1 - g.miss }))
    .sort((a, b) => b.support - a.support || b.best.confidence - a.best.confidence);
  const [first, second] = ranked as [(typeof ranked)[number], (typeof ranked)[number] | undefined];
  let confidence = first.support;
  let why = first.best.why;
  if (second && second.support >= 0.5) {
    confidence *= 1 - second.support / 2;
    why = `${why}; but ${second.best.why} says ${second.best.value}`;
  }
  confidence = Math.round(confidence * 100) / 100;
  // A date the evidence barely supports is a guess: the field stays empty (never an invented
  // date), marked Check, and the guess stays among the candidates for a person to confirm.
  if ((field === 'publishedAt' || field === 'meetingDate') && confidence < DATE_GUESS) {
    return {
      value: null,
      confidence,
      check: true,
      why: `not stated for certain; possibly ${first.best.value}: ${why}`,
      candidates: listed,
    };
  }
  return {
    value: first.best.value,
    confidence,
    check: first.derived || confidence < CHECK_BELOW,
    why,
    candidates: listed,
  };
}
