// The grammar of a state's formal name in the languages desks read: a head noun (Republic, Kingdom,
// Royaume, República, Republik, Kerajaan, Cộng hòa…) with its qualifiers (Federal, Islamic,
// démocratique, Federativa…) and the preposition that joins it to the country's short name ("of",
// "du", "de la", "d'", "della", "der", none in German or Indonesian): "Royaume de Suède", "Federal
// Republic of Germany", "République Fédérative du Brésil", "Republik Österreich", "Republik Islam
// Iran". countries.ts reads the short name after it; the grammar itself names no country.

type Grammar = { head: string; qualifier: string; preposition: string; qualifierFirst: boolean; optional: boolean };

const ENGLISH: Grammar = {
  head: 'Republic|Kingdom|Principality|Grand Duchy|Sultanate|State|Commonwealth|Federation|Union|Emirate|Confederation',
  qualifier:
    "Federal|Federative|Islamic|Democratic|People['’]s|Popular|Socialist|Arab|Bolivarian|Plurinational|Oriental|Co-?operative|Hashemite|United|Independent|Sovereign",
  preposition: 'of(?:\\s+the)?',
  qualifierFirst: true,
  optional: false,
};

const FRENCH: Grammar = {
  head: 'Royaume|R[ée]publique|Principaut[ée]|Grand[- ]Duch[ée]|Sultanat|[ÉE]tat|F[ée]d[ée]ration|Union|Commonwealth|[ÉE]mirat|Conf[ée]d[ée]ration',
  qualifier:
    'f[ée]d[ée]rative|f[ée]d[ée]rale|islamique|d[ée]mocratique|populaire|socialiste|arabe|bolivarienne|plurinationale?|orientale|coop[ée]rative|hach[ée]mite|unie?s?|ind[ée]pendante?|souveraine?',
  preposition: "de\\s+la|de\\s+l['’]|du|des|de|d['’]",
  qualifierFirst: false,
  optional: false,
};

/** Spanish, Portuguese and Italian share the shape: "República Federativa do Brasil", "Regno di Svezia". */
const ROMANCE: Grammar = {
  head: 'Reino|Rep[úu]blica|Repubblica|Regno|Principado|Principato|Gran\\s+Ducado|Gr[ãa]o-Ducado|Granducato|Sultanato|Estado|Stato|Federaci[óo]n|Federa[çc][ãa]o|Federazione|Uni[óo]n|Uni[ãa]o|Unione|Mancomunidad|Emirato|Confederaci[óo]n|Confedera[çc][ãa]o|Confederazione',
  qualifier:
    'Federativa|Federale?|Isl[áâa]mica|Democr[áa]tica|Democratica|Popular|Popolare|Socialista|[ÁA]rabe|Araba|Bolivariana|Plurinacional|Plurinazionale|Oriental|Orientale|Cooperativa|Hachemita|Hashemita|Hascemita|Unida|Unita|Independiente|Independente|Soberana',
  preposition: "de\\s+la|de\\s+los|de\\s+las|del|dell['’]|della|dello|dei|degli|delle|de|da|do|dos|das|di|d['’]",
  qualifierFirst: false,
  optional: false,
};

/** German and Dutch put the qualifier first and need no preposition: "Islamische Republik Pakistan", "Koninkrijk België". */
const GERMANIC: Grammar = {
  head: 'Bundesrepublik|Republik|Königreich(?:e?s)?|Fürstentum(?:s)?|Gro(?:ß|ss)herzogtum(?:s)?|Sultanat(?:s)?|Staat(?:e?s)?|Föderation|Konföderation|Emirat(?:s)?|Koninkrijk|Republiek|Bondsrepubliek|Vorstendom|Groothertogdom|Sultanaat|Federatie|Emiraat',
  qualifier:
    '(?:Föderativ|Islamisch|Demokratisch|Sozialistisch|Arabisch|Bolivarisch|Plurinational|Kooperativ|Haschemitisch|Vereinigt|Unabhängig|Federale|Islamitische|Democratische|Socialistische|Arabische|Verenigde)(?:e|en|er|es)?',
  preposition: 'der|des|von|van(?:\\s+(?:de|het))?',
  qualifierFirst: true,
  optional: true,
};

