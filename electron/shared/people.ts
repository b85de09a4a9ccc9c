// One rule for who is who across records, and the shape of the people directory the record
// parser reads: shared, so the parser, the people directory and search key a person the same way.
import { fold } from './fold.ts';

/**
 * One person across records: the name folded (no diacritics, đ → d, lower case), honorifics and
 * punctuation dropped, so "Phạm Bình Minh", "Pham Binh Minh" and "H.E. Mr. Pham Binh Minh" match.
 */
export function participantKey(name: string | null): string | null {
  if (name === null) return null;
  const key = fold(name)
    .replace(/\b(?:h\.e\.|mr|ms|mrs|dr)\.?(?=\s|$)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

/** A known person: the people directory's answer for a name it recognises. */
export type KnownPerson = { name: string; role: string | null; country: string | null };

/**
 * Known people with their name in every script. Optional: the parser stays pure and gives the
 * same answer for the same text and directory.
 */
export type PeopleDirectory = {
  lookup(name: string): KnownPerson | null;
};
