// The last reader of an office in the Latin-script languages: an office, what it is of (a body, a
// place, a country: "de la région Kalondo", "of the Harbour Trust", "en el país"), a comma, then
// its holder's name set off as an apposition ("le préfet de la région Kalondo, A B, a reçu …",
// "el cónsul honorario de Chile en la región, A B C, se reunió …", "the Chief Whip in the
// Assembly, A B, and …"). The rules of
// each language read an office whose complement they know word by word; this one reads any
// complement that is only prepositions, articles and names, and only in a sentence that tells a
// meeting held (not planned): the comma says where the office ends and the name begins.

import { fold } from '../text.ts';
import { nameBeforeOffice } from './european-name-first.ts';
import { isName, nameAfterComma } from './european-names.ts';
import { inMeetingSentence } from './meeting.ts';
import { ahead, heldPast } from './meeting-tense.ts';
import { namedMention } from './named-mention.ts';
import { type ReadName, readName } from './names.ts';
import { CIVIC_HEADS, LOCAL_HEADS } from './office-heads-civic.ts';
import type { Mention } from './types.ts';

/**
 * Head nouns of an office, singular, in the Latin-script languages of Europe, English and
 * Indonesian: minister, ambassador, president, governor, mayor, secretary, chair, director,
 * consul, rector, prefect, representative, envoy, speaker, head.
 */
export const HEADS = [
  // English
  '(?:vice[- ])?president',
  'prime minister',
  'minister',
  'ambassador',
  'governor',
  'mayor',
  'secretary(?:[- ]general)?',
  'chair(?:man|woman|person)?',
  '(?:deputy |executive )?director(?:[- ]general)?',
  'consul(?:[- ]general)?',
  '(?:vice[- ])?(?:rector|chancellor)',
  'speaker',
  'envoy',
  'representative',
  'commissioner',
  'premier',
  'prefect',
  // French
  '(?:vice-)?pr[ée]sidente?',
  'premi(?:er|[èe]re) ministre',
  'ministre',
  'ambassad(?:eur|rice)',
  'gouverneure?',
  'maire',
  'secr[ée]taire(?: g[ée]n[ée]ral)?',
  'direct(?:eur|rice)(?: g[ée]n[ée]ral(?:e)?)?',
  'recteur|rectrice',
  'pr[ée]f[eè]te?',
  'repr[ée]sentante?',
  // Spanish, Portuguese, Italian
  '(?:vice)?president[ea]',
  'primer[oa]? ministr[oa]',
  'ministr[oa]',
  'embajador(?:a)?',
  'embaixador(?:a)?',
  'ambasciat(?:ore|rice)',
  'gobernador(?:a)?',
  'governador(?:a)?',
  'governatore',
  'alcalde(?:sa)?',
  'intendente',
  'prefeit[oa]',
  'sindac[oa]',
  'secretari[oa](?: general)?',
  'secret[áa]ri[oa](?: geral)?',
  'segretari[oa](?: generale)?',
  'director(?:a)?(?: general)?',
  'diretor(?:a)?(?: geral)?',
  'dirett(?:ore|rice)(?: generale)?',
  'c[óô]nsul(?: general| geral)?',
  'console(?: generale)?',
  '(?:vice)?rector(?:a)?',
  '(?:vice-)?reitor(?:a)?',
  'rettore',
  'representante',
  'rappresentante',
  // German, Dutch, the Nordic languages: compounds end with the office ("Außenminister", "Oberbürgermeister")
  '\\p{Lu}?\\p{Ll}*(?:[Mm]inister|[Bb]otschafter|[Pp]räsident|[Bb]ürgermeister|[Gg]eneralkonsul|[Vv]orsitzende)(?:in)?',
  'ambassadeur',
  'burgemeester',
  'voorzitter',
  'ambassad[øö]r',
  'borgmest(?:er|ar)',
  'borgm[äa]stare',
  'ordf[öo]rande',
  'formand',
  // A university's, a firm's, a church's, a court's: "A B, dean of the School of Law"
  ...CIVIC_HEADS,
  // A town's and a province's offices below their head: "coordinador general", "l'assessore alla cultura", "la déléguée régionale".
  ...LOCAL_HEADS,
];

export const HEAD = new RegExp(`(?<![\\p{L}\\-])(?:${HEADS.join('|')})(?![\\p{L}\\-])`, 'giu');

/** Prepositions, articles and conjunctions that join an office to what it is of ("of the", "de la", "dell'", "bei den"). */
export const JOINING = new Set(
  (
    'of the for and in at to on with ' +
    'de la le les du des et en au aux à l d près pour auprès ' +
    'del el los las y e para ante ' +
    'do da dos das no na nos nas em junto ao ' +
    'di della dello delle degli dei dell per presso ed il lo gli ' +
    'der die das den dem des bei für von zu im am beim und in ' +
    'van het voor bij ' +
    'för och i på vid af til og ved'
  )
    .split(' ')
    // Read as the words are compared, folded: "à", "für", "på".
    .map(fold),
);

/** Words that end a complement: a pronoun or a clause's word is no office's ("who", "que", "qui", "which"). */
export const CLAUSE = new Set('who which that que qui quien cui dont donde où welche welcher som'.split(' '));

/** Articles: the word after one is a noun. */
const ARTICLES = new Set('the a an la le les l el los las il lo gli der die das den dem des'.split(' '));

