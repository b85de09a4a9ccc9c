// Official titles as records write them, and how to compare them. English titles follow one
// grammar: [First|Senior|Acting…] [Deputy|Vice|Under|Assistant] [portfolio words] head noun
// [of/for + portfolio] ("Deputy Secretary of State", "National Security Advisor", "Minister for
// Foreign Affairs", "High Representative for Foreign Affairs and Security Policy"). Korean and
// Vietnamese titles are kept as written; office() gives every wording one comparable form.

import { LOCAL_OFFICES } from './local-offices.ts';

const FOREIGN_MINISTER = 'foreign minister';

/** Words that name a portfolio or institution when they close an "of/for" phrase. */
const PORTFOLIO_NOUN =
  '(?:Affairs|Trade|Defen[cs]e|Finance|Economy|Unification|Justice|Health|Education|Security|Investment|Environment|Technology|Transport|Agriculture|Culture|Tourism|Industry|Labou?r|Planning|Interior|Information|Communications|Welfare|Energy|Land|Oceans|Fisheries|Strategy|Policy|Cooperation|Development|Relations|Integration|Commerce|Resources|Treasury|Commonwealth|Protocol|Intelligence|Asia|Pacific|Europe|Americas|Africa|Assembly|Parliament|Committee|Commission|Council|Congress|Senate|Party|Office|Bureau|Department|Ministry|Agency|Secretariat|Delegation|Staff|Board|Bank|Fund|Organi[sz]ation|Cabinet|Government|Union|Federation|Services?)';

/** "of Foreign Affairs", "for Foreign, Commonwealth and Development Affairs", "of the National Assembly", "of State". */
const OF_DOMAIN = `(?: (?:of|for) (?:the )?(?:State(?: for (?:[\\p{Lu}][\\p{Ll}]+,? (?:and )?){0,5}${PORTFOLIO_NOUN})?|(?:[\\p{Lu}][\\p{Ll}-]+,? (?:and |& )?){0,5}${PORTFOLIO_NOUN}))`;

/** Portfolio words written before the head noun: "Foreign Minister", "National Security Advisor". */
const BEFORE =
  '(?:(?:Foreign|External Affairs|Defen[cs]e|Trade|Finance|National Security|Home|Interior|Unification|Economy|Economic|Industry|Health|Environment|Chief Cabinet|Cabinet|State|Political|Press|Policy|Legal|Consular|Treasury|Commerce|Education|Justice|Energy|Agriculture|Culture|Labou?r|Transport|Development|International Trade|Trade and Industry|Overseas|Party) )';

const HEAD = [
  'Prime Minister',
  'Minister[- ]Counsel+or',
  'Minister',
  'Secretary[- ]General',
  'General Secretary',
  'Under[- ]Secretary(?:[- ]General)?',
  'Secretary',
  'Director[- ]General',
  'Director',
  'Vice[- ]President',
  'President',
  'Chancellor',
  'Premier',
  'Ambassador(?:[- ]at[- ]Large)?',
  'Envoy',
  'Advis[eo]r',
  'Counsel+or',
  'Council+or',
  // The councillor's title as British and Irish councils write it before the name: "Cllr Ann Byrne".
  'Cllr\\.?',
  'Representative',
  'Commissioner',
  'Chair(?:man|woman|person)?',
  'Speaker',
  // The Commonwealth's and Iran's provinces' office: "Governor-General", "Governor General".
  'Governor[- ]General',
  'Governor',
  'Mayor',
  'Spokes(?:person|man|woman)',
  'Chief of Staff',
  "Charg[eé] d[’']Affaires(?: a\\.?i\\.?| ad interim)?",
  'Consul[- ]General',
  'Consul',
  'Head of (?:State|Government|Delegation)',
  'Crown Prince',
  'King',
  'Queen',
  'Emperor',
  'Sultan',
  'Emir',
  // The Gulf's spelling, only before the ruler's name: "Amir" alone is also a given name ("Amir Khan").
  'Amir(?= Sh(?:ei|ai)kh )',
  'Senator',
  'Coordinator',
  'Negotiator',
  'Sherpa',
  'FM',
  'DPM',
  // Military ranks name the officer as a title does: "Brigadier General Hamid Karimi".
  '(?:Brigadier|Major|Lieutenant)[- ]General',
  '(?:Lieutenant[- ])?Colonel',
  '(?:Vice |Rear |Fleet )?Admiral',
  'Air (?:Chief |Vice )?Marshal',
  'General(?! (?:Assembly|Secretary|Staff|Council|Debate|Directorate|Department|Affairs|Election|Manager|Consul|Director))',
].join('|');

