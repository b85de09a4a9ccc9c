// Envoys listed each with the country they speak for, in the Romance languages' order: country
// first ("os do Egito, Hossameldin Zaki; Catar, Mohammed Alhayki; e Arábia Saudita, Hisham
// Alqahtani", "de Honduras, Ava Rossana Guevara Pinto, e da Guiana, Kellawan Lall") or name first
// ("Alfonso Henrique de Malheiro, du Portugal, James Pitia Morgan, du Soudan du Sud"). Two such
// items in a row make a list; one alone may be anything ("de Lisboa, Maria Silva").

import { countryAt } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

/** Only records about envoys or credentials hold such lists. */
const GATE = /embaixador|embajador|ambassad|ambasciat|credenc|créance|credential|diplomat|representantes|représentants/iu;

/** What may stand between two items: a stop, "e", "et", "y", "and", and the next item's "da", "du", "of the". */
const BETWEEN =
  /^\s*(?:[;,]\s*)?(?:(?:e|et|y|and|und)\s+)?(?:(?:os |as |les |los |las )?(?:do|da|dos|das|de|du|des|del|de la|de l['’]|d['’]|of the|of)\s*)?$/u;

/** The plural a list of envoys follows. */
const ENVOYS =
  /(?<![\p{L}])(?:embaixador|embajador|ambassadeur|ambassador|representante|représentant)(?:es|s)(?![\p{L}])|(?<![\p{L}])ambasciatori(?![\p{L}])/giu;

type Item = { start: number; end: number; nameAt: number; name: string; country: string };

const goodName = (name: string): boolean =>
  name.split(' ').length >= 2 && !name.split(' ').some((t) => NOT_NAMES.has(fold(t), t));

/** A comma, a courtesy title or none, and a capitalised word: where a name may follow the country. */
const COMMA_NAME =
  /,(?= ((?:[Ss]enhora?|[Ss]e[ñn]ora?|[Ss]ra?\.|[Dd]ona|[Dd]om|Mme|MM?\.|Mrs?\.|Ms\.|H\.\s?E\.|S\.\s?E\.) )?\p{Lu})/gu;

/** Country, comma, name: the country is the last capitalised words before the comma. */
function countryFirst(text: string): Item[] {
  const out: Item[] = [];
  for (const c of text.matchAll(COMMA_NAME)) {
    const before = text.slice(Math.max(0, c.index - 40), c.index);
    const words = /((?:\p{Lu}[\p{L}\p{M}’'-]*(?: (?:do|da|de|del|du|of|and|e|y|et))? ?){1,4})$/u.exec(before);
    if (!words?.[1]) continue;
    const from = c.index - words[1].length;
    // The longest country that ends exactly at the comma.
    let country: { country: string; start: number } | null = null;
    for (let at = from; at < c.index && !country; at = text.indexOf(' ', at + 1) + 1) {
      if (at <= 0) break;
      const found = countryAt(text, at);
      if (found && found.end === c.index) country = { country: found.country, start: at };
    }
    if (!country) continue;
    // "da Grécia, senhor Ioannis Pediotis": the courtesy title is not the name.
    const name = readName(text, c.index + 1 + (c[1]?.length ?? 0));
    if (!name || name.possessive || !goodName(name.name)) continue;
    const nameAt = text.indexOf(name.name, c.index);
    // The item starts where the state's formal name does ("République du Chili", "Royaume de Suède"), so two items meet at "du", "de la".
    out.push({ start: from, end: name.end, nameAt, name: name.name, country: country.country });
  }
  return out;
}

/** "du Portugal", "d’Argentine", "of the Philippines" after a name and its comma. */
const OF = /,\s+(?:du|des|de la|de l['’]|d['’]|de|da|do|das|dos|del|of the|of|from)\s*(?=\p{Lu})/gu;

/** Name, comma, "du" + country: the name is the capitalised words before the comma. */
function nameFirst(text: string): Item[] {
  const out: Item[] = [];
  for (const c of execAll(OF, text)) {
    const place = countryAt(text, c.index + c[0].length);
    if (!place) continue;
    const before = /((?:\p{Lu}[\p{L}\p{M}’'.-]*|de|da|do|dos|del|van|von|bin|al) ?){2,6}$/u.exec(
      text.slice(Math.max(0, c.index - 60), c.index),
    );
    const name = before?.[0].trim().replace(/^(?:de|da|do|dos|del|van|von|bin|al) /u, '');
    if (!name || !goodName(name)) continue;
    const nameAt = c.index - name.length;
    out.push({ start: nameAt, end: place.end, nameAt, name, country: place.country });
  }
  return out;
}

export function envoyCountryMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text) || !/[,]/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const items of [countryFirst(text), nameFirst(text)]) {
    const listed = items.filter((it, i) => {
      const prev = items[i - 1];
      const next = items[i + 1];
      return (prev && BETWEEN.test(text.slice(prev.end, it.start))) || (next && BETWEEN.test(text.slice(it.end, next.start)));
    });
    for (const it of listed) {
      if (!free(it.nameAt, it.nameAt + it.name.length)) continue;
      // The list's own word for them, made singular: "novos embaixadores" → "embaixador".
      const plural = [...text.slice(Math.max(0, it.start - 300), it.start).matchAll(ENVOYS)].at(-1)?.[0];
      const role = plural ? plural.replace(/(?:e?s)$/u, '').replace(/ori$/u, 'ore') : null;
      out.push([
        {
          index: it.nameAt,
          surface: it.name,
          name: it.name,
          role,
          country: it.country,
          kind: 'named',
          how: 'named in a list of envoys, each with the country',
        },
        it.nameAt + it.name.length,
      ]);
    }
  }
  return out;
}