/** A verb's past after the word before it: "doyen de la faculté" (after an article, "l'université") is a noun's. */
export const verbAfter = (word: string, raw: string, previous: string): boolean =>
  verbLike(word) && !ARTICLES.has(fold(previous)) && !/^l['’]/u.test(raw);

/** Where a complement may stop: a comma after up to twelve words of one clause. */
const COMPLEMENT = /^((?: [^\s,.;:!?()«»“”"\n]+){0,12}?)(?=, )/u;

/** A lowercase word that is not joining: the office's adjective ("malgache", "honorario", "nacional") or its level ("région"). */
const FREE_WORDS = 3;

/** A verb's past or a participle, a clause's word and no office's: "said", "reçu", "recibió", "empfangen". */
export const verbLike = (word: string): boolean =>
  /(?:ed|ó|é|ou|eu|iu|ait|ato|ado|ido|ita|ata|en)$/u.test(word) && word.length > 4 && !/(?:ent|ien)$/u.test(word);

/** The complement, word by word: joining words, capitalised names, and at most a few other lowercase words. */
function complementEnd(text: string, at: number): number | null {
  const m = COMPLEMENT.exec(text.slice(at, at + 160));
  if (!m) return null;
  let free = 0;
  let before = '';
  for (const raw of (m[1] ?? '').split(' ').filter(Boolean)) {
    // "d'Ivoire", "dell'Unione", "l'Union": an elided article before a capital.
    const word = raw.replace(/^(?:\p{L}{1,4}['’])(?=\p{Lu})/u, '');
    const previous = before;
    before = raw;
    if (/^[\p{Lu}\d]/u.test(word)) continue;
    const folded = fold(word.replace(/['’]$/u, ''));
    if (CLAUSE.has(folded)) return null;
    if (JOINING.has(folded)) continue;
    // "the Governor met the rector of …, A B": after a word of another kind, an office begins the next clause's object.
    if (free > 0 && HEAD_WORD.test(word)) return null;
    // "doyen de la faculté": after an article a word in -é is a noun, not a participle.
    if (verbAfter(word, raw, previous)) return null;
    if (++free > FREE_WORDS) return null;
  }
  return at + m[0].length;
}

/**
 * The holder's name set off by the comma before it only, closed by the next clause's first word, a
 * preposition or a relative ("…, A B in seiner Residenz", "…, A B à qui il a …", "…, A B during the visit").
 */
function nameBeforeJoining(text: string, at: number): ReadName | null {
  if (!text.startsWith(', ', at)) return null;
  const name = readName(text, at + 1);
  if (!name || name.name.split(' ').length < 2) return null;
  const next = /^ (\p{Ll}+)(?![\p{L}'’])/u.exec(text.slice(name.end, name.end + 30))?.[1];
  return next && (JOINING.has(fold(next)) || CLAUSE.has(fold(next))) ? name : null;
}

/** Office, what it is of, a comma, the holder's name set off after it. */
export function officeNameGeneralMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const head of text.matchAll(HEAD)) {
    const start = head.index;
    const headEnd = start + head[0].length;
    const comma = complementEnd(text, headEnd);
    if (comma === null) continue;
    // Closed by no comma, the words after the office are its holder's only when no name stands straight before it
    // ("Mr A B, Mayor of Siliguri, West Bengal on …": the state the city is in).
    const name =
      nameAfterComma(text, comma) ?? (nameBeforeOffice(text, start, true) === null ? nameBeforeJoining(text, comma) : null);
    if (!name || !isName(name)) continue;
    // "with A B, dean of X, C D, dean of Y": names each then described; the office is the name's before it.
    if (nameBeforeOffice(text, start, true) !== null && NEXT_OFFICE.test(text.slice(name.end, name.end + 40))) continue;
    const words = name.name.split(' ');
    if (words.length > 5 || words.some((w) => HEAD_WORD.test(w))) continue;
    // "Minister for Communication, Digital Technology and Innovations, A B": the office's remits listed, not its holder.
    if (REMITS_GO_ON.test(text.slice(name.end, name.end + 80))) continue;
    if (!free(start, name.end)) continue;
    // Only where the sentence tells a meeting held: a plan, a recollection or another matter names people who were not there.
    const sentence = sentenceAround(text, start, name.end);
    if (!inMeetingSentence(text, start) || !heldPast(sentence) || ahead(sentence)) continue;
    out.push(
      namedMention(text, start, name.end, {
        name: name.name,
        role: text.slice(start, comma).trim(),
        how: 'named after an office and a comma',
        ...(name.possessive ? { possessive: true } : {}),
      }),
    );
  }
  return out;
}

/** The name read is itself followed by an office set off by a comma: a list of names each then described. */
const NEXT_OFFICE = new RegExp(`^, (?:the |an? )?(?:${HEADS.join('|')})(?![\\p{L}\\-])`, 'iu');

/** A word of an office is no word of its holder's name. */
export const HEAD_WORD = new RegExp(`^(?:${HEADS.join('|')})$`, 'iu');

/** A list of remits going on after the words read as a name: "and Innovations, …", "y Salud Pública, …". */
const REMITS_GO_ON = /^ (?:and|&|y|e|et|ed|und|en|og|och) \p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*)*, /u;

/** The sentence from the last stop or paragraph break before `from` to the next after `to`. */
export function sentenceAround(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - 300), from);
  const cut = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(/[.!?]\s/gu)].map((m) => m.index + 1));
  const rest = text.slice(to, to + 300);
  const stop = rest.search(/[.!?](?:\s|$)|\n/u);
  return text.slice(from - before.length + cut + 1, stop < 0 ? to + 300 : to + stop);
}