/** The head nouns alone: every title holds one (a cheap test before the full patterns). */
export const HEAD_SOURCE = HEAD;

/** One office: modifiers, rank, portfolio, head noun, domain. */
const TITLE = `(?:(?:First|Senior|Acting|Permanent|Principal|Executive|Chief|Special|High|Parliamentary|Assistant|Associate|Interim) )*(?:(?:Deputy|Vice|Under|Assistant)[- ])?${BEFORE}?(?:${HEAD})${OF_DOMAIN}{0,2}(?![\\p{L}])`;

/** Offices joined by "and" or a comma: "Deputy Prime Minister and Minister of Foreign Affairs", "State Councilor, Foreign Minister". */
export const ROLE_SOURCE = `${TITLE}(?:(?: and|,| cum) ${TITLE})*`;

/** Titles written in lowercase after "the Korean …", plus words that name a person without a title (use with the i flag). */
export const ROLE_WORDS_SOURCE = `${ROLE_SOURCE}|diplomat|official|counterpart|delegate|leader|top diplomat`;

/** Words that point at a person without saying which office they hold. */
export const GENERIC_ROLES = new Set(['diplomat', 'official', 'counterpart', 'delegate', 'leader', 'top diplomat']);

const SMALL = new Set(['of', 'and', 'the', 'for', 'on', 'at', 'd’affaires', "d'affaires", 'cum']);

/** "FM" spelled out, lowercase titles capitalised ("deputy foreign minister" → "Deputy Foreign Minister"). */
export function normalizeRole(role: string): string {
  return role
    .replace(/\bFM\b/g, 'Foreign Minister')
    .replace(/\bDPM\b/g, 'Deputy Prime Minister')
    .replace(/\bCllr\b\.?/g, 'Councillor')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** One wording of an office, in the form every wording of it shares ("minister of foreign affairs" → "foreign minister"). */
function canonical(t: string): string {
  const s = t
    .trim()
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\bfm\b/g, 'foreign minister')
    .replace(/\bdpm\b/g, 'deputy prime minister')
    .replace(/\badviser\b/g, 'advisor')
    .replace(/\bcouncill?or\b|\bcounsell?or\b/g, 'councilor')
    .replace(/\bminister (?:of|for) (?:foreign|external) affairs\b/g, 'foreign minister')
    .replace(/\bexternal affairs minister\b/g, 'foreign minister')
    .replace(/\bminister of foreign and \w+ affairs\b/g, 'foreign minister')
    .replace(/^(?:the )?/, '');
  const local = LOCAL_OFFICES.get(s) ?? s;
  // One office under several names: a special representative is the envoy, a top diplomat the foreign minister.
  return local.replace(/^(?:special (?:representative|envoy)|envoy)\b.*/, 'envoy').replace(/^top diplomat$/, FOREIGN_MINISTER);
}

/** The separate offices in a role, in a form that compares equal across wordings and languages. */
export function titles(role: string | null): string[] {
  if (role === null) return [];
  return role
    .split(/,| and (?=(?:first |senior |acting |deputy |vice )?(?:prime )?minister|foreign|state|secretary)| cum | 겸 |\s*,\s*/i)
    .map(canonical)
    .filter((t) => t !== '');
}

/** A rank or office ("Minister", "Ambassador", "장관"), as opposed to a description ("Head of the ASEAN SOM"). */
export const isRank = (role: string): boolean =>
  /minister|president|premier|ambassador|secretary|director|chair|speaker|envoy|consul|governor|mayor|spokes|advis|councilor|councillor|representative|commissioner|chargé|charge d|king|queen|장관|총리|대통령|대사|차관|부장|실장|총장|대표|특사|주석|위원|보좌관|bộ trưởng|thủ tướng|thứ trưởng|đại sứ|chủ tịch|bí thư|tổng thống|ngoại trưởng|menteri|presiden/i.test(
    role,
  );

/** Two roles can belong to one person unless both are ranks and they share no office. */
export function rolesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || !isRank(a) || !isRank(b)) return true;
  const tb = titles(b);
  return titles(a).some((t) => tb.includes(t) || t.endsWith(` ${tb[0]}`) || (tb[0] ?? '').endsWith(` ${t}`));
}

/** The role of one person known by two roles: the rank first, then the description. */
export function mergeRoles(kept: string | null, added: string | null): string | null {
  if (kept === null) return added;
  if (added === null || kept.toLowerCase().includes(added.toLowerCase())) return kept;
  if (!isRank(kept) && isRank(added)) return `${added}, ${kept}`;
  if (isRank(kept) && !isRank(added)) return `${kept}, ${added}`;
  return kept;
}
