// The vocabulary of drafting.ts: verbs a principal uses in the present, outcomes kept in the past,
// and gerunds turned back into infinitives.

/** Past-tense verbs a principal uses directly, and their present form in a talking point. */
export const PRESENT: Record<string, string> = {
  welcomed: 'welcome',
  praised: 'commend',
  appreciated: 'appreciate',
  hoped: 'hope',
  wished: 'wish',
  supported: 'support',
  reaffirmed: 'reaffirm',
  affirmed: 'affirm',
  expressed: 'express',
  proposed: 'propose',
  suggested: 'suggest',
  requested: 'request',
  asked: 'ask',
  called: 'call',
  urged: 'urge',
  pledged: 'pledge',
  promised: 'promise',
  vowed: 'commit',
  looked: 'look',
  encouraged: 'encourage',
  invited: 'invite',
  thanked: 'thank',
  congratulated: 'congratulate',
  reiterated: 'reiterate',
  emphasized: 'emphasise',
  emphasised: 'emphasise',
  stressed: 'stress',
  underlined: 'underline',
  highlighted: 'highlight',
  mentioned: 'mention',
  confirmed: 'confirm',
  announced: 'announce',
  explained: 'explain',
  noted: 'note',
  recognized: 'recognise',
  recognised: 'recognise',
  acknowledged: 'acknowledge',
  valued: 'value',
  shared: 'share',
};

/** What "we" keeps in the past: outcomes of the meeting being recalled. */
export const KEEP_PAST = new Set([
  'agreed',
  'decided',
  'discussed',
  'exchanged',
  'reviewed',
  'had',
  'held',
  'signed',
  'adopted',
  'concluded',
  'reached',
]);

/** Gerunds whose infinitive needs its final "e" back (the rules below cannot tell). */
const GERUND_E = /(?:at|ut|ot|iz|is|ov|iv|av|uc|ac|rg|dg|rv|ur|ag|ak|ar|id|ys|ng(?=e)|ud|ir|as|os)$/;
const GERUND_NO_E = new Set([
  'visit',
  'develop',
  'open',
  'happen',
  'strengthen',
  'widen',
  'deepen',
  'broaden',
  'listen',
  'offer',
  'consider',
  'deliver',
  'gather',
  'foster',
  'bolster',
  'render',
  'enter',
  'avoid',
  'expand',
  'extend',
  'ensur',
]);

/** "stepping" → "step", "working" → "work", "making" → "make", "promoting" → "promote". */
export function infinitive(gerund: string): string {
  const stem = gerund.replace(/ing$/i, '');
  if (stem === gerund) return gerund;
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (stem === 'ensur') return 'ensure';
  if (GERUND_NO_E.has(stem.toLowerCase())) return stem;
  if (/[aeiou][aeiou][a-z]$/.test(stem) || /(?:ck|ll|ss|sh|ch|wn|rn|nd|nt|st|rk|lk|pt|ct|ft|lp|mp|rm|lt|x|w|y)$/.test(stem))
    return stem;
  if (GERUND_E.test(stem) || /[^aeiou][aeiou][ckmpt]$/.test(stem)) return `${stem}e`;
  return stem;
}
