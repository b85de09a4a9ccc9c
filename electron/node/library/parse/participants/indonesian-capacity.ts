// Indonesian names a person, then says in what capacity they are there: "dipimpin oleh Faisal, selaku Wakil
// Dekan II …", "didampingi oleh Nurbaya Kifli selaku Kepala Bagian …", "Charlton Raya yang menjabat Political
// Specialist", "Ketua APEKSI Airin Rachmi Diani yang juga Wali Kota …", "Bupati Erlina yang juga merupakan Wakil
// Ketua Umum …". The capacity ("selaku", "yang juga", "yang menjabat": as, who is also, who holds) says where the
// name ends; the capitalised words before it, past an office or a body's short form, are the name. The office
// before the name is the role; with none, the capacity's office is.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { NOT_PERSON, OFFICE } from './attendance-names.ts';
import { NOT_NAME, OFFICE_WORD, writtenAgain } from './indonesian-office-comma.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** The capacity after a name: "selaku", "yang juga (merupakan)", "yang menjabat (sebagai)", a comma allowed before it. */
const CAPACITY = /,?\s+(?:selaku|yang\s+juga(?:\s+merupakan)?|yang\s+menjabat(?:\s+sebagai)?)\s+(?=\p{Lu})/gu;
/** A word of a name: capitalised, lowercase after its first letter. */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** Words a place's name follows: the word after them is a region, no one's name. */
const PLACE_WORD = /^(?:di|ke|dari|Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Desa|Kelurahan|Negara|Negeri)$/u;
/** An office named in English or Indonesian that the shared office words leave out: "Economic Specialist", "Spesialis". */
const SPECIALIST = /(?<![\p{L}])(?:speciali[sz]t|spesialis)/iu;

const notAName = (w: string): boolean =>
  !NAME_WORD.test(w) ||
  NOT_NAME.test(w) ||
  OFFICE_WORD.test(w) ||
  NOT_PERSON.has(w.toLowerCase()) ||
  normalizeCountry(w) !== null;

export function indonesianCapacityMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!/(?<![\p{L}])(?:selaku|yang juga|yang menjabat)(?![\p{L}])/u.test(text)) return out;
  for (const m of text.matchAll(CAPACITY)) {
    const capacity = /^[^,.;:\n]*/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 120))?.[0].trim() ?? '';
    if (!OFFICE.test(capacity) && !SPECIALIST.test(capacity)) continue;
    // The words before the capacity, back to a stop, a comma or the line's start.
    const line = Math.max(
      text.lastIndexOf('\n', m.index),
      text.lastIndexOf(',', m.index - 1),
      text.lastIndexOf('.', m.index - 1),
    );
    const words = text
      .slice(line + 1, m.index)
      .trim()
      .split(/\s+/u);
    let k = words.length;
    while (k > 0 && words.length - k < 4 && !notAName(words[k - 1] ?? '')) k--;
    const name = words.slice(k);
    // "di Padang", "Kota Padang" is a region; "terdiri dari A" (consists of) names its members.
    const place = PLACE_WORD.test(words[k - 1] ?? '') && !(words[k - 1] === 'dari' && words[k - 2] === 'terdiri');
    if (name.length === 0 || place) continue;
    const written = name.join(' ');
    const end = m.index;
    const start = end - written.length;
    if (text.slice(start, end) !== written) continue;
    // One word alone is a name only where the record writes it again, never after a word of place ("Bupati Sleman").
    if (name.length === 1 && !writtenAgain(text, written, start)) continue;
    // The office before the name, from its office word: "Ketua APEKSI", "Kepala BKPSDM", "Bupati".
    const open = words.slice(0, k).findLastIndex((w) => OFFICE_WORD.test(w) || OFFICE.test(w));
    const before = open >= 0 ? words.slice(open, k).join(' ') : '';
    const roleStart = before === '' ? start : start - before.length - 1;
    if (before !== '' && text.slice(roleStart, start - 1) !== before) continue;
    if (!free(roleStart, end)) continue;
    out.push(
      namedMention(text, roleStart, end, {
        name: written,
        role: before === '' ? capacity : before,
        how: 'named before the capacity they are there in ("selaku", "yang juga") (Indonesian)',
      }),
    );
  }
  return out;
}
