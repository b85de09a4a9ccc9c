// A book's two sides: the country its principal speaks for ("we") and the counterpart's. From the
// book's Principal and Counterpart fields (a country named there, or the person as a participant of
// the cited record), else the desk's own country for the principal (settings, asked on first run).

import { normalizeCountry } from '../../shared/countries.ts';
import { fold } from '../../shared/fold.ts';
import type { Book, Participant } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { deskCountry } from '../library/settings.ts';
import { countryOfPersonNamed } from '../people/directory.ts';
import { personWords, type Side, sideOf } from './drafting.ts';

export type BookSides = { ours: Side | null; theirs: Side | null };

const countryOf = (p: Participant): string | null => (p.country ? (normalizeCountry(p.country) ?? p.country) : null);

/** The country of the participant a description names ("Minister Kang Kyung-wha" → Kang Kyung-wha's). */
function personCountry(description: string | null, participants: Participant[]): Side | null {
  const words = personWords(description);
  if (words.length === 0) return null;
  for (const p of participants) {
    const said = ` ${[p.name, ...p.aliases]
      .filter(Boolean)
      .map((n) => fold(n as string).replace(/[^\p{L}\p{N}-]+/gu, ' '))
      .join(' ')} `;
    if (words.some((w) => said.includes(` ${w} `)) && countryOf(p)) return countryOf(p);
  }
  return null;
}

/** The only country among the participants other than `side`, if there is exactly one. */
function otherThan(side: Side, participants: Participant[]): Side | null {
  const others = new Set(participants.map(countryOf).filter((c): c is string => Boolean(c) && c !== side));
  return others.size === 1 ? ([...others][0] as string) : null;
}

/** Whose voice the book speaks in, and whose words stay theirs; `participants` are the cited record's. */
export function bookSides(db: Db, book: Pick<Book, 'principal' | 'counterpart'>, participants: Participant[] = []): BookSides {
  // A person the people directory knows speaks for their country, whichever record is cited.
  let ours =
    sideOf(book.principal) ??
    personCountry(book.principal, participants) ??
    countryOfPersonNamed(db, book.principal) ??
    deskCountry(db);
  let theirs =
    sideOf(book.counterpart) ?? personCountry(book.counterpart, participants) ?? countryOfPersonNamed(db, book.counterpart);
  if (theirs === ours) theirs = null;
  ours ??= theirs ? otherThan(theirs, participants) : null;
  theirs ??= ours ? otherThan(ours, participants) : null;
  return { ours, theirs };
}