/** Indonesian, Malay and Vietnamese: head, qualifiers, the name: "Republik Rakyat Tiongkok", "Cộng hòa Liên bang Đức". */
const MALAY_VIETNAMESE: Grammar = {
  head: 'Republik|Kerajaan|Kesultanan|Keamiran|Federasi|Persekutuan|Negara|Kepangeranan|Keharyapatihan|Konfederasi|Persemakmuran|Cộng\\s+[hH](?:òa|oà)|Vương\\s+[qQ]uốc|Liên\\s+[bB]ang|Đại\\s+[cC]ông\\s+[qQ]uốc|Công\\s+[qQ]uốc|Nhà\\s+[nN]ước|Quốc\\s+[gG]ia',
  qualifier:
    'Federal|Federasi|Rakyat|Sosialis|Demokratik|Demokratis|Islam|Arab|Bolivarian|Persatuan|Kooperatif|Serikat|Liên\\s+[bB]ang|Dân\\s+[cC]hủ|Nhân\\s+[dD]ân|Hồi\\s+[gG]iáo|Xã\\s+[hH]ội\\s+[cC]hủ\\s+[nN]ghĩa|Ả\\s+[rR]ập|Thống\\s+[nN]hất',
  preposition: '(?!)',
  qualifierFirst: false,
  optional: true,
};

const GRAMMARS = [ENGLISH, FRENCH, ROMANCE, GERMANIC, MALAY_VIETNAMESE];

/** Up to three qualifiers; each count is its own pattern, so a qualifier that also begins a name ("Arab Saudi") is tried both ways. */
const PREFIXES: RegExp[] = GRAMMARS.flatMap((g) =>
  [0, 1, 2, 3].map((n) => {
    const prep = `(?:${g.preposition})`;
    const joint = g.optional ? `(?:\\s+${prep})?\\s+` : `\\s+${prep}\\s*`;
    const body = g.qualifierFirst
      ? `(?:the\\s+)?(?=\\p{Lu})(?:(?:${g.qualifier})\\s+){${n}}(?:${g.head})${joint}`
      : `(?=\\p{Lu})(?:${g.head})(?:[\\s-]+(?:${g.qualifier})){${n}}${joint}`;
    return new RegExp(`^${body}`, g === FRENCH || g === ROMANCE ? 'iu' : 'u');
  }),
);

/**
 * The lengths of every formal prefix that opens `s` ("Royaume de " in "Royaume de Suède"), longest
 * first; none when `s` does not open with a state's head noun. A preposition ends with its
 * apostrophe ("d'"), any other with the space after it.
 */
export function formalPrefixes(s: string): number[] {
  const ends = new Set<number>();
  for (const re of PREFIXES) {
    const m = re.exec(s);
    // The head must be followed by the country, never end the text.
    if (m && m[0].length < s.length && /^\p{Lu}/u.test(s.slice(m[0].length))) ends.add(m[0].length);
  }
  return [...ends].sort((a, b) => b - a);
}

