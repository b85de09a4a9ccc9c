// A participant read from a title alone ("the UN Special Envoy", "the Turkish foreign minister")
// while the record names that very person: beside the title ("…for Libya, Ghassam Salame", "Okoyen,
// who is the Nigerian Ambassador") or elsewhere, as a named participant of the same country. The
// title alone is then a half-read person or the same person twice, never a second participant.

import { countryIn } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { onlyMentioned } from './assess.ts';
import { NOT_NAMES } from './names.ts';
import type { Person } from './types.ts';

/** After the title, its remit at most, a comma and a name of two capitalised words or a form of address and one ("Shri Muraleedharan"). */
const NAME_AFTER =
  /^[^.,;:!?()\n]{0,30},\s*(?:(Shri|Mr|Mrs|Ms|Dr|H\.E)\.?\s+)?(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,3})/u;

/** Before the title: "Okoyen, who is the Nigerian Ambassador". */
const NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,3}),\s*who\s+is\s+$/u;

/** A run of capitalised words that names a person: no country, no word that is never a name. */
function personName(words: string, addressed: boolean): string | null {
  const tokens = words.split(/\s+/u);
  if (tokens.length < (addressed ? 1 : 2)) return null;
  if (countryIn(words) !== null) return null;
  if (tokens.some((t) => NOT_NAMES.has(fold(t), t))) return null;
  return words;
}

/** The name the record writes right beside a title read alone, if any. */
export function nameBesideTitle(p: Person, text: string): string | null {
  for (const m of p.mentions) {
    // One country of a plural office's list: what follows its comma is the next country, not a name.
    if (m.officeList !== undefined) continue;
    const end = m.index + m.surface.length;
    const after = NAME_AFTER.exec(text.slice(end, end + 90));
    const fromAfter = after?.[2] ? personName(after[2], after[1] !== undefined) : null;
    if (fromAfter) return fromAfter;
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const fromBefore = before?.[1] ? personName(before[1], true) : null;
    if (fromBefore) return fromBefore;
  }
  return null;
}

/** A title read alone for a country whose participant the record names: the same person again ("the Turkish foreign minister" beside Hakan Fidan). */
export const namedForSameCountry = (p: Person, people: Person[], text: string): boolean =>
  p.country !== null && people.some((q) => q !== p && q.name !== null && q.country === p.country && !onlyMentioned(q, text));
