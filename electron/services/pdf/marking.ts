// Classification markings: the order of levels, a page's highest marking, portion marks.
import type { Classification } from '../../api/types.ts';

export const LEVELS: readonly Classification[] = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'];

export function higher(a: Classification, b: Classification | null | undefined): Classification {
  if (!b) return a;
  return LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a;
}

/** "(C)" before a point that carries its own marking. */
export function portionMark(c: Classification): string {
  return `(${c[0]})`;
}
