// Names the people directory knows, found in the text even without a title ("Lavrov said",
// "왕이는"). The directory is passed in; nothing here reads a file or the network, so the same
// text and directory always give the same participants.

import { execAll } from '../patterns.ts';
import type { KnownPerson, Mention, PeopleDirectory } from './types.ts';

/** Spans that could be a name: 2–4 capitalised words (any alphabet), Hangul words and pairs, Han runs. */
const CAPITALISED = /(?<![\p{L}])[\p{Lu}][\p{L}\p{M}’'-]+(?: [\p{Lu}][\p{L}\p{M}’'-]+){0,3}/gu;
const SPANS = [CAPITALISED, /(?<![\p{L}])\p{Script=Hangul}{2,5}(?: \p{Script=Hangul}{2,5})?/gu, /\p{Script=Han}{2,4}/gu];

/** Korean particles a name carries in running text: "왕이는", "박진 장관과". */
const PARTICLE = /(?:은|는|이|가|을|를|과|와|의|에게|께서|도)$/u;

/** A city's or province's word before the span: "TP. Hồ Chí Minh", "thành phố Hồ Chí Minh" name a place, not the person. */
const PLACE_WORD_BEFORE = /(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|[Qq]uận|[Hh]uyện|city of|City of)\s$/u;

/** A word with Vietnamese letters or tone marks: "Lạng", "Sơn". */
const VIETNAMESE_MARKED = /[\u00C0-\u00FF\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/** Each way of reading a span, longest first: "Sergei Lavrov Said" → "Sergei Lavrov Said", "Sergei Lavrov", … */
function readings(span: string): { text: string; offset: number }[] {
  const words = span.split(' ');
  const out: { text: string; offset: number }[] = [];
  for (let n = words.length; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const text = words.slice(i, i + n).join(' ');
      const offset = words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
      out.push({ text, offset });
      const bare = text.replace(PARTICLE, '');
      if (bare !== text && bare.length >= 2) out.push({ text: bare, offset });
    }
  return out;
}

export function directoryMentions(
  text: string,
  directory: PeopleDirectory,
  free: (a: number, b: number) => boolean,
): [Mention & { known: KnownPerson }, number][] {
  const out: [Mention & { known: KnownPerson }, number][] = [];
  for (const re of SPANS) {
    for (const m of execAll(re, text)) {
      // "tỉnh Lạng Sơn": no word of a place's name is a person ("Sơn" is a known short name).
      if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "Lạng Sơn vinh dự …": in a run of Vietnamese words, one word after the first is the end of
      // another name (a place, a person), not a known person called by a short name.
      const vietnamese = m[0].includes(' ') && m[0].split(' ').every((w) => VIETNAMESE_MARKED.test(w));
      const run = re === CAPITALISED && m[0].includes(' ');
      for (const r of readings(m[0])) {
        if (vietnamese && r.offset > 0 && !r.text.includes(' ')) continue;
        // "Son Excellence", "Sơn La", "XI Форума": one word that opens a longer run of capitalised
        // words begins another name (a title, a place, an event), not a known person's short name.
        if (run && r.offset === 0 && !r.text.includes(' ')) continue;
        const start = m.index + r.offset;
        const end = start + r.text.length;
        if (!free(start, end) || out.some(([o, e]) => start < e && end > o.index)) continue;
        if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
        const known = directory.lookup(r.text);
        if (!known) continue;
        out.push([
          {
            index: start,
            surface: r.text,
            name: r.text,
            role: null,
            country: null,
            kind: 'named',
            how: 'known from the people directory',
            directory: true,
            known,
          },
          end,
        ]);
        break;
      }
    }
  }
  return out;
}

/** The directory's entry for a person, by any name the record gives them. */
export function knownAs(directory: PeopleDirectory | undefined, names: (string | null | undefined)[]): KnownPerson | null {
  if (!directory) return null;
  for (const n of names) {
    if (!n) continue;
    const k = directory.lookup(n);
    if (k) return k;
  }
  return null;
}
