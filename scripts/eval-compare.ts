// How the import evaluation compares what Briefbook read with what the careful reader wrote down:
// text ignoring case and quotes, one value naming the other, one country however written, one
// person however much of the name is given.

import { participantKey } from '../electron/node/library/parse/participants.ts';
import { normalizeCountry } from '../electron/shared/countries.ts';
import type { Participant } from '../electron/shared/types.ts';

export type ExpectedPerson = { name: string | null; role: string | null; country: string | null };

/** Lower case, no diacritics, straight quotes, letters and digits separated by single spaces. */
export const norm = (s: string | null): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Same text, ignoring case, quotes and spacing. */
export const sameText = (a: string | null, b: string | null): boolean => norm(a) === norm(b);

/** One names the other ("Viet Nam" / "guest house … of Viet Nam"; "Yonhap News Agency" / "Yonhap News Agency (Yonhap)"). */
export function overlaps(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const e = norm(expected);
  const g = norm(got);
  return e !== '' && g !== '' && (` ${g} `.includes(` ${e} `) || ` ${e} `.includes(` ${g} `));
}

/** One country however written ("Brunei" / "Brunei Darussalam"): the app's own country table decides. */
export const sameCountry = (a: string | null, b: string | null): boolean =>
  a === b || (a !== null && b !== null && (normalizeCountry(a) ?? a) === (normalizeCountry(b) ?? b));

/**
 * Same person: every word of the shorter name is in the longer one ("Antony J. Blinken" / "Antony Blinken").
 * Two people named by office alone are the same when their country agrees (offices are written in many
 * words for one post, "envoy" / "ambassador"; the role agreement is reported on its own); they pair one to
 * one (pairPeople).
 */
export function samePerson(e: ExpectedPerson, p: Participant): boolean {
  if (e.name === null || p.name === null) return e.name === null && p.name === null && sameCountry(e.country, p.country);
  const a = (participantKey(e.name) ?? '').split(' ');
  const b = (participantKey(p.name) ?? '').split(' ');
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/**
 * Who read matches whom. A named person matches as many readings of the name as there are (a name given
 * twice is one person); people named by office alone pair one to one, so one "ambassador of Peru" found
 * does not stand for three expected.
 */
export function pairPeople(
  expected: ExpectedPerson[],
  found: Participant[],
): { hit: (Participant | undefined)[]; matched: boolean[] } {
  const taken = new Set<number>();
  const hit = expected.map((e) => {
    const k = found.findIndex((p, i) => (e.name !== null || !taken.has(i)) && samePerson(e, p));
    if (k >= 0 && e.name === null) taken.add(k);
    return k >= 0 ? found[k] : undefined;
  });
  const matched = found.map((p, i) =>
    p.name === null ? taken.has(i) : expected.some((e) => e.name !== null && samePerson(e, p)),
  );
  return { hit, matched };
}
