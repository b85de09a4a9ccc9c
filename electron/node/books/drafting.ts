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
//  5. Inside the clause, the principal's side becomes the first person: any form of its country in
//     parse/countries.ts ("the ROK", "the United States", "the UK government", "the Japanese side"),
//     "he/she", "his/her country" → "we"; possessives ("the ROK's", "his", "her") → "our"; as an
//     object ("with the United States") → "us".
//  6. Tense and agreement: "would" → "will", "is/was" → "are", "has" → "have", third-person verbs after
//     "we" lose their -s ("we looks forward" → "we look forward"); "the two countries" → "our two
//     countries".
//  7. A gerund after "continue" becomes an infinitive: "continue stepping up" → "continue to step up".
//
// Sides are countries, for any desk. The principal's side comes from the book (books/sides.ts: a
// country in Principal, the principal as a participant of the record, else the desk's country). A
// speaker's side comes from the book (the person named in Principal is ours, in Counterpart theirs),
// the record's participants (their country), or a country or nationality in the subject ("The
// Korean diplomat"); never from a list of surnames. "He"/"She" is the previous sentence's speaker;
// a speaker with no known side speaks for the country their clause starts with ("said that the UK
// would…").

import { COUNTRY_SOURCE, countryIn, normalizeCountry } from '../../shared/countries.ts';
import { fold } from '../../shared/fold.ts';
import type { Participant } from '../../shared/types.ts';
import { nationalityIn, withArticle } from '../library/parse/country-names.ts';
import { mentions } from '../library/sides.ts';
import { infinitive, KEEP_PAST, PRESENT } from './drafting-words.ts';
import { agree, continueTo, firstPerson } from './first-person.ts';

export { infinitive };

/** A side is a country, by its one name in parse/countries.ts ("Republic of Korea", "United States"). */
export type Side = string;

export type DraftOptions = {
  /** The country whose voice the book speaks in (any form: "ROK", "the United States"); null = infer. */
  principalSide?: Side | null;
  /** The counterpart's country, when the book names it. */
  counterpartSide?: Side | null;
  /** The book's Principal ("Secretary of State Antony Blinken"): a speaker named there is "we". */
  principal?: string | null;
  /** The book's Counterpart: a speaker named there is reported, never "we". */
  counterpart?: string | null;
  /** The record's participants: a speaker's side is their country. */
  participants?: Participant[];
};

/** Words of a title or office, never a person's name: "Secretary of State Antony Blinken" → Antony, Blinken. */
const TITLE_WORDS = new Set(
  `minister deputy prime foreign affairs secretary state president vice ambassador mr ms mrs dr h.e. his her excellency
  chancellor premier government ministry head director general special envoy representative senior chief cabinet defence
  defense trade economy finance home of the and for lord sir dame commonwealth development office department fm pm dpm
  member parliament mp counsellor councillor permanent under-secretary assistant minister-counsellor king queen prince
  princess his majesty chairman chairwoman chair spokesperson spokesman spokeswoman consul deputy-minister vice-minister
  first second third national security adviser advisor of-state international cooperation relations external`
    .split(/\s+/)
    .filter(Boolean),
);

