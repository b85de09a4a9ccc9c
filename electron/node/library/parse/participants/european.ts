// Titles in the languages of Europe that write the title before the name: German
// "Außenministerin Karin Kneissl", "der Außenminister der Schweiz Ignazio Cassis", Spanish "el
// ministro de Asuntos Exteriores portugués, Paulo Rangel", Italian "il ministro degli Esteri
// Antonio Tajani", French "le Premier ministre russe Dmitri Medvedev", Portuguese, Dutch. One
// grammar, with each language's words as data: head nouns, modifiers, prepositions and the
// portfolio words that may follow them; the country comes from countries.ts (any language).

import { adjectiveCountry, countryAt } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { matchesAtHeads } from '../patterns.ts';
import { fold } from '../text.ts';
import { BODY_JOINED, BODY_OF, levelName, POSTED_IN, remitsEnd, SUBDIVISION } from './european-after.ts';
import { GRAMMARS, type Grammar } from './european-grammars.ts';
import { courtesyAhead, lowerBodyHolder, postedCountry } from './european-holder.ts';
import { heldBeforeDated, heldByNameBefore, nameBeforeDatedOffice, nameBeforeOffice } from './european-name-first.ts';
import { isName, LOWER_PORTFOLIO, nameAfterComma, PORTFOLIO, placeThenName } from './european-names.ts';
import { nominativeOffice } from './german-nouns.ts';
import { germanStateAt, germanStateIn } from './german-states.ts';
import { germanHome, HOME_WHY } from './home.ts';
import { namedMention } from './named-mention.ts';
import { COURTESY, type ReadName, readName } from './names.ts';
import type { Mention } from './types.ts';

const ROMANCE = new Set(['es', 'it', 'fr', 'pt', 'ca']);

const CONNECTOR = new Set(['y', 'e', 'et', 'de', 'la', 'del', 'des', 'della', 'delle', 'degli', 'di', 'und', 'en']);

/** Before a title: a word that says the title is the person's ("el", "la premier", "ihres … Amtskollegen"). */
const ADJECTIVE_BEFORE = (heads: string): string => `(?:(?!${heads})(\\p{Ll}{4,}) )?`;
/** …capitalised too where the language writes nationality so: Dutch "de Nederlandse minister", "Belgisch premier". */
const CAPITAL_ADJECTIVE_BEFORE = (heads: string): string => `(?:(?!${heads})(\\p{Ll}{4,}|\\p{Lu}\\p{Ll}{3,}) )?`;

/** A head's first letter in either case ("ministro", "Ministro"): titles are capitalised or not by house style. */
const eitherCase = (head: string): string =>
  head
    .replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)
    .replace(/ (\p{Lu})/gu, (_, c: string) => ` [${c}${c.toLowerCase()}]`);

const compile = (g: Grammar): RegExp =>
  new RegExp(
    ((heads: string): string =>
      `(?<![\\p{L}\\-])${(g.capitalAdjective ? CAPITAL_ADJECTIVE_BEFORE : ADJECTIVE_BEFORE)(heads)}(${heads})(?: (${g.after.join('|') || '(?!)'}))?(?![\\p{L}\\-])`)(
      (g.caseSensitive ? g.heads : g.heads.map(eitherCase)).join('|'),
    ),
    'yu',
  );

// A grammar behind a gate (the Nordic ones) reads few paragraphs: compiled when first used, it leaves
// V8's room for optimised patterns (compiled-early.ts) to the patterns every record runs.
const early = (g: Grammar, re: RegExp): RegExp => (g.gate ? re : compiledEarly(re));

const COMPILED = GRAMMARS.map((g) => ({
  grammar: g,
  // Every match holds one of the heads, at its start or after one lowercase word, so never after a
  // letter or hyphen: the full pattern, costly at every position, is tried only there (none, in most paragraphs).
  heads: early(g, new RegExp(`(?<![\\p{L}\\-])(?:${g.heads.join('|')})`, 'giu')),
  sticky: early(g, compile(g)),
  of: new RegExp(`^ (${g.of.join('|')})(?: |(?<=[’']))`, 'iu'),
}));

