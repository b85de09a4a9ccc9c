// The holder's name set off by a comma after an office that carries its remit or its country:
// "held talks with the foreign minister of Tajikistan, Siorjiddin Muhriddin.", "also met with Ghana's
// Inspector-General of Police, Christian Yohuno.", "the Head of Foreign Affairs, Peseta Noumea Simi,
// Mr. Bainimarama …". The title rules read an office right before its name; here the remit stands
// between them, and the comma and a name of two words or more closed by a stop, a comma or "and"
// (commaName) say a person follows. The form-of-address variant is courtesy-comma.ts.

import { normalizeRole, ROLE_SOURCE } from '../roles.ts';
import { fold } from '../text.ts';
import { PORTFOLIO } from './european-names.ts';
import { namedMention } from './named-mention.ts';
import { AND_WORD, commaName } from './names.ts';
import { countryInWords } from './objects.ts';
import type { Mention } from './types.ts';

/** A comma, then a capital: where a name may follow (tested before anything costly). */
const COMMA_CAPITAL = /, (?=\p{Lu})/gu;

/** The office that ends at most 90 characters before the comma, in the same clause: the last title there. */
const OFFICE = new RegExp(`(?<![\\p{L}])(?:${ROLE_SOURCE})`, 'gu');
/** The same in any case ("the foreign minister of …"), where the capitalised office gives no remit. */
const OFFICE_ANY_CASE = new RegExp(OFFICE.source, 'giu');

/** The last office in the clause and what follows it, when that is a remit. */
function officeWithRemit(clause: string, office: RegExp): { office: string; remit: string } | null {
  const found = [...clause.matchAll(office)].at(-1);
  if (!found) return null;
  const remit = clause.slice(found.index + found[0].length);
  return REMIT.test(remit) ? { office: found[0], remit } : null;
}

/** What may stand between the office and the comma: its remit or its country ("of Police", "of the Republic of Mozambique"). */
const REMIT = /^ (?:of|for|to|at|in) [^;:.,()\n]{2,90}$/u;

/**
 * Spanish, Portuguese, French and Italian write the office in lower case with its remit after "de":
 * "del embajador de México en Argentina, Ana Ruiz", "do cônsul de Portugal em Belo Horizonte, Rui
 * Lopes", "l'ambassadeur de Suisse, Marc Favre". The office's own words, singular, either gender.
 */
const ROMANCE_OFFICE =
  /(?<![\p{L}])(?:embajador[a]?|embaixador[a]?|ambassadeur|ambassadrice|ambasciat(?:ore|rice)|c[oóô]nsul(?:e)?|console|alcalde(?:sa)?|concejal[a]?|regidor[a]?|prefeit[oa]|intendente|gobernador[a]?|governador[a]?|ministr[oa]|ministre|canciller|chanceler|maire|sindac[oa]|president[ea]|présidente?|secretari[oa]|secrétaire|conselheir[oa]|consejer[oa]|conseill(?:er|ère)|jef[ea]|chefe?|director[a]?|diretor[a]?|directeur|directrice|procurador[a]?|delegad[oa]|oficial|délégué[e]?|vicecanciller|vicepresidente|vice-presidente|ambaixador[a]?|c[oò]nsol|gouverneur|préf[eè]te?|asesor[a]?|assessor[a]?)(?![\p{L}])/giu;
