// Finds the topics a paragraph touches in one pass: every alias of every topic is compiled into a
// single regular expression over the paragraph with diacritics (and đ) folded away, longest alias
// first, matched on word boundaries. Acronyms ("ROK", "SCS", "NSPP") must match their case, so
// "rok" or "eps" inside ordinary prose do not count; every other alias ignores case.
import { foldKeepingCase } from '../../shared/fold.ts';

export type MatcherAlias = {
  topicId: string;
  topicName: string;
  alias: string;
  /** '' = means the topic whoever speaks; else only when the source speaks for this country. */
  sourceCountry: string;
};

export type TopicHit = {
  topicId: string;
  /** The words of the paragraph that matched (as written). */
  matched: string;
  inferred: boolean;
  /** Why an inferred tag was given, in words a desk officer reads. */
  reason: string | null;
};

/** The source a paragraph speaks for: the speaker's country, else the record's. */
export type SpeakerSource = { country: string | null; why: string };

/** The key an alias is stored and looked up under: folded, lower case, dashes and spaces as one space. */
export function aliasKey(alias: string): string {
  return foldKeepingCase(alias)
    .toLowerCase()
    .replace(/[\s\p{Pd}]+/gu, ' ')
    .replace(/[’‘`]/g, "'")
    .trim();
}

const isAcronym = (alias: string): boolean =>
  !/\s/.test(alias) && alias.length <= 6 && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(alias);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HANGUL = /[\p{Script=Hangul}]$/u;

/** The end boundary of an alias: no letter or digit follows. */
const END = '(?![\\p{L}\\p{N}])';

function aliasPattern(alias: string): string {
  const folded = foldKeepingCase(alias).trim();
  // Words may be joined by any run of spaces or dashes: "people-to-people", "ASEAN – RoK", "Incheon Hanoi".
  const body = folded
    .split(/[\s\p{Pd}]+/u)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('[\\s\\p{Pd}]+');
  // Korean particles attach to the word ("한국은", "베트남과의"), so a Hangul alias needs no end boundary.
  const end = HANGUL.test(folded) ? '' : END;
  return isAcronym(folded) ? `${body}${end}` : `(?i:${body})${end}`;
}

/**
 * The alternatives in their order, each run of neighbours that end in END sharing one END:
 * (?:a|b)END tries a then b exactly as aEND|bEND does, but compiles the large letter class once
 * a run instead of once an alias (the matcher compiled ~5 times faster, the same matches).
 */
function alternation(patterns: readonly string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length === 1) out.push(`${run[0]}${END}`);
    else if (run.length > 1) out.push(`(?:${run.join('|')})${END}`);
    run = [];
  };
  for (const p of patterns) {
    if (p.endsWith(END)) run.push(p.slice(0, -END.length));
    else {
      close();
      out.push(p);
    }
  }
  close();
  return out.join('|');
}

export type TopicMatcher = { find(text: string, source: SpeakerSource): TopicHit[] };

export function buildMatcher(aliases: readonly MatcherAlias[]): TopicMatcher {
  const byKey = new Map<string, MatcherAlias[]>();
  for (const a of aliases) {
    const key = aliasKey(a.alias);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push(a);
    byKey.set(key, list);
  }
  const patterns = [...new Map(aliases.map((a) => [aliasPattern(a.alias), foldKeepingCase(a.alias).length])).entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([p]) => p);
  if (patterns.length === 0) return { find: () => [] };
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(patterns)})`, 'gu');

  return {
    find(text, source) {
      const folded = foldKeepingCase(text);
      // Folding can shorten a character (a precomposed letter with two marks stays one unit after
      // NFC), so "matched" comes from the folded text when lengths differ.
      const sameLength = folded.length === text.length;
      const hits = new Map<string, TopicHit>();
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const candidates = byKey.get(aliasKey(m[0])) ?? [];
        const matched = sameLength ? text.slice(m.index, m.index + m[0].length) : m[0];
        for (const c of candidates) {
          if (c.sourceCountry === '') {
            // A plain alias always wins over an inferred one for the same topic.
            hits.set(c.topicId, { topicId: c.topicId, matched, inferred: false, reason: null });
          } else if (c.sourceCountry === source.country && !hits.has(c.topicId)) {
            hits.set(c.topicId, {
              topicId: c.topicId,
              matched,
              inferred: true,
              reason: `“${matched}” read as ${c.topicName} because ${source.why}`,
            });
          }
        }
      }
      return [...hits.values()];
    },
  };
}
