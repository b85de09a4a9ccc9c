// Official titles as records write them, and how to compare them: "FM" is "Foreign Minister",
// "Minister of Foreign Affairs" is the same office as "Foreign Minister".

/** Ministries named after "Minister of": capitalised words ending in a portfolio word. */
const PORTFOLIO =
  '(?:\\p{Lu}\\p{Ll}+ (?:and )?){0,3}(?:Affairs|Trade|Defen[cs]e|Finance|Economy|Unification|Justice|Health|Education|Security|Investment|Environment|Technology|Transport|Agriculture|Culture|Tourism|Industry|Labou?r|Planning|Interior|Information|Communications|Welfare|Energy|Land|Oceans|Fisheries|Strategy)';

const CORE = [
  'Prime Minister',
  'Foreign Minister',
  'External Affairs Minister',
  'Defen[cs]e Minister',
  'Trade Minister',
  'Finance Minister',
  `Minister(?: (?:of|for) ${PORTFOLIO})?`,
  'President',
  'Ambassador',
  'Secretary[- ]General',
  'Secretary of State',
  'Foreign Secretary',
  'State Secretary',
  `Director[- ]General(?: (?:of|for) ${PORTFOLIO})?`,
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Speaker',
  'Governor',
  'Mayor',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Special Envoy',
  'Special Representative',
  'Envoy',
  'Consul[- ]General',
  'FM',
].join('|');

const TITLE = `(?:(?:First|Senior|Acting|Permanent) )?(?:(?:Deputy|Vice)[- ])?(?:${CORE})(?![\\p{L}])`;

/** Capitalised titles joined by "and": "Deputy Prime Minister and Minister of Foreign Affairs". */
export const ROLE_SOURCE = `${TITLE}(?: and ${TITLE})*`;

/** Titles written in lowercase after "the Korean …", plus words that name a person without a title. */
export const ROLE_WORDS_SOURCE =
  '(?:(?:first|senior|acting|permanent) )?(?:(?:deputy|vice)[- ])?(?:prime minister|foreign minister|minister of foreign affairs|minister|FM|ambassador|president|secretary[- ]general|director[- ]general|special envoy|special representative|envoy|spokesperson|consul[- ]general)|diplomat|official|counterpart|delegate|leader';

/** Words that point at a person without saying which office they hold. */
export const GENERIC_ROLES = new Set(['diplomat', 'official', 'counterpart', 'delegate', 'leader']);

const SMALL = new Set(['of', 'and', 'the', 'for', 'on']);

/** "FM" spelled out, lowercase titles capitalised ("deputy foreign minister" → "Deputy Foreign Minister"). */
export function normalizeRole(role: string): string {
  return role
    .replace(/\bFM\b/g, 'Foreign Minister')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** The separate offices in a role, in a form that compares equal across wordings. */
export function titles(role: string | null): string[] {
  if (role === null) return [];
  return role
    .split(/,| and (?=(?:first |senior |acting |deputy |vice )?(?:prime )?minister|foreign)/i)
    .map((t) =>
      t
        .trim()
        .toLowerCase()
        .replace(/\bfm\b/g, 'foreign minister')
        .replace(/minister of foreign affairs/g, 'foreign minister')
        .replace(/-/g, ' '),
    )
    .filter((t) => t !== '');
}

/** A rank or office ("Minister", "Ambassador"), as opposed to a description ("Head of the ASEAN SOM"). */
export const isRank = (role: string): boolean =>
  /minister|president|ambassador|secretary|director|chair|speaker|envoy|consul|governor|mayor|spokes/i.test(role);

/** Two roles can belong to one person unless both are ranks and they share no office. */
export function rolesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || !isRank(a) || !isRank(b)) return true;
  const tb = titles(b);
  return titles(a).some((t) => tb.includes(t));
}

/** The role of one person known by two roles: the rank first, then the description. */
export function mergeRoles(kept: string | null, added: string | null): string | null {
  if (kept === null) return added;
  if (added === null || kept.toLowerCase().includes(added.toLowerCase())) return kept;
  if (!isRank(kept) && isRank(added)) return `${added}, ${kept}`;
  if (isRank(kept) && !isRank(added)) return `${kept}, ${added}`;
  return kept;
}
