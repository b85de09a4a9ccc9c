// Classification markings, the one place their order lives: the contract's schema, the services,
// the PDF's banners and the renderer's pickers all read it. Shared layer: imports nothing.

/** Markings from lowest to highest. */
export const CLASSIFICATIONS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;

export type Classification = (typeof CLASSIFICATIONS)[number];

/** What a new book is marked when nobody chose. */
export const DEFAULT_CLASSIFICATION: Classification = 'RESTRICTED';

/** The more restrictive of two markings; a missing one changes nothing. */
export function higherMarking(a: Classification, b: Classification | null | undefined): Classification {
  if (!b) return a;
  return CLASSIFICATIONS.indexOf(b) > CLASSIFICATIONS.indexOf(a) ? b : a;
}

/** A book is marked at the highest level it or any of its points uses. */
export function highestMarking(base: Classification, points: Iterable<{ marking: Classification | null }>): Classification {
  let m = base;
  for (const p of points) m = higherMarking(m, p.marking);
  return m;
}

/** "(C)" before a point that carries its own marking. */
export function portionMark(c: Classification): string {
  return `(${c[0]})`;
}