/** The words of a principal or counterpart description that name the person. */
export function personWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return [
    ...new Set(
      text
        .split(/[\s,;:()/]+/)
        .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 2)
        .filter((w) => !TITLE_WORDS.has(w.toLowerCase()) && !normalizeCountry(w))
        .map((w) => fold(w.replace(/[’'.]+$/, ''))),
    ),
  ];
}

const folded = (s: string): string => ` ${fold(s).replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;

function names(subject: string, words: string[]): boolean {
  const f = folded(subject);
  return words.some((w) => f.includes(` ${w} `));
}

/** Which side a free-text description (a book's principal or counterpart, a participant's country) is on. */
export function sideOf(text: string | null | undefined): Side | null {
  if (!text?.trim()) return null;
  return normalizeCountry(text) ?? countryIn(text) ?? nationalityIn(text);
}

type Context = {
  ours: Side | null;
  theirs: Side | null;
  participants: Participant[];
  ourPeople: string[];
  theirPeople: string[];
};

/** Who speaks: our side or theirs, and for which country. */
type Voice = { ours: boolean; country: Side | null };

function contextOf(opts: DraftOptions): Context {
  return {
    ours: opts.principalSide ? (sideOf(opts.principalSide) ?? opts.principalSide) : null,
    theirs: opts.counterpartSide ? (sideOf(opts.counterpartSide) ?? opts.counterpartSide) : null,
    participants: opts.participants ?? [],
    ourPeople: personWords(opts.principal),
    theirPeople: personWords(opts.counterpart),
  };
}

/** A speaker's side: the book's principal or counterpart, else a participant's country, else a country the subject names. */
function voiceOf(subject: string, ctx: Context): Voice | null {
  if (names(subject, ctx.ourPeople)) return { ours: true, country: ctx.ours };
  if (names(subject, ctx.theirPeople)) return { ours: false, country: ctx.theirs };
  const person = mentions(subject, ctx.participants)[0]?.participant;
  const country =
    (person?.country ? (normalizeCountry(person.country) ?? person.country) : null) ??
    countryIn(subject) ??
    nationalityIn(subject);
  if (!country) return null;
  if (ctx.ours) return { ours: country === ctx.ours, country };
  if (ctx.theirs) return { ours: country !== ctx.theirs, country };
  return { ours: true, country };
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

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

let clauseHead: RegExp | null = null;

/** The side a clause speaks about first ("the ROK would…"), used when the book gives no principal. */
function clauseSide(clause: string): Side | null {
  clauseHead ??= new RegExp(`^(?:the )?(${COUNTRY_SOURCE})(?![\\p{L}])`, 'u');
  const m = clauseHead.exec(clause);
  return m?.[1] ? normalizeCountry(m[1]) : null;
}

let reportedBare: RegExp | null = null;

/** "Secretary Blinken said the United States would…": reported speech without "that", when a country or a pronoun follows. */
function reportedWithoutThat(s: string): RegExpExecArray | null {
  reportedBare ??= new RegExp(
    `^${SUBJECT} ${ADVERB}(?:said|stated|added|stressed|emphasized|emphasised|underlined|underscored|affirmed|reaffirmed|confirmed|announced|believed|expected) ((?:(?:the )?(?:${COUNTRY_SOURCE})(?![\\p{L}])|he |she |they |we |(?:his|her) (?:country|government) ).+)$`,
    'su',
  );
  return reportedBare.exec(s);
}

/** A subject that names a person: a participant, or capitalised words ("Minister Kang", "Secretary Blinken"). */
function isPerson(subject: string, ctx: Context): boolean {
  return voiceOf(subject, ctx) !== null || /^(?:[A-Z][\w’'.-]*\s){1,6}[A-Z][\w’'-]+$/.test(subject);
}

/** The speaker of the last sentence, for "She stressed that…" in the next one. */
type State = { last: Voice | null };

const PRONOUN_SUBJECT = /^(?:he|she)$/i;

function draftSentence(sentence: string, ctx: Context, state: State): string {
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
      return finish(firstPerson(reported[1], ctx.ours ?? clauseSide(reported[1]), false), true);
    return finish(firstPerson(`We${rest}`, ctx.ours, false), true);
  }

  // Two named people together: "Minister Kang and Deputy Prime Minister Minh (deeply) agreed…".
  const pair = new RegExp(
    `^${SUBJECT} and ${SUBJECT} (${ADVERB})(agreed|shared|discussed|reviewed|exchanged|welcomed|decided|noted|reaffirmed)\\b(.*)$`,
    's',
  ).exec(s);
  if (pair?.[1] && pair[2] && isPerson(pair[1], ctx) && isPerson(pair[2], ctx)) {
    return finish(firstPerson(`We ${(pair[3] ?? '').replace(/deeply /, '')}${pair[4]}${pair[5]}`, ctx.ours, false), true);
  }

  const reported = REPORTED.exec(s) ?? reportedWithoutThat(s);
  if (reported?.[1] && reported[2]) {
    const subject = reported[1];
    const clause = reported[2];
    let voice = PRONOUN_SUBJECT.test(subject) ? state.last : voiceOf(subject, ctx);
    // An unknown speaker ("The Foreign Secretary") speaks for the country their clause starts with.
    const about = clauseSide(clause);
    if (!voice && about && ctx.ours) voice = { ours: about === ctx.ours, country: about };
    if (voice) state.last = voice;
    const principal = ctx.ours ?? (voice?.ours ? voice.country : null) ?? about;
    if (voice && !voice.ours) {
      // The counterpart speaking: acknowledged, not put in the principal's mouth.
      const name = voice.country ? withArticle(voice.country) : 'they';
      const theirs = firstPerson(clause, principal, false)
        .replace(/^(?:he|she) /, `${name} `)
        .replace(/\b(?:his|her) (?:country|government)\b/g, name);
      return finish(`We note that ${theirs}`, false);
    }
    return finish(firstPerson(clause, principal, true), true);
  }

  // A speaker acting directly: the first known verb within the first ten words ends the subject.
  const words = s.split(' ');
  for (let i = 1; i < Math.min(words.length, 11); i++) {
    const verb = (words[i] ?? '').toLowerCase();
    if (!(verb in PRESENT) && !KEEP_PAST.has(verb)) continue;
    const subject = words.slice(0, i).join(' ');
    const adverbs = /\b(also|further|particularly|especially|once again|again|warmly|highly|strongly|firmly)$/.exec(subject);
    const bare = subject.replace(
      /\s+(?:also|further|particularly|especially|once again|again|warmly|highly|strongly|firmly)$/,
      '',
    );
    const voice = PRONOUN_SUBJECT.test(bare) ? state.last : voiceOf(subject, ctx);
    if (!voice?.ours) break;
    state.last = voice;
    const principal = ctx.ours ?? voice.country;
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
  const ctx = contextOf(opts);
  const state: State = { last: null };
  return text
    .split(/\n+/)
    .map((line) => {
      const bullet = /^- /.test(line);
      const body = sentences(bullet ? line.slice(2) : line)
        .map((s) => draftSentence(s, ctx, state))
        .join(' ');
      return bullet ? `- ${body}` : body;
    })
    .filter((l) => l.trim().length > 0)
    .join('\n');
}
