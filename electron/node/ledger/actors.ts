// Who made a commitment, and what exactly they committed to, from the sentence the commitment
// extractor found: "Minister Kang and Deputy Prime Minister Minh deeply agreed on …" is both
// sides; "Deputy Prime Minister Minh reaffirmed …, and suggested …" is Minh; "the ROK would …"
// in Minister Kang's words is Kang, for the Republic of Korea.

import { COUNTRY_SOURCE, normalizeCountry } from '../../shared/countries.ts';
import type { Participant } from '../../shared/types.ts';
import { mentions } from '../library/sides.ts';
import type { CommitmentKind } from './commitments.ts';

export type Actor = { who: string; whoCountry: string | null };
export const BOTH_SIDES = 'Both sides';

const TRIGGERS: Record<CommitmentKind, RegExp> = {
  agreed: /(?<!\b(?:been|was|were|had)\s)\b(?:deeply\s+|also\s+|further\s+)?(?:agreed|concurred)\b(?!\s+to\s+by\b)/i,
  decided: /\b(?:decided|resolved)\b/i,
  proposed: /\bpropos(?:ed|es)\b/i,
  requested: /\b(?:asked|called|requested)\b/i,
  suggested: /\bsuggest(?:ed|s)\b/i,
  will: /\b(?:will|would|pledged|promised|committed|vowed)\b(?!\s+be\s+held)/i,
};

const JOINT =
  /\b(?:the two sides|both sides|they|the two countries|both countries|the two ministers|the two leaders|the leaders|the two foreign ministers)\b/gi;
const PRONOUN = /\b(?:he|she|his country|her country|his government|her government)\b/gi;
const COUNTRY = new RegExp(`(?<![\\p{L}])(?:${COUNTRY_SOURCE})(?![\\p{L}’'-])(?!\\s+government[’']s)`, 'gu');

type Ref = { index: number; kind: 'person' | 'joint' | 'pronoun' | 'country'; participant?: Participant; country?: string };

function refsIn(text: string, participants: Participant[]): Ref[] {
  const refs: Ref[] = mentions(text, participants).map((m) => ({ index: m.index, kind: 'person', participant: m.participant }));
  const taken = (i: number) => refs.some((r) => r.kind === 'person' && Math.abs(r.index - i) < 3);
  for (const m of text.matchAll(JOINT)) refs.push({ index: m.index, kind: 'joint' });
  for (const m of text.matchAll(PRONOUN)) refs.push({ index: m.index, kind: 'pronoun' });
  for (const m of text.matchAll(COUNTRY)) {
    const c = normalizeCountry(m[0]);
    if (c && !taken(m.index)) refs.push({ index: m.index, kind: 'country', country: c });
  }
  return refs.sort((a, b) => a.index - b.index);
}

const display = (p: Participant): string => p.name ?? p.role ?? 'A participant';

function actorOf(ref: Ref, participants: Participant[], previous: Actor | null): Actor | null {
  if (ref.kind === 'joint') return { who: BOTH_SIDES, whoCountry: null };
  if (ref.kind === 'person' && ref.participant) {
    return {
      who: display(ref.participant),
      whoCountry: normalizeCountry(ref.participant.country ?? '') ?? ref.participant.country,
    };
  }
  if (ref.kind === 'pronoun') return previous;
  if (ref.kind === 'country' && ref.country) {
    // "the ROK would …" said by the only Korean participant is that participant's commitment.
    const speakers = participants.filter((p) => normalizeCountry(p.country ?? '') === ref.country);
    const only = speakers.length === 1 ? speakers[0] : undefined;
    return only ? { who: display(only), whoCountry: ref.country } : { who: ref.country, whoCountry: ref.country };
  }
  return null;
}

/**
 * The actor and the commitment's own words ("agreed to conclude the social security agreement").
 * `previous` is the actor of the paragraph's last sentence, for "She stressed that …".
 */
export function resolveCommitment(
  sentence: string,
  kind: CommitmentKind,
  participants: Participant[],
  previous: Actor | null,
): { actor: Actor | null; what: string } {
  const clean = sentence.replace(/^o\s+/, '').trim();
  const m = TRIGGERS[kind].exec(clean);
  if (!m) return { actor: previous, what: clean };
  const at = m.index + (m[0].match(/^(?:deeply|also|further)\s+/i)?.[0].length ?? 0);
  const what = clean
    .slice(at)
    .replace(/^would\b/i, 'will')
    .replace(/[.;\s]+$/, '');
  const pre = clean.slice(0, at);
  const refs = refsIn(pre, participants);
  const resolveFrom = (list: Ref[], pick: 'first' | 'last'): Actor | null => {
    const ordered = pick === 'first' ? list : [...list].reverse();
    for (const r of ordered) {
      const a = actorOf(r, participants, previous);
      if (a) return a;
    }
    return null;
  };
  // "X reaffirmed …, and suggested": the coordinated verb shares the sentence's subject.
  if (/\band\s+(?:\w+ly\s+|also\s+)*$/i.test(pre)) return { actor: resolveFrom(refs, 'first') ?? previous, what };
  const boundary = Math.max(pre.lastIndexOf(', '), pre.lastIndexOf('; '), ...[...pre.matchAll(/\bthat\s/gi)].map((x) => x.index));
  const window = refs.filter((r) => r.index >= boundary);
  const people = new Set(window.filter((r) => r.kind === 'person').map((r) => r.participant));
  if (people.size >= 2 || window.some((r) => r.kind === 'joint')) return { actor: { who: BOTH_SIDES, whoCountry: null }, what };
  // "Minh said that his country would …": the speaker before "that".
  if (window.length === 1 && window[0]?.kind === 'pronoun') {
    const speaker = resolveFrom(
      refs.filter((r) => r.index < boundary && r.kind === 'person'),
      'last',
    );
    if (speaker) return { actor: speaker, what };
  }
  return { actor: resolveFrom(window, 'last') ?? resolveFrom(refs, 'first') ?? previous, what };
}
