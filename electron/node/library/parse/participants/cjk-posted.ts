// Japanese names an envoy by the posting: "フィリモネ・ワガバザ駐日フィジー共和国特命全権大使" (Fiji's
// ambassador in Japan), "菅 正広 駐モーリシャス共和国日本国特命全権大使" (Japan's ambassador in
// Mauritius). The word after "駐" is a country, never the name; the name stands before "駐".

import { countryWord } from './cjk-offices.ts';
import { namedAt } from './named-mention.ts';
import type { Mention } from './types.ts';

/** The name before "駐" or "駐日": katakana with "・", or kanji with a space between surname and given name. */
const NAME_BEFORE =
  /(?:([\p{Script=Katakana}ー]+(?:[・=＝][\p{Script=Katakana}ー]+)*)|(\p{Script=Han}{1,4}[ 　]?\p{Script=Han}{1,4}))[ 　]?$/u;

export type Posted = { name: string | null; start: number; country: string | null };

/**
 * At `countryAt`, a country read where a name was expected: when "駐" stands right before it, the
 * envoy's name before "駐" (null when none is written) and whose envoy: the country after "駐日",
 * Japan after a plain "駐" when the title says "日本国".
 */
export function postedEnvoy(text: string, countryAt: number, country: string, titleWords: string): Posted | null {
  const posted = /駐日?$/u.exec(text.slice(Math.max(0, countryAt - 2), countryAt))?.[0];
  if (!posted) return null;
  const lead = text.slice(Math.max(0, countryAt - posted.length - 24), countryAt - posted.length);
  const m = NAME_BEFORE.exec(lead);
  const name = m?.[1] ?? m?.[2] ?? null;
  // "駐日アメリカ合衆国特命全権大使": the state's long form may run on into the title; a word no table
  // knows is left empty, never stored as the country.
  const longForm = /^(?:合衆国|連邦|共和国|王国)/u.exec(titleWords)?.[0] ?? '';
  const whose =
    posted === '駐日' ? (countryWord(country) ?? countryWord(country + longForm)) : titleWords.includes('日本') ? 'Japan' : null;
  return { name, start: name ? text.lastIndexOf(name, countryAt) : countryAt, country: whose };
}

/** The envoy's mention, the office as written after the country ("特命全権大使"). */
export function postedMention(text: string, envoy: Posted, role: string, end: number): { mention: Mention; end: number } {
  return {
    mention: namedAt(text, envoy.start, end, {
      name: envoy.name,
      role: role.replace(/^(?:連邦|共和国|王国|日本国)+/u, ''),
      country: envoy.country,
      how: 'named before the posting "駐…" (Japanese)',
    }),
    end,
  };
}
