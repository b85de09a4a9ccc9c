import type { SectionKey } from '../../shared/types.ts';

/**
 * The standard sections of a briefing book, in the order governments converge on
 * (UK FCO guidance, US State Department templates). Cover, contents and the annex
 * of source records are made by the PDF renderer, not stored as sections.
 */
export const STANDARD_SECTIONS: readonly { key: SectionKey; title: string }[] = [
  { key: 'objectives', title: 'Objectives' },
  { key: 'key-messages', title: 'Key messages' },
  { key: 'talking-points', title: 'Talking points' },
  { key: 'if-raised', title: 'If raised' },
  { key: 'background', title: 'Background' },
  { key: 'commitments', title: 'Previous commitments' },
  { key: 'participants', title: 'Participants and biographies' },
  { key: 'programme', title: 'Programme and logistics' },
];

/** Where a paragraph lands when the user does not say. */
export const DEFAULT_SECTION: SectionKey = 'talking-points';
