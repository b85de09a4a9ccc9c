// The floors the corpus test holds each split to. Each is a little under the figures measured at
// the last change, so one record slipping does not fail and a rule that breaks several does;
// `invented` is the most dates given where the record supports none (the goal is none).
// Why each number is what it is (every stop's figures, each batch and rule that moved one):
// docs/corpus-floors.md. A stop that moves a floor adds its paragraph there.

import type { Field, Split } from '../../scripts/eval-import.ts';

export type Floors = Partial<Record<Field, number>> & {
  precision: number;
  recall: number;
  invented: number;
  /** The most records refused or taken for another (0 unless docs/corpus-floors.md says which and why). */
  notImported?: number;
};

export const FLOORS: Record<Split, Floors> = {
  tuning: {
    title: 0.94,
    publisher: 0.82,
    publishedAt: 0.96,
    meetingDate: 0.94,
    place: 0.69,
    language: 0.99,
    precision: 0.905,
    recall: 0.85,
    invented: 28,
  },

  blind: {
    title: 0.83,
    publishedAt: 0.915,
    meetingDate: 0.865,
    place: 0.62,
    language: 0.985,
    precision: 0.78,
    recall: 0.655,
    invented: 42,
    // One page of held-out set 25 is refused as only menus and headers; it was not read (docs/corpus-floors.md).
    notImported: 1,
  },
};
