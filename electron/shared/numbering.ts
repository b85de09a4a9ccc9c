import type { Section } from './types.ts';

/**
 * Section numbers follow the book's sections in order, whether or not a section has points yet,
 * so "point 3.2" means the same in the app, the PDF and a conversation: Talking points is always 3
 * in the standard template. The PDF leaves empty sections out but keeps the numbers.
 */
export function numberedSections<S extends Pick<Section, 'ordinal'>>(sections: readonly S[]): { section: S; number: number }[] {
  return [...sections].sort((a, b) => a.ordinal - b.ordinal).map((section, i) => ({ section, number: i + 1 }));
}

export function sectionNumber(
  book: { sections: readonly Pick<Section, 'id' | 'ordinal'>[] },
  section: Pick<Section, 'id'>,
): number {
  return numberedSections(book.sections).find((s) => s.section.id === section.id)?.number ?? 0;
}

/** "3.2": the second point of section 3. */
export function pointNumber(sectionNo: number, pointIndex: number): string {
  return `${sectionNo}.${pointIndex + 1}`;
}
