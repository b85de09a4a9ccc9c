// A credentials ceremony's envoys, one to a line: "- Yang Wanming – China", "- 14h15 – Ahmad
// Mohammed Al-Shebani, embaixador do Qatar;", "• Fiona Flood, ambassador of Ireland". Each line is a
// name and the country it speaks for; two such lines in a row make the list.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Only records about envoys or credentials hold such lists. */
const GATE = /embaixad|embajad|ambassad|ambasciat|credenc|créance|credential|Beglaubigung/iu;

/** The envoy's own word, singular, and the preposition before the country. */
const ENVOY_WORD =
  '(?:embaixadora|embaixador|embajadora|embajador|ambassadrice|ambassador|ambassadeur|ambasciatore|Botschafter(?:in)?)';

/**
 * A bullet, a time of day ("14h15 –", "10:30 -"), a form of address ("M.", "H.E."), the name (two to five capitalised words, with the
 * particles names carry), then a dash and the country, or a comma, the envoy's word and "of" the country.
 */
const LINE = new RegExp(
  `^(?:[-•*·]\\s*)?(?:\\d{1,2}(?:h|:)\\d{0,2}\\s*[–—-]\\s*)?(?:(?:MM?\\.|Mme|Mrs?\\.?|Ms\\.?|H\\.\\s?E\\.?|S\\.\\s?E\\.?|Dr\\.?|Sra?\\.|Senhora?|Señora?)\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}.’'-]*|de|da|do|dos|del|van|von|bin|al|el)(?: (?:\\p{Lu}[\\p{L}\\p{M}.’'-]*|de|da|do|dos|del|van|von|bin|al|el)){1,5})(?:\\s+[–—-]\\s+|,\\s*${ENVOY_WORD}\\s+(?:(?:d[aoe]s?|de la|de l['’]|du|des|del|of(?: the)?|from)\\s+)?)([^;,.–—]{2,40}?)\\s*[;.,]?\\s*$`,
  'iu',
);

type Item = { at: number; name: string; country: string; role: string | null };

function item(line: string, at: number): Item | null {
  const m = LINE.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const name = m[1];
  if (!/^\p{Lu}/u.test(name) || name.split(' ').some((t) => NOT_NAMES.has(fold(t), t))) return null;
  const country = normalizeCountry(m[2].trim());
  if (!country) return null;
  const word = new RegExp(`,\\s*(${ENVOY_WORD})`, 'iu').exec(line)?.[1] ?? null;
  return { at: at + line.indexOf(name), name, country, role: word };
}

export function envoyLineMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text) || !/\n/u.test(text)) return [];
  const items: (Item | null)[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // Cheap test first: a list line is short and has a dash or a comma.
    items.push(line.length <= 160 && /[–—,-]/u.test(line) ? item(line, at) : null);
    at += line.length + 1;
  }
  const out: [Mention, number][] = [];
  for (const [i, it] of items.entries()) {
    if (!it || !(items[i - 1] || items[i + 1])) continue;
    if (!free(it.at, it.at + it.name.length)) continue;
    out.push([
      {
        index: it.at,
        surface: it.name,
        name: it.name,
        role: it.role ? it.role.toLowerCase() : null,
        country: it.country,
        kind: 'named',
        how: 'named in a list of envoys, one to a line, each with the country',
      },
      it.at + it.name.length,
    ]);
  }
  return out;
}
