// Whether a person the rules read was in the room (not only mentioned: an owner, a greeting, a
// quote, someone still to be met, the spokesperson who told it), how sure the reading is and why,
// and the other forms the record names them by.

import { fold } from '../text.ts';
import { SPOKESPERSON, sentenceBefore } from './context.ts';
import { nameTokens } from './names.ts';
import { OTHER_SIDE_WHY } from './sides.ts';
import type { Person } from './types.ts';

/** The paragraph a position is in, counting from 1. */
const paragraphAt = (starts: number[], at: number): number => starts.filter((s) => s <= at).length;

/** A spokesperson by role, or described so right after the name: "Ahmed Zaki, porte-parole du ministère". */
function spokesperson(p: Person, text: string): boolean {
  if (p.role !== null && SPOKESPERSON.test(p.role)) return true;
  return p.mentions.some((m) => {
    const at = m.index + m.surface.length;
    const described = /^\s*[,،]\s*([^,،;.\n]{0,50})/u.exec(text.slice(at, at + 60))?.[1] ?? '';
    return SPOKESPERSON.test(described.split(/\s+/u).slice(0, 4).join(' '));
  });
}

/** "during Minister Lekhi's visit to Norway": the owner of the visit or the talks reported is the one who made it. */
const OWN_VISIT =
  /^(?:['’]s?|'s) (?:(?:official|state|working|first|two-day|three-day|four-day|three-nation|two-nation|recent|ongoing) )*(?:visit|trip|tour|talks|meeting)s? (?:to|in|with)\b/u;

/** "during Minister X's visit": the visit the record reports, not one discussed ("discussed President Park's trip") or earlier. */
const DURING = /\b(?:during|throughout|in the course of)\s+$/iu;

/** Mentioned, not present: every mention is an owner, a greeting, a thanks, a quote; or only ever someone to be met later. */
export function onlyMentioned(p: Person, text: string): string | null {
  const real = p.mentions.filter(
    (m) =>
      !m.passing &&
      (!m.possessive ||
        (OWN_VISIT.test(text.slice(m.index + m.surface.length, m.index + m.surface.length + 60)) &&
          DURING.test(sentenceBefore(text, m.index)))),
  );
  if (real.length === 0) {
    const m = p.mentions[0];
    return m?.possessive && !m.passing
      ? 'named only as the owner of something'
      : 'only mentioned (greeted, thanked, quoted or recalled)';
  }
  // Wherever first named, the lead included: "…에 이어 5일 문재인 대통령과 만날 예정이다".
  if (real.every((m) => m.future)) return 'only named as someone to be met later';
  if (spokesperson(p, text) && !p.mentions.some((m) => m.attending)) return 'the spokesperson who reported it';
  return null;
}

export function assess(p: Person, starts: number[], text: string): { confidence: number; why: string } {
  const lead = p.mentions.find((m) => m.kind === 'named' && !m.passing) ?? p.mentions[0];
  const para = paragraphAt(starts, p.first);
  const parts: string[] = [];
  let confidence: number;
  if (p.name !== null && lead?.directory && p.mentions.every((m) => m.directory)) {
    confidence = 0.6;
    parts.push('known from the people directory');
  } else if (p.name !== null) {
    confidence = p.role ? 0.9 : 0.75;
    parts.push(`${lead?.how ?? 'named'} in paragraph ${para}`);
  } else if (p.role !== null) {
    confidence = 0.75;
    parts.push(`${lead?.how ?? 'named only by title'} in paragraph ${para}`);
  } else {
    confidence = 0.55;
    parts.push(`only called "${lead?.surface ?? ''}"`);
  }
  if (p.name !== null && p.tokens.length === 1 && !/\p{Script=Hangul}|\p{Script=Han}|\p{Script=Katakana}/u.test(p.name)) {
    confidence -= 0.25;
    parts.push('only a short name is given');
  }
  const named = p.name === null ? 1 : text.split(p.name.split(' ').at(-1) ?? p.name).length - 1;
  if (para > 2 && p.mentions.length === 1 && named <= 1) {
    confidence = Math.min(confidence, 0.55);
    parts.push('named once, late in the record');
  }
  if (p.country === null) {
    confidence -= 0.1;
    parts.push('the record does not say which country');
  } else if (p.countryFrom) {
    parts.push(`country from ${p.countryFrom}`);
    // Inferred, not said: worth a look.
    if (p.countryFrom === OTHER_SIDE_WHY) confidence = Math.min(confidence, 0.6);
  }
  return { confidence: Math.max(0.1, Math.round(confidence * 100) / 100), why: parts.join('; ') };
}

/**
 * The short and role-only forms the record uses for the person ("Minister Kang", "FM Son",
 * "the host"), and the name in another script; the full name itself is not an alias.
 */
export function aliasesOf(p: Person): string[] {
  const out: string[] = [];
  const push = (s: string): void => {
    if (s !== p.name && !out.includes(s)) out.push(s);
  };
  for (const m of p.mentions) {
    const short = m.name === null || nameTokens(m.name).length < Math.max(2, p.tokens.length);
    if (short) push(m.surface.replace(/^The /, 'the '));
    if (m.alias) push(m.alias);
    if (m.name && p.name && !nameTokens(m.name).every((t) => p.tokens.includes(t)) && fold(m.name) !== fold(p.name)) push(m.name);
  }
  return out;
}
