// "Draft as talking point": reported speech from a record turned into first-person wording.
//
// Records report what was said ("Minister Kang said that the ROK would continue stepping up
// development cooperation with Viet Nam"); talking points are what the principal will say ("We will
// continue to step up development cooperation with Viet Nam"). The rules below are deliberately
// small and predictable, because the desk officer edits the draft and the source stays attached.
// Applied sentence by sentence, in this order:
//
//  1. A leading connective is dropped: "In particular,", "In addition,", "Meanwhile,", "Lastly,"…
//  2. Reporting frames are removed. "<speaker> said|stressed|added|noted|hoped|expressed hope|
//     assessed|affirmed|… that <clause>" keeps only <clause>; "<speaker> went on to say that" too.
//  3. Collective subjects become "we": "The two sides agreed to…" → "We agreed to…"; also "They",
//     "Both sides", "the two ministers", "<A> and <B>" (two named people).
//  4. A speaker on the principal's side acting directly becomes "we", with the verb in the present:
//     "Minister Kang welcomed…" → "We welcome…", "hoped to" → "We hope to". A speaker on the other
//     side is reported: "We note that …" (the talking point acknowledges, it does not put words in
//     the counterpart's mouth).
//  5. Inside the clause, the principal's side becomes the first person: "the ROK", "Korea",
//     "the Republic of Korea", "the ROK government", "he/she", "his/her country" → "we"; possessives
//     ("the ROK's", "his", "her") → "our"; as an object ("with the ROK") → "us".
//  6. Tense and agreement: "would" → "will", "is/was" → "are", "has" → "have", third-person verbs after
//     "we" lose their -s ("we looks forward" → "we look forward"); "the two countries" → "our two
//     countries".
//  7. A gerund after "continue" becomes an infinitive: "continue stepping up" → "continue to step up".
//
// The principal's side comes from the book ("Minister Kang" / "Republic of Korea" in Principal);
// when the book does not say, the country the reported clause starts with is taken as the
// speaker's own ("said that the ROK would…").

import { infinitive, KEEP_PAST, PRESENT } from './drafting-words.ts';

export { infinitive };

export type Side = 'ROK' | 'VN';

export type DraftOptions = {
  /** Whose voice the book speaks in; null = infer from each sentence. */
  principalSide?: Side | null;
};

const SIDE_NAMES: Record<Side, string[]> = {
  ROK: [
    'the Republic of Korea',
    'Republic of Korea',
    'the ROK government',
    'the RoK government',
    'the Korean government',
    'the ROK',
    'the RoK',
    'ROK',
    'RoK',
    'Korea',
  ],
  VN: ['the Government of Viet Nam', 'the Government of Vietnam', 'the Vietnamese government', 'Viet Nam', 'Vietnam'],
};

/** Words that mark a speaker or a text as belonging to a side (folded to lower case). */
const SIDE_MARKERS: Record<Side, RegExp> = {
  ROK: /\b(korea|korean|rok|seoul|kang|chung|park|moon|yoon|choi|han|lee)\b/i,
  VN: /\b(viet ?nam|vietnamese|hanoi|ha noi|minh|son|phuc|chinh|nguyen|pham)\b/i,
};

/** Which side a free-text description (the book's principal or counterpart) is on, if any. */
export function sideOf(text: string | null | undefined): Side | null {
  if (!text) return null;
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd');
  const rok = SIDE_MARKERS.ROK.test(folded);
  const vn = SIDE_MARKERS.VN.test(folded);
  if (rok === vn) return null;
  return rok ? 'ROK' : 'VN';
}

const CONNECTIVES =
  /^(?:in particular|in addition|additionally|meanwhile|furthermore|moreover|also|lastly|finally|besides|regarding [^,]{1,80}|on [^,]{1,80}|at the meeting|during the meeting)\s*,\s*/i;

const REPORTING_VERBS =
  'said|stated|stressed|emphasized|emphasised|underlined|underscored|highlighted|added|noted|hoped|expressed (?:the )?hope|expressed (?:his|her|their) hope|assessed|affirmed|reaffirmed|confirmed|mentioned|explained|announced|believed|expected|went on to say|pointed out|shared the view|agreed';

const ADVERB = '(?:(?:also|further|particularly|especially|deeply|fully|again|once again|firmly|strongly|highly|warmly|then) )*';

const COLLECTIVE =
  /^(?:the two sides|both sides|the two ministers|both ministers|the two leaders|both leaders|they|the sides|the two countries|both countries)\b/i;

/** A subject of at most ~8 words before the verb, e.g. "Deputy Prime Minister Minh", "The Korean diplomat". */
const SUBJECT = "([A-Z][\\w’'.-]*(?: [\\w’'.,-]+){0,9}?)";

const REPORTED = new RegExp(`^${SUBJECT} ${ADVERB}(?:${REPORTING_VERBS})(?: to [A-Z][\\w ]{0,60}?)? that (.+)$`, 's');