/** The remit after a Romance office: "de México en Argentina", "do Conselho das Comunidades", "di Cremona". */
const ROMANCE_REMIT =
  /^ (?:de|del|de la|de los|de las|dels|de les|da|do|das|dos|des|du|de l['’]|d['’]|di|della|dello|dei|degli)[ \p{Lu}'’][^;:.,()\n]{1,90}$/u;
/** Where the office's post starts: "en Argentina", "em Belo Horizonte", "à Paris", "in Italia": that country is where, not whose. */
const POSTED_AT = /\s(?:en|em|à|a|in|ante|auprès|junto)\s.*$/u;

/**
 * A verb or noun of meeting in the sentence before the office: the one named is met, received or
 * present ("recibió al embajador de …", "reuniu-se com o cônsul de …", "a été reçu par le chef du …", "contó con
 * la presencia del secretario de …", "asistieron el secretario de …"),
 * not quoted, recalled or listed among guests expected ("el jefe del Estado Mayor, X, aseguró …").
 */
const ROMANCE_MEETING =
  /(?<![\p{L}])(?:recib\p{L}*|receb\p{L}*|reçu\p{L}*|reçoit|ricev\p{L}*|reuni\p{L}*|reún\p{L}*|réuni\p{L}*|encontr\p{L}*|encuentr\p{L}*|rencontr\p{L}*|incontr\p{L}*|visit\p{L}*|audiencia|audiência|audience|entrevist\p{L}*|entretenu\p{L}*|convers\p{L}*|acompañ\p{L}*|acompanh\p{L}*|accompagn\p{L}*|particip\p{L}*|asisti\p{L}*|asistencia|presencia|presença|présence|cortes[ií]a|courtoisie|accueill\p{L}*|colloqui\p{L}*|rebut|rebuda|rebre|entouré\p{L}*)(?![\p{L}])/iu;

/**
 * A meeting still on the agenda: "tiene en agenda una reunión con …", "recibirá al …", "va rencontrer …"; not a
 * trip's programme told as done ("como parte de su agenda de trabajo, sostuvo una reunión con …").
 */
const ROMANCE_AGENDA =
  /(?<![\p{L}])(?:agenda(?! de trabajo| de trabalho)|tendrá|terá|recibirá|receberá|recevra|riceverà|se reunirá|se reunirá|irá|va (?:recevoir|rencontrer)|prevé|prevista|previsto|prévue?)(?![\p{L}])/iu;

/**
 * A rank or standing written between the office and its remit: "la cónsul honorario de este país en Galicia, X",
 * "le consul honoraire de France à Bobo-Dioulasso, X", "o cônsul-geral de Portugal, X". It is part of the office.
 */
const OFFICE_RANK = /^[ -](?:honorari[oa]|honoraire|honor[aá]ri[oa]|onorari[oa]|general|geral|général[e]?|generale)(?= )/iu;

/** The last Romance office in the clause and its remit, when the remit follows it directly or after its rank. */
function romanceOffice(clause: string): { office: string; remit: string } | null {
  const found = [...clause.matchAll(ROMANCE_OFFICE)].at(-1);
  if (!found) return null;
  const after = clause.slice(found.index + found[0].length);
  const remit = after.slice(OFFICE_RANK.exec(after)?.[0].length ?? 0);
  return ROMANCE_REMIT.test(remit) ? { office: found[0], remit: remit.replace(POSTED_AT, '') } : null;
}

/**
 * Spanish and Portuguese carry one office down a list and give each item its remit alone: "los
 * secretarios de Hacienda, Ana Ruiz; de Energía, Luis Pla", "el alcalde de Quito, X; el de Cuenca, Y".
 * The item's clause: an optional "y"/"e", an optional article, then "de"/"da"/"do" and a capital.
 */
const ELLIPTIC_ITEM =
  /^\s*(?:(?:y|e)\s+)?(?:(?:el|la|los|las|o|a|os|as)\s+)?(?:de|del|de la|de los|de las|da|do|das|dos)\s+\p{Lu}[^;:.,()\n]{1,60}$/u;
/** The plural of a Romance office heads such a list as well: "los secretarios de …", "os embaixadores de …". */
const ROMANCE_OFFICE_OR_PLURAL = new RegExp(ROMANCE_OFFICE.source.replace('(?![\\p{L}])', '(?:e?s)?(?![\\p{L}])'), 'giu');
const ROMANCE_SINGULAR = new RegExp(`^(?:${ROMANCE_OFFICE.source})$`, 'iu');

/** The last Romance office of the clause, singular or plural, followed directly by its remit; its singular. */
function listHead(clause: string): string | null {
  const found = [...clause.matchAll(ROMANCE_OFFICE_OR_PLURAL)].at(-1);
  if (!found || !ROMANCE_REMIT.test(clause.slice(found.index + found[0].length))) return null;
  const word = found[0];
  return [word, word.slice(0, -1), word.slice(0, -2)].find((w) => ROMANCE_SINGULAR.test(w)) ?? null;
}

/**
 * A remit that lists its fields with commas and "y"/"e": "la Secretaria de Acción Social, Promoción Comunitaria y
 * Salud Pública, Ana Ruiz", "la regidora presidenta de la Comisión de Turismo, Ecología y Ambiente, Ana Ruiz". The
 * clause before the name is the remit's last fields, joined by "y"/"e" (a name is not); the office stands before
 * its first field, at most three commas back.
 */
const REMIT_FIELDS_END = /^ \p{Lu}[\p{L}-]*(?: \p{L}+){0,3} (?:y|e) \p{Lu}[\p{L}-]*(?: \p{L}+){0,2}$/u;
const REMIT_FIELD = /^ \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u;
/** A field's word that names a government's domain ("Social", "Turismo", "Ambiente"): the list is a remit's, not names. */
const hasPortfolio = (words: string): boolean => words.split(/[\s,]+/u).some((w) => /^\p{Lu}/u.test(w) && PORTFOLIO.has(fold(w)));
function remitListOffice(head: string, clause: string, sentence: string): { office: string; remit: string } | null {
  if (!REMIT_FIELDS_END.test(clause) || !ROMANCE_MEETING.test(sentence) || ROMANCE_AGENDA.test(sentence)) return null;
  const parts = head.slice(0, head.length - clause.length - 1).split(',');
  let fields = clause;
  for (let back = 0; back < 3 && parts.length > 0; back++) {
    const part = parts.pop() as string;
    const read = romanceOffice(part);
    if (read) return hasPortfolio(`${read.remit},${fields}`) ? { office: read.office, remit: `${read.remit},${fields}` } : null;
    if (!REMIT_FIELD.test(part)) return null;
    fields = `${part},${fields}`;
  }
  return null;
}

/** A name of two capitalised words or more, then the comma that opens the office's clause. */
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}.’'-]+ \p{Lu}[\p{L}.’'-]+,$/u;
/** The name's own office after it, set off by a comma: "…, C D, Minister of Justice". */
const OFFICE_AFTER = new RegExp(`^, (?:the )?(?:${ROLE_SOURCE})`, 'u');

