// English lists of envoys and leaders name them by their country alone: "Argentina's Eduardo
// Amadeo was the first ambassador to be received", "his meetings with Sweden's Staffan Herrstrom,
// Japan's Kazuhiro Suzuki". A title after the possessive is the title rules' ("Japan's Foreign
// Minister …"); a place or a body is not a person ("South Africa's Northern Cape").

import { COUNTRY_SOURCE, isCountryWord, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

const OWNER = new RegExp(`(?<![\\p{L}])(?:the )?(${COUNTRY_SOURCE})['’]s(?= \\p{Lu})`, 'gu');

/** Words that make a capitalised run a title, a place or a body rather than a name. */
const NOT_NAME_WORD =
  /^(?:Cape|Province|Prefecture|County|District|Municipality|Governorate|Territory|Region|State|States|Government|Ministry|Embassy|Army|Navy|Air|Parliament|Senate|Congress|Party|Council|Office|Vision|Airways|Airlines|Bank|University|President|Prime|Minister|Ministers|King|Queen|Prince|Princess|Sheikh|Emir|Foreign|Deputy|Ambassador|High|Special|Envoy|National|Central|Northern|Southern|Eastern|Western|New|Supreme|Crown|Leader|Leaders|Chief|General|Secretary|Speaker|Chancellor|Premier|Defence|Defense|Trade|Finance|Commissioner|Mission|Republic|Kingdom|Federation|Union|Agency|Company|Corporation|Group|Forces|Police|Court|Cabinet|Administration|Dr|Mr|Mrs|Ms|Sir|Lady|Lord)$/u;

/**
 * The same lists name an envoy with the country after the name: "Mosud Mannan of Bangladesh, Sweden's
 * Staffan Herrstrom …, and Adil Ibrahim Mustafa of Sudan", "Marina Valere from Trinidad and Tobago, and
 * …". Only as an item of a list (after a comma, a colon or "and", closed by one or a stop): "John Smith
 * of the United States said" is a sentence's subject, which the title rules read when he has a title.
 */
/** A capitalised word of a name, a double-barrelled one too ("Mbikusita-Lewanika"). */
const WORD = "[\\p{Lu}][\\p{Ll}’'-]+(?:-[\\p{Lu}][\\p{Ll}’'-]+)?";
const OF_COUNTRY = new RegExp(
  `(?<=(?:[,:]| and) )((?:${WORD} ){1,3}${WORD}) (?:of|from) (?:the )?(${COUNTRY_SOURCE})(?=[,;.]| and |$)`,
  'gu',
);

/** An office's head noun right after the words read: they were its portfolio, no name. */
const OFFICE_NEXT =
  /^ (?:Minister|Secretary|Ambassador|Envoy|Commissioner|Advis[eo]r|Director|Spokes(?:person|man|woman)|Chief|Representative)(?![\p{L}])/u;

function countryAfterMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!/ (?:of|from) /u.test(text)) return out;
  for (const m of execAll(OF_COUNTRY, text)) {
    const name = m[1] ?? '';
    const end = m.index + m[0].length;
    // "…, Commonwealth and Development Affairs of the United Kingdom": a portfolio's words are nobody's name.
    const words = name.split(' ');
    if (!free(m.index, end) || words.some((t) => NOT_NAME_WORD.test(t) || NOT_NAMES.has(fold(t), t) || isCountryWord(t)))
      continue;
    out.push([
      {
        index: m.index,
        surface: name,
        name,
        role: null,
        country: normalizeCountry(m[2] ?? ''),
        kind: 'named',
        how: 'named in a list, the country after the name',
      },
      end,
    ]);
  }
  return out;
}

export function possessiveCountryMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = countryAfterMentions(text, free);
  if (!/['’]s \p{Lu}/u.test(text)) return out;
  for (const m of execAll(OWNER, text)) {
    const at = m.index + m[0].length;
    const name = readName(text, at);
    if (!name || !free(m.index, name.end)) continue;
    const tokens = name.name.split(' ');
    if (tokens.length < 2 || tokens.some((t) => NOT_NAME_WORD.test(t.replace(/\.$/u, '')))) continue;
    // "New Zealand's Climate Change Minister, Simon Watts": the words before an office are its portfolio.
    if (OFFICE_NEXT.test(text.slice(name.end, name.end + 40))) continue;
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        role: null,
        country: normalizeCountry(m[1] ?? ''),
        possessive: name.possessive,
        how: "named after the country's possessive",
      }),
    );
  }
  return out;
}