/** A portfolio's word: capitalised or, by house style, not ("des affaires étrangères"); the caller keeps only portfolio words. */
const CAPITALISED = /^ ?([\p{Lu}][\p{L}\p{M}’'.-]*|\p{Ll}[\p{L}\p{M}]*)(?![\p{L}])/u;
const LOWER_WORD = /^ (\p{Ll}[\p{L}\p{M}-]+)(?![\p{L}])/u;
/** The next portfolio of a list, after its comma: ", Comercio", ", Unión". */
const LISTED_PORTFOLIO = /^, ([\p{Lu}][\p{L}\p{M}’'-]*)(?![\p{L}])/u;

type Reading = { role: string; country: string | null; name: ReadName };

/** After the head: portfolio, country (adjective, "of" + name, genitive), then the name. */
function readAfterTitle(text: string, language: string, of: RegExp, start: number, headEnd: number): Reading | null {
  let pos = headEnd;
  let country: string | null = null;
  let roleEnd = headEnd;
  for (let step = 0; step < 4; step++) {
    const rest = text.slice(pos, pos + 120);
    const adjective = LOWER_WORD.exec(rest);
    if (adjective?.[1] && country === null) {
      const c = adjectiveCountry(language, adjective[1]);
      if (c) {
        country = c;
        pos += adjective[0].length;
        continue;
      }
    }
    const prep = of.exec(rest);
    if (prep) {
      const after = pos + prep[0].length;
      const place = countryAt(text, after) ?? (language === 'de' ? germanStateAt(text, after) : null);
      if (place && country === null) {
        country = place.country;
        pos = place.end;
        continue;
      }
      // A portfolio: "de Asuntos Exteriores", "degli Esteri", "des Affaires étrangères".
      let p = after;
      let words = 0;
      let good = after;
      // A portfolio listed with commas goes on past them: "de Industria, Comercio y Turismo", "de Asuntos
      // Exteriores, Unión Europea y Cooperación" (a name after the comma is no portfolio word and ends it).
      const nextWord = (at: number): RegExpExecArray | null => {
        const listed = words > 0 ? LISTED_PORTFOLIO.exec(text.slice(at, at + 40)) : null;
        return listed?.[1] && PORTFOLIO.has(fold(listed[1])) ? listed : CAPITALISED.exec(text.slice(at, at + 40));
      };
      for (let m = nextWord(p); m?.[1]; m = nextWord(p)) {
        const w = fold(m[1].replace(/[.,]$/, ''));
        if (!PORTFOLIO.has(w) || (/^\p{Ll}/u.test(m[1]) && !CONNECTOR.has(w) && !LOWER_PORTFOLIO.has(w))) break;
        p += m[0].length;
        if (CONNECTOR.has(w)) continue;
        words++;
        // "Affaires étrangères": a lowercase word completes the portfolio.
        const lower = /^ (étrangères|exteriores|esteri|estrangeiros)(?![\p{L}])/u.exec(text.slice(p));
        if (lower) p += lower[0].length;
        good = p;
      }
      if (words > 0) {
        // Further remits listed after it, then the holder: "des Affaires étrangères, de la Coopération et des …, M. A B".
        const remits = remitsEnd(text, good);
        const listed = remits && nameAfterComma(text, remits.end);
        if (remits && listed && isName(listed))
          return { role: text.slice(start, remits.end), country: country ?? remits.country, name: listed };
        // What follows the portfolio ("del Perú", a name) is read by the next step.
        pos = good;
        roleEnd = good;
        continue;
      }
      {
        // Only the Romance languages write a body's name in lower case; a German noun is capitalised ("der italienischen Partnerstadt").
        const lower = ROMANCE.has(language) ? lowerBodyHolder(text, after) : null;
        if (lower) return { role: text.slice(start, lower.at), country, name: lower.name };
        // An unknown body or place: "della Florida Marco Rubio", "der EKS, Rita Famos".
        const run: { end: number }[] = [];
        // "del estado (La Guaira)", "de la province", "do município": the level of government, then maybe its name.
        let q = after + (SUBDIVISION.exec(text.slice(after, after + 20))?.[0].length ?? 0);
        // "de la provincia (argentina) de Santiago del Estero, A B": the level's name, then the holder's.
        const level = q > after ? levelName(text, q, language) : null;
        const held = level ? nameAfterComma(text, level.end) : null;
        if (level && held && isName(held))
          return { role: text.slice(start, level.end), country: country ?? level.country, name: held };
        for (
          let m = /^ ?([\p{Lu}][\p{L}\p{M}’'.-]*)/u.exec(text.slice(q));
          m?.[1] && run.length < 5 && !(run.length > 0 && COURTESY.test(text.slice(q)));
          m = (run.length > 0 ? BODY_JOINED : /^ ?([\p{Lu}][\p{L}\p{M}’'.-]*)/u).exec(text.slice(q))
        ) {
          q += m[0].length;
          run.push({ end: q });
        }
        // A courtesy word ends the body's name and opens its holder's: "la Présidente du Conseil Départemental Madame A B".
        const courteous = run.length > 0 && COURTESY.test(text.slice(q)) ? readName(text, q) : null;
        if (courteous && courteous.name.split(' ').length >= 2 && isName(courteous))
          return { role: text.slice(start, q), country, name: courteous };
        const comma = run.length > 0 || q > after ? nameAfterComma(text, run.at(-1)?.end ?? q) : null;
        if (comma && isName(comma)) return { role: text.slice(start, run.at(-1)?.end ?? q), country, name: comma };
        // "el rector de la Universidad de Burgos (UBU), A B": a body's name joined by "de", its short form in brackets.
        const body = BODY_OF.exec(text.slice(after, after + 120));
        const named = body ? nameAfterComma(text, after + body[0].length) : null;
        if (body && named && isName(named)) return { role: text.slice(start, after + body[0].length), country, name: named };
        if (run.length >= 3) {
          const first = run[0]?.end ?? q;
          const name = readName(text, first);
          if (name && name.name.split(' ').length >= 2 && isName(name)) return { role: text.slice(start, first), country, name };
        }
      }
      return null;
    }
    // A country written straight after the title: "Menlu Rumania,", "Außenminister Russlands,".
    const place: { country: string; end: number } | null =
      /^ \p{Lu}/u.test(rest) && country === null ? countryAt(text, pos) : null;
    if (place) {
      country = place.country;
      pos = place.end;
      continue;
    }
    // Where the envoy serves, after the country they speak for: "embajador de México en Venezuela, Leopoldo de Gyvés",
    // "der deutsche Botschafter in Russland, A B" (the country an adjective before the title gave).
    // …or the country it is, the envoy's name straight after it: "della Tunisia in Italia A B".
    const envoy = country !== null || adjectiveBefore(text, start, language);
    const comma = envoy ? POSTED_IN.exec(rest) : null;
    const posted = comma ? pos + comma[0].length : envoy ? postedCountry(text, pos) : null;
    if (posted !== null) {
      pos = posted;
      continue;
    }
    break;
  }
  // A stop after the country ends the sentence: "l'ambasciatore del Cile. Erano presenti …" names no one.
  if (/\p{Ll}\.$/u.test(text.slice(pos - 2, pos))) return null;
  const courteous = courtesyAhead(text, pos);
  if (courteous) return { role: text.slice(start, courteous.at), country, name: courteous.name };
  const name = nameAfterComma(text, pos) ?? readName(text, pos) ?? placeThenName(text, pos);
  // One word, then a name set off by commas: the word qualifies the office ("secretaria general Iberoamericana, Rebeca Grynspan,").
  const set = name && name.name.split(' ').length === 1 ? nameAfterComma(text, name.end) : null;
  if (set && isName(set)) return { role: text.slice(start, name?.end ?? pos), country, name: set };
  if (!name || !isName(name)) return null;
  return { role: text.slice(start, roleEnd), country, name };
}

/** A nationality adjective just before the title: "der deutsche Botschafter", "l'ambassadeur" has none. */
function adjectiveBefore(text: string, start: number, language: string): boolean {
  const word = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return word !== undefined && adjectiveCountry(language, word) !== null;
}

/** A capitalised word in the genitive just before the title: "Kinas ", "Sveriges ", "USA:s ". */
const GENITIVE = /(?<![\p{L}])\p{Lu}[\p{L}-]*?(?::s|s) $/u;

/** The country a genitive before the title names ("Vietnams utrikesminister"); null for a body's ("Dragørs borgmester"). */
function genitiveCountry(text: string, start: number): string | null {
  const g = GENITIVE.exec(text.slice(Math.max(0, start - 40), start));
  return g ? (countryAt(text, start - g[0].length)?.country ?? null) : null;
}

export function europeanMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  // Every head is written in Latin letters: a paragraph without one skips every language's search for heads.
  if (!/\p{Script=Latin}/u.test(text)) return out;
  // Several grammars share one gate (the five West and South Slavic ones): each gate reads the text once.
  const gates = new Map<RegExp, boolean>();
  const opens = (gate: RegExp): boolean => {
    const known = gates.get(gate);
    if (known !== undefined) return known;
    const open = gate.test(text);
    gates.set(gate, open);
    return open;
  };
  for (const { grammar, heads, sticky, of } of COMPILED) {
    if (grammar.gate && !opens(grammar.gate)) continue;
    for (const m of matchesAtHeads(heads, sticky, text, grammar.capitalAdjective)) {
      if (!m[2]) continue;
      const before = m[1] ?? '';
      const start = m.index + (before ? before.length + 1 : 0);
      const headEnd = m.index + m[0].length;
      const after = readAfterTitle(text, grammar.language, of, start, headEnd);
      // Icelandic names the country or town after the title in the genitive: "sendiherra Eistlands", "bæjarstjóri Akureyrar".
      const genitiveAfter = grammar.language === 'is' && after !== null && /^\p{Lu}\p{Ll}+(?:s|ar)$/u.test(after.name.name);
      const reading =
        after &&
        !genitiveAfter &&
        !heldByNameBefore(text, headEnd, start, after.name) &&
        !heldBeforeDated(text, headEnd, m.index, before, after.name)
          ? after
          : null;
      if (!reading) {
        const first = nameBeforeOffice(text, start) ?? nameBeforeDatedOffice(text, m.index, before);
        if (first && free(first.index, first.end) && !out.some(([o, e]) => first.index < e && first.end > o.index))
          out.push(
            namedMention(text, first.index, first.end, {
              name: first.name,
              role: first.role,
              country: grammar.language === 'de' ? germanStateIn(first.role) : null,
              how: 'named, then given a title',
            }),
          );
        continue;
      }
      if (!free(start, reading.name.end) || out.some(([o, e]) => start < e && reading.name.end > o.index)) continue;
      const written = reading.role.replace(/[,\s]+$/, '').trim();
      const role =
        grammar.language === 'de'
          ? nominativeOffice(written, /(\p{L}+) $/u.exec(text.slice(Math.max(0, start - 8), start))?.[1])
          : written;
      const said =
        reading.country ??
        (before
          ? adjectiveCountry(grammar.language, grammar.capitalAdjective ? before.toLowerCase() : before)
          : grammar.genitive
            ? genitiveCountry(text, start)
            : null);
      const home = said === null && grammar.language === 'de' ? germanHome(role) : null;
      const country = said ?? home ?? (grammar.language === 'de' ? germanStateIn(role) : null);
      out.push([
        {
          index: start,
          surface: text.slice(start, reading.name.end).replace(/\s*[(（][^)）]*[)）]$/u, ''),
          name: reading.name.name,
          ...(reading.name.alias ? { alias: reading.name.alias } : {}),
          // "ministre ivoirien du Commerce": the nationality is the country, the office is "ministre du Commerce".
          role:
            country && reading.country
              ? role.replace(/^(\S+) (\p{Ll}{4,})(?= )/u, (all, head: string, w: string) =>
                  adjectiveCountry(grammar.language, w) === country ? head : all,
                )
              : role,
          country,
          ...(home ? { countryFrom: HOME_WHY } : {}),
          kind: 'named',
          possessive: reading.name.possessive,
          how: 'named with a title',
        },
        reading.name.end,
      ]);
    }
  }
  return out;
}
