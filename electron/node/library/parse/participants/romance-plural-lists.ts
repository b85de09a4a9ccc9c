// One plural office of a town, a university, a legislature or a cabinet, then its holders listed:
// "los tenientes de alcalde, Rafael Gil, Sara Luna y Pedro Sanz", "os secretários Ana Lima (Saúde) e
// Rui Costa (Educação)", "los concejales Marta Ruiz y Jorge Vidal", "os diretores de curso, A B e C D",
// and Italian's same plurals: "gli assessori Marco Neri e Lucia Riva", "i consiglieri A B e C D", and French's, whose
// holders a courtesy word opens: "deux conseillers départementaux Madame A B et de Monsieur C D".
// The heads of provinces and towns are listed so too, each with his province in brackets or his town
// before the name: "los gobernadores A B (Salta), C D (Chaco) y E F (Tucumán)", "los intendentes de
// Morteros, A B, de Seeber, C D", "os prefeitos A B e C D", "les maires A B et C D".
// Each holder gets the office in the singular. A consular or diplomatic corps names each holder's
// country after the name, as English lists write "Ana Lima of Brazil": "i consoli Anna Riva della
// Polonia, Luca Neri di Malta e Pia Sala console generale della Francia"; that country (and a
// holder's own office before it) is read with the name. The ministers' and envoys' plurals are read
// by plural-titles.ts and plural-lists.ts.

import { countryAt } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { type ReadName, readName } from './names.ts';
import type { Mention } from './types.ts';