/** Third-person verbs that follow "we" after a rewrite: "we looks" → "we look". */
function agree(text: string): string {
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

/** Replaces the principal side's names in a clause with first-person forms. */
function firstPerson(clause: string, side: Side, speakerIsOurs: boolean): string {
  let out = clause;
  const names = SIDE_NAMES[side].map(escapeRe).join('|');
  // Possessive: "the ROK's consistent position" → "our consistent position".
  out = out.replace(new RegExp(`\\b(?:${names})[’']s\\b`, 'g'), 'our');
  // Subject at the start of the clause or after a conjunction: "the ROK would" → "we would".
  out = out.replace(new RegExp(`(^|, and |, but | and that |; )(?:${names})(?= [a-z])`, 'g'), (_m, lead: string) => `${lead}we`);
  // Object after a preposition: "cooperate with the ROK" → "cooperate with us"; "in the ROK" stays a place.
  out = out.replace(
    new RegExp(`\\b(with|to|for|from|toward|towards|of) (?:${names})\\b(?!-)`, 'g'),
    (_m, prep: string) => `${prep} us`,
  );
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
function continueTo(text: string): string {
  return text.replace(
    /\b(continue|continues|continued) (\w+ing)\b/g,
    (_m, verb: string, gerund: string) => `${verb} to ${infinitive(gerund)}`,
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function speakerSide(subject: string): Side | null {
  return sideOf(subject);
}

/** The side a clause speaks about first ("the ROK would…"), used when the book gives no principal. */
function clauseSide(clause: string): Side | null {
  const head = clause.slice(0, 40);
  for (const side of ['ROK', 'VN'] as const) {
    if (new RegExp(`^(?:${SIDE_NAMES[side].map(escapeRe).join('|')})\\b`).test(head)) return side;
  }
  return null;
}

function draftSentence(sentence: string, opts: DraftOptions): string {
  let s = sentence.trim();
  if (!s) return s;
  // Bullet markers from the record ("o ") are layout, not wording.
  s = s.replace(/^o\s+/, '');
  while (CONNECTIVES.test(s)) s = s.replace(CONNECTIVES, '');
  s = capitalise(s);

  // Collective subject acting directly: "The two sides agreed to…" → "We agreed to…".
  const collective = COLLECTIVE.exec(s);
  if (collective) {
    const rest = s.slice(collective[0].length);
    const reported = new RegExp(`^ ${ADVERB}(?:${REPORTING_VERBS}) that (.+)$`, 's').exec(rest);
    if (reported?.[1] && !/^ agreed that/.test(rest))
      return finish(firstPerson(reported[1], opts.principalSide ?? clauseSide(reported[1]) ?? 'ROK', false), true);
    return finish(firstPerson(`We${rest}`, opts.principalSide ?? 'ROK', false), true);
  }

  // Two named people together: "Minister Kang and Deputy Prime Minister Minh (deeply) agreed…".
  const pair = new RegExp(
    `^${SUBJECT} and ${SUBJECT} (${ADVERB})(agreed|shared|discussed|reviewed|exchanged|welcomed|decided|noted|reaffirmed)\\b(.*)$`,
    's',
  ).exec(s);
  if (pair && sideOf(pair[1]) && sideOf(pair[2])) {
    return finish(
      firstPerson(`We ${(pair[3] ?? '').replace(/deeply /, '')}${pair[4]}${pair[5]}`, opts.principalSide ?? 'ROK', false),
      true,
    );
  }

  const reported = REPORTED.exec(s);
  if (reported?.[1] && reported[2]) {
    const subject = reported[1];
    const clause = reported[2];
    const said = speakerSide(subject);
    const principal = opts.principalSide ?? said ?? clauseSide(clause);
    if (principal && said && said !== principal) {
      // The counterpart speaking: acknowledged, not put in the principal's mouth.
      const ours = firstPerson(clause, principal, false)
        .replace(/^(?:he|she) /, `${theirName(said)} `)
        .replace(/\b(?:his|her) country\b/g, theirName(said));
      return finish(`We note that ${ours}`, false);
    }
    const side = principal ?? 'ROK';
    return finish(firstPerson(clause, side, true), true);
  }

  // A speaker acting directly: the first known verb within the first ten words ends the subject.
  const words = s.split(' ');
  for (let i = 1; i < Math.min(words.length, 11); i++) {
    const verb = (words[i] ?? '').toLowerCase();
    if (!(verb in PRESENT) && !KEEP_PAST.has(verb)) continue;
    const subject = words.slice(0, i).join(' ');
    const adverbs = /\b(also|further|particularly|especially|once again|again|warmly|highly|strongly|firmly)$/.exec(subject);
    const said = speakerSide(subject);
    const principal = opts.principalSide ?? said;
    if (!said || !principal || said !== principal) break;
    const tense = KEEP_PAST.has(verb) ? verb : (PRESENT[verb] ?? verb);
    // Verbs joined to the first one follow it into the present: "and hoped to" → "and hope to".
    const rest = words
      .slice(i + 1)
      .join(' ')
      .replace(/\band (\w+ed)\b/g, (m, v: string) => (KEEP_PAST.has(verb) ? m : `and ${PRESENT[v] ?? v}`));
    return finish(firstPerson(`we ${adverbs ? `${adverbs[1]} ` : ''}${tense} ${rest}`, principal, true), true);
  }
  return s;
}

function theirName(side: Side): string {
  return side === 'ROK' ? 'the ROK' : 'Viet Nam';
}

function finish(text: string, ours: boolean): string {
  let out = text.trim();
  if (ours) out = out.replace(/\bwould\b/g, 'will');
  else out = out.replace(/\bwould\b/g, 'will');
  out = agree(continueTo(out));
  return capitalise(out);
}

/** Splits a paragraph into sentences, keeping abbreviations like "U.S." and numbers like "3.1" whole. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/)
    .filter((s) => s.length > 0);
}

/**
 * A talking-point draft of a record's wording. Pure: same text and options, same draft.
 * Formatting markup is not added; a multi-sentence paragraph stays one paragraph.
 */
export function draftTalkingPoint(text: string, opts: DraftOptions = {}): string {
  return text
    .split(/\n+/)
    .map((line) => {
      const bullet = /^- /.test(line);
      const body = sentences(bullet ? line.slice(2) : line)
        .map((s) => draftSentence(s, opts))
        .join(' ');
      return bullet ? `- ${body}` : body;
    })
    .filter((l) => l.trim().length > 0)
    .join('\n');
}