/**
 * The name read is one of a portfolio's words when the list goes on, after the language's "and", to one more field and a
 * comma: " and Innovations, …", "Promoción Comunitaria| y Salud Pública, …"; two words there are a field when one of them
 * (or of the words read) names a government's domain, else they may be the next person ("…, A B y C D, …").
 */
const PORTFOLIO_GOES_ON = new RegExp(`^ ${AND_WORD} (\\p{Lu}\\p{Ll}+)( \\p{Lu}\\p{Ll}+)?,`, 'u');
function portfolioGoesOn(name: string, after: string): boolean {
  const m = PORTFOLIO_GOES_ON.exec(after);
  return !!m && (!m[2] || hasPortfolio(`${name} ${m[1]}${m[2]}`));
}

/** Latin letters: the form is read in the languages written in them. */
const LATIN_CAPITAL = /\p{Script=Latin}/u;

/** The office carried to this clause, when it is an item of the list whose last name ended just before it. */
function carriedOffice(
  text: string,
  carried: { office: string; end: number } | null,
  clauseStart: number,
  clause: string,
): string | null {
  if (!carried || !ELLIPTIC_ITEM.test(clause)) return null;
  return /^\s*[;,]$/u.test(text.slice(carried.end, clauseStart)) ? carried.office : null;
}

export function officeCommaMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  // The office a list carries and where its last item ends ("…, Ana Ruiz|; de Energía, …").
  let carried: { office: string; end: number } | null = null;
  for (const m of text.matchAll(COMMA_CAPITAL)) {
    if (!LATIN_CAPITAL.test(text[m.index + 2] ?? '')) continue;
    const name = commaName(text, m.index);
    // "Minister for Communication, Digital Technology and Innovations, Samuel …": a portfolio's words go on to a comma.
    if (!name || name.possessive || portfolioGoesOn(name.name, text.slice(name.end, name.end + 40))) continue;
    const start = m.index + 2;
    // The clause before the comma, from its last stop, semicolon, colon or comma: the office is read there only.
    const head = text.slice(Math.max(0, m.index - 160), m.index);
    const clause = head.slice(
      Math.max(
        head.lastIndexOf(';'),
        head.lastIndexOf(':'),
        head.lastIndexOf('\n'),
        head.lastIndexOf('. '),
        head.lastIndexOf(','),
      ) + 1,
    );
    // The sentence reaches further back than the clause: a list of offices and names runs long after its verb
    // ("fue acompañada por el concejal A, la Secretaria de Acción Social, Promoción y Salud, B, el Secretario de Turismo, C").
    const before = text.slice(Math.max(0, m.index - 400), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    const elliptic = carriedOffice(text, carried, m.index - clause.length, clause);
    const headOffice = elliptic ? null : listHead(clause);
    carried = elliptic
      ? { office: elliptic, end: name.end }
      : headOffice && !ROMANCE_AGENDA.test(sentence)
        ? { office: headOffice, end: name.end }
        : null;
    if (!free(start, name.end)) continue;
    if (elliptic) {
      out.push(
        namedMention(text, start, name.end, {
          name: name.name,
          role: normalizeRole(elliptic),
          country: countryInWords(clause),
          how: 'named in a list that carries one office down its items, each with its remit',
        }),
      );
      continue;
    }
    const read =
      remitListOffice(head, clause, sentence) ??
      officeWithRemit(clause, OFFICE) ??
      officeWithRemit(clause, OFFICE_ANY_CASE) ??
      (ROMANCE_MEETING.test(sentence) && !ROMANCE_AGENDA.test(sentence) ? romanceOffice(clause) : null);
    if (!read) continue;
    // "A B, Speaker of the House, The Honourable C D, Minister of Justice, …": a list of names each with its
    // office after it; the office before C D is A B's, and C D's own comes after.
    if (NAME_BEFORE.test(head.slice(0, head.length - clause.length)) && OFFICE_AFTER.test(text.slice(name.end, name.end + 120)))
      continue;
    const { office, remit } = read;
    out.push(
      namedMention(text, start, name.end, {
        name: name.name,
        role: normalizeRole(office),
        country: countryInWords(remit) ?? countryInWords(office),
        how: 'named after the office and its remit, set off by a comma',
      }),
    );
  }
  return out;
}