/** The French or Italian elision before a country: "d'Ukraine", "l'Autriche", "dell'Austria". */
export const ELISION = /^(?:d|l|dell)['’](?=\p{Lu})/u;

/** An article or elision before a country named alone: "la République d'Autriche", "der Republik Polen", "d'Ukraine". */
export const ARTICLE = /^(?:(?:d|l|dell)['’]|(?:la|le|el|il|lo|der|die|het)\s+)(?=\p{Lu})/u;

/** The heads a state's adjective may follow or precede: a republic, kingdom or federation, never a union of states. */
const ROMANCE_HEAD =
  'R[ée]publique|Royaume|F[ée]d[ée]ration|Conf[ée]d[ée]ration|Rep[úu]blica|Repubblica|Reino|Regno|Federaci[óo]n|Federa[çc][ãa]o|Federazione|Confederaci[óo]n|Confedera[çc][ãa]o|Confederazione';
const GERMANIC_HEAD =
  'Bundesrepublik|Republik|Königreich|Föderation|Konföderation|Eidgenossenschaft|Koninkrijk|Republiek|Bondsrepubliek|Federatie|Republic|Kingdom|Federation|Confederation';
const ENGLISH_HEAD = /^(?:Republic|Kingdom|Federation|Confederation)$/u;
const DUTCH_HEAD = /^(?:Koninkrijk|Republiek|Bondsrepubliek|Federatie)$/u;
const FRENCH_HEAD = /^(?:R[ée]publique|Royaume|F[ée]d[ée]ration|Conf[ée]d[ée]ration)$/iu;
const ITALIAN_HEAD = /^(?:Repubblica|Regno|Federazione|Confederazione)$/iu;

/** The name ends there: a body named after the state ("Fédération française de football") goes on with "de", "of"… */
const NAME_ENDS = "(?![\\s-]+(?:de|du|des|del|della|dello|di|da|do|dos|das|of|for|der|von|van|für)(?![\\p{L}])|\\s*d['’])";

/** "République française", "República Argentina": the head, its qualifiers, then the state's adjective. */
const HEAD_ADJECTIVE = new RegExp(
  `^(?=\\p{Lu})(${ROMANCE_HEAD})((?:[\\s-]+(?:${FRENCH.qualifier}|${ROMANCE.qualifier}))*)[\\s-]+(\\p{L}[\\p{L}-]{3,})(?![\\p{L}])${NAME_ENDS}`,
  'iu',
);
/** "Französische Republik", "Hellenic Republic", "Franse Republiek": the state's adjective, then the head. */
const ADJECTIVE_HEAD = new RegExp(
  `^(?:the\\s+)?(\\p{Lu}\\p{Ll}{3,})\\s+(?:(?:${GERMANIC.qualifier}|${ENGLISH.qualifier})\\s+)*(${GERMANIC_HEAD})(?![\\p{L}])${NAME_ENDS}`,
  'u',
);
const QUALIFIER = new RegExp(`^(?:${FRENCH.qualifier}|${ROMANCE.qualifier}|${GERMANIC.qualifier}|${ENGLISH.qualifier})$`, 'iu');

/**
 * A formal name built on the state's adjective ("République française", "Repubblica Italiana",
 * "Französischen Republik", "Hellenic Republic"): the adjective and the languages to read it in,
 * by the head's language, and where the name ends; null when `s` does not open with one.
 */
function formalAdjective(s: string): { adjective: string; languages: string[]; end: number } | null {
  const after = HEAD_ADJECTIVE.exec(s);
  if (after?.[1] && after[3] && !QUALIFIER.test(after[3])) {
    const head = after[1];
    const languages = FRENCH_HEAD.test(head) ? ['fr'] : ITALIAN_HEAD.test(head) ? ['it'] : ['es', 'pt'];
    return { adjective: after[3].toLowerCase(), languages, end: after[0].length };
  }
  const before = ADJECTIVE_HEAD.exec(s);
  if (before?.[1] && before[2] && !QUALIFIER.test(before[1])) {
    const head = before[2];
    const languages = ENGLISH_HEAD.test(head) ? ['en'] : DUTCH_HEAD.test(head) ? ['nl'] : ['de'];
    return { adjective: before[1].toLowerCase(), languages, end: before[0].length };
  }
  return null;
}

/** The state a formal name built on its adjective opening `s` names, read in the head's language, and where the name ends. */
export function formalAdjectiveCountry(
  s: string,
  adjectiveCountry: (language: string, word: string) => string | null,
): { country: string; end: number } | null {
  const form = formalAdjective(s);
  if (!form) return null;
  for (const language of form.languages) {
    const country = adjectiveCountry(language, form.adjective);
    if (country) return { country, end: form.end };
  }
  return null;
}
