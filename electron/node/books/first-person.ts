// Rules 5 to 7 of drafting.ts, inside a clause: the principal's side named in any of its forms
// becomes the first person ("the ROK would" → "we would", "the ROK's" → "our", "with the ROK" →
// "with us"), verbs agree with "we", and "continue stepping up" becomes "continue to step up".

import { countryAdjectives, countryForms } from '../library/parse/country-names.ts';
import { infinitive } from './drafting-words.ts';

/** A side is a country, by its one name ("Republic of Korea"), as in drafting.ts. */
type Side = string;

/** Third-person verbs that follow "we" after a rewrite: "we looks" → "we look". */
export function agree(text: string): string {
  return text
    .replace(/\b([Ww]e) (also |still |further |now |therefore )?(is|was)\b/g, (_m, we: string, adv = '') => `${we} ${adv}are`)
    .replace(/\b([Ww]e) (also |still |further |now |therefore )?has\b/g, (_m, we: string, adv = '') => `${we} ${adv}have`)
    .replace(
      /\b([Ww]e) (also |still |further |now |therefore |continuously |actively )?([a-z]{3,}?)(es|s)\b/g,
      (m, we: string, adv: string | undefined, stem: string, ending: string) => {
        const word = stem + ending;
        if (/(?:ss|us|is|ous|ics|ws)$/.test(word) || ['always', 'perhaps', 'nevertheless', 'sometimes', 'towards'].includes(word))
          return m;
        // "goes" → "go", "does" → "do", "wishes" → "wish", "supports" → "support".
        const base = ending === 'es' && /(?:sh|ch|ss|x|o|z)$/.test(stem) ? stem : ending === 'es' ? `${stem}e` : stem;
        return `${we} ${adv ?? ''}${base}`;
      },
    );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const sideNames = new Map<string, string>();

/** A regex source for every way a record names a side: "the ROK government", "Korea", "the Korean side"… */
function namesOf(side: Side): string {
  let source = sideNames.get(side);
  if (source) return source;
  const bases = [...new Set(countryForms(side).map((f) => f.replace(/^the /i, '')))];
  const adjectives = countryAdjectives(side);
  const all = [
    ...bases.flatMap((b) => [
      `the Government of ${b}`,
      `the government of ${b}`,
      `the ${b} Government`,
      `the ${b} government`,
      `the ${b} side`,
      `the ${b}`,
      b,
    ]),
    ...adjectives.flatMap((a) => [`the ${a} Government`, `the ${a} government`, `the ${a} side`]),
  ];
  source = [...new Set(all)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  sideNames.set(side, source);
  return source;
}

/** Replaces the principal side's names in a clause with first-person forms. */
export function firstPerson(clause: string, side: Side | null, speakerIsOurs: boolean): string {
  let out = clause;
  if (side) {
    const names = namesOf(side);
    // Possessive: "the ROK's consistent position" → "our consistent position".
    out = out.replace(new RegExp(`(?<![\\w-])(?:${names})[’']s\\b`, 'g'), 'our');
    // Subject at the start of the clause or after a conjunction: "the ROK would" → "we would".
    out = out.replace(
      new RegExp(`(^|, and |, but | and that |; )(?:${names})(?= [a-z])`, 'g'),
      (_m, lead: string) => `${lead}we`,
    );
    // Object after a preposition: "cooperate with the ROK" → "cooperate with us"; "in the ROK" stays a place.
    out = out.replace(
      new RegExp(`\\b(with|to|for|from|toward|towards|of|on) (?:${names})(?![\\w-])`, 'g'),
      (_m, prep: string) => `${prep} us`,
    );
  }
  out = out.replace(
    /(^|, and |, but | and that |; )(?:the two sides|both sides|the two countries|both countries)(?= [a-z])/gi,
    (_m, lead: string) => `${lead}we`,
  );
  if (speakerIsOurs) {
    out = out.replace(
      /(^|, and |, but | and that |; )(?:he|she|(?:his|her) (?:country|government))\b/g,
      (_m, lead: string) => `${lead}we`,
    );
    out = out.replace(/\b(?:his|her) (?:country|government)\b/g, 'our country');
    out = out.replace(/\bthe country[’']s\b/g, 'our');
    out = out.replace(/\b(?:his|her|its|their)\b/g, 'our');
  }
  out = out.replace(/\bthe two countries\b/g, 'our two countries');
  return out;
}

/** Gerund after continue: "continue stepping up" → "continue to step up". */
export function continueTo(text: string): string {
  return text.replace(
    /\b(continue|continues|continued) (\w+ing)\b/g,
    (_m, verb: string, gerund: string) => `${verb} to ${infinitive(gerund)}`,
  );
}