/** Spanish and Portuguese plural offices whose holders sit in on a visit. */
const HEAD = compiledEarly(
  /(?<![\p{L}-])((?:[Ss]ecretari|[Ss]ecretári|[Ss]ubsecretari)(?:os|as)|[Tt]enientes de [Aa]lcalde|[Cc]oncejal(?:es|as)|[Rr]egidor(?:es|as)|[Dd]iputad(?:os|as)|[Dd]eputad(?:os|as)|[Ss]enador(?:es|as)|[Vv]ereador(?:es|as)|[Vv]icerrector(?:es|as)|[Vv]ice-[Rr]eitor(?:es|as)|[Pp]ró-[Rr]eitor(?:es|as)|[Rr]ector(?:es|as)|[Rr]eitor(?:es|as)|[Dd]ecan(?:os|as)|[Dd]irector(?:es|as)|[Dd]iretor(?:es|as)|[Aa]sesor(?:es|as)|[Aa]ssessor(?:es|as)|[Cc]onsiglieri|[Aa]ssessori|[Cc]onsoli|[Ss]enatori|[Dd]eputat[ie]|[Ss]indaci|[Dd]irettori|[Ss]egretari|[Rr]ettori|[Cc]onseill(?:ers|ères)(?: (?:municipa|départementa|régiona)(?:ux|les))?|[Aa]djoint(?:e)?s|[Dd]éputé(?:e)?s|(?:[Vv]ice)?[Gg]obernador(?:es|as)|[Gg]overnador(?:es|as)|[Gg]overnatori|[Ii]ntendentes|[Aa]lcald(?:es|esas)|[Pp]refeit(?:os|as)|[Cc][óô]nsules|[Mm]aires|[Pp]réfets|[Bb]ourgmestres)(?![\p{L}])/gu,
);
/** What may stand between the office and the first name: its remit ("de Cultura", "di Palermo"), to a comma. */
const REMIT_TO_COMMA = /^ (?:de|del|de la|de los|do|da|dos|das|para|di|della|dello|dei|degli)(?= )[^,.;:()\n]{1,80}(?=, \p{Lu})/u;
/** A holder's remit or province in brackets after the name: "Ana Lima (Saúde)", "Omar Gil, (Neuquén)". */
const BRACKET = /^,? \([^()\n]{1,80}\)/u;
/** A holder's own office, if any, then "of" before a country: " della ", " console generale della ", " de ". */
const OF_COUNTRY =
  /^((?: (?!(?:e|y|ed)(?![\p{L}]))\p{Ll}+){0,3}) (?:de la |de l[’']|de|del|della|dello|dell[’']|di|da|do|du)(?: |(?<=[’']))/u;
const NEXT = /^, (?=\p{Lu})/u;
/** Each holder after his own town or remit: "los intendentes de Morteros, Ana Gil, de Seeber, Luis Rey y de Brinkmann, …". */
const CHAIN = /^,?(?: (?:y|e|et))? (?:de|del|de la|de los|do|da|dos|das|di|della|dello|dei|degli) [^,.;:()\n]{1,80}, (?=\p{Lu})/u;
/** The last holder: Spanish "y", Italian and Portuguese "e", French "et" ("et de Monsieur A B" after "accompagnée de"). */
const LAST = /^,? (?:y|e|et(?: de)?) (?=\p{Lu})/u;
/** The list ends at a stop, a comma, a semicolon or the paragraph's end, or at the verb or adverb that follows it. */
const CLOSED = /^(?:[,.;:]|\s*$| \p{Ll})/u;

/** Plurals the endings below would cut wrong: Italian "consiglieri" → "consigliere", "deputati" → "deputato"; French "maires". */
const ITALIAN: Record<string, string> = {
  consiglieri: 'consigliere',
  assessori: 'assessore',
  consoli: 'console',
  senatori: 'senatore',
  deputati: 'deputato',
  deputate: 'deputata',
  sindaci: 'sindaco',
  direttori: 'direttore',
  segretari: 'segretario',
  rettori: 'rettore',
  governatori: 'governatore',
  // French plurals in "-res" keep their "e": "maires" → "maire", "bourgmestres" → "bourgmestre".
  maires: 'maire',
  bourgmestres: 'bourgmestre',
};

/** "tenientes de alcalde" → "teniente de alcalde", "vereadores" → "vereador", "secretárias" → "secretária". */
const singular = (office: string): string =>
  ITALIAN[office.toLowerCase()] ??
  office
    .replace(/^(\S+?)(?:(?<=[rl])es|s)(?=$| )/u, '$1')
    // French: "conseillers départementaux" → "conseiller départemental", "conseillères municipales" → "conseillère municipale".
    .replace(/ (\p{Ll}+)(?:aux|(?<=l)es)$/u, (_, stem: string) => ` ${stem}${/l$/u.test(stem) ? 'e' : 'al'}`);

type Holder = ReadName & { start: number; office: string | null; country: string | null };

/** A holder at `at` (a space before the name): two words at least, maybe a remit in brackets or a country after. */
/** "Ferdinando Veneziani della Costa d'Avorio": the name reader keeps "della Costa" as a surname; a country ending it is none. */
const PARTICLE = / (?:de|del|della|dello|di|da|do|du)(?= \p{Lu})/gu;

function withoutCountry(text: string, at: number, name: ReadName): ReadName {
  for (const p of text.slice(at, name.end).matchAll(PARTICLE)) {
    const cut = at + p.index;
    const place = countryAt(text, cut + p[0].length + 1);
    if (place && place.end >= name.end) return { ...name, name: text.slice(at, cut).trim(), end: cut };
  }
  return name;
}

function holder(text: string, at: number): Holder | null {
  const read = readName(text, at);
  const name = read && withoutCountry(text, at, read);
  if (!name || name.name.split(' ').length < 2) return null;
  const bracket = BRACKET.exec(text.slice(name.end, name.end + 90));
  if (bracket) return { ...name, start: at + 1, end: name.end + bracket[0].length, office: null, country: null };
  const of = OF_COUNTRY.exec(text.slice(name.end, name.end + 60));
  const place = of ? countryAt(text, name.end + of[0].length) : null;
  // "della Repubblica Ceca." : the country's reading may take the sentence's stop.
  const end = place && text[place.end - 1] === '.' ? place.end - 1 : place?.end;
  if (of && place && end) return { ...name, start: at + 1, end, office: of[1]?.trim() || null, country: place.country };
  return { ...name, start: at + 1, office: null, country: null };
}

export function romancePluralListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (
    !/ecret|egretari|onseill|djoint|éputé|enientes|oncejal|onsiglieri|onsoli|egidor|iputad|eputa|enador|enatori|ereador|ector|ettori|eitor|ecan|iretor|irector|irettori|indaci|sesor|ssessor|obernador|overnador|overnatori|ntendentes|lcald|refeit|nsules|aires|réfets|ourgmestres/u.test(
      text,
    )
  )
    return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(HEAD, text)) {
    let at = m.index + m[0].length;
    const remit = REMIT_TO_COMMA.exec(text.slice(at, at + 100));
    if (remit) at += remit[0].length;
    if (text[at] === ',') at++;
    const holders: Holder[] = [];
    for (let h = holder(text, at); h; ) {
      holders.push(h);
      const last = LAST.exec(text.slice(h.end, h.end + 10));
      if (last) {
        const final = holder(text, h.end + last[0].length - 1);
        if (final && CLOSED.test(text.slice(final.end, final.end + 2))) holders.push(final);
        else holders.length = 0;
        break;
      }
      const next = NEXT.exec(text.slice(h.end, h.end + 3));
      const over = remit ? CHAIN.exec(text.slice(h.end, h.end + 100)) : null;
      const from = next ? h.end + 1 : over ? h.end + over[0].length - 1 : null;
      h = from !== null && holders.length < 16 ? holder(text, from) : null;
      // Each holder after his own town ("de Seeber, Egidio Ferrero"): those read stand when the list trails off.
      if (!h && !(remit && holders.length >= 2)) holders.length = 0;
    }
    // Two holders at least, the last after "y"/"e": a list, not one name set off by commas.
    if (holders.length < 2 || !free(m.index, holders.at(-1)?.end ?? at)) continue;
    const role = singular(m[1] ?? m[0]);
    for (const h of holders)
      out.push(
        namedMention(text, h.start, h.end, {
          name: h.name,
          role: h.office ?? role,
          country: h.country,
          how: 'named after an office shared by several',
        }),
      );
  }
  return out;
}
