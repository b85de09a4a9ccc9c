// Indonesian writes a person with their academic degrees around the name (gelar): the titles
// before it ("Prof. Dr.", "Ir.", "Drs.", "dr.", "H."), a rank ("Brigjen Pol (Purn)"), and the
// degrees after a comma ("S.E., M.Si.", "Ph.D", "Sp.OG., M.Kes."): "Rektor Universitas Andalas Prof. Dr. A B,
// M.Sc.", "Dekan Fakultas Hukum Prof. Rahmawati, S.H., M.H.". The degrees after the comma say the
// words before them are a person's name, one word or more; the office is what comes before the titles.

import { isCapitalName } from '../capitals.ts';
import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** One degree written after the name: "S.E.", "M.Si", "M.B.A.", "Ph.D", "D.E.A.", "Sp.OG", "I.P.M."; letters and stops, no space. */
const DEGREE = String.raw`(?:[SM](?:\.[A-Z][a-z]{0,3}){1,3}\.?|Ph\.\s?D\.?|D\.E\.A\.?|Sp\.[A-Z]{1,4}\.?|I\.P\.[MU]\.?|Lc\.?)(?![\p{L}])`;
/** The comma, then the degrees, each after a comma or a space. */
const DEGREES = new RegExp(`, ?${DEGREE}(?:,? ?${DEGREE})*`, 'gu');

/** Titles written before the name, glued or spaced: "Prof.", "Dr.", "dr.", "Drs.H.", "Ir.", "Hj.", "K.H.". */
const PREFIX = /^(?:(?:Prof|Dr|dr|drg|Drs|Dra|Ir|H|Hj|K\.H|KH)\.)+$/u;
/** Ranks of the forces and the police, and the marks after them: "Brigjen Pol", "(Purn)", "[Purn]". */
const RANK =
  /^(?:Jenderal|Letjen|Mayjen|Brigjen|Kolonel|Letkol|Mayor|Kapten|Kombes|AKBP|AKP|Laksamana|Laksdya|Laksda|Laksma|Marsekal|Marsdya|Marsda|Marsma|TNI|Pol|[([]Purn\.?[)\]])$/u;
/** A word of a name: capitalised, letters, an apostrophe or a hyphen ("Ma'mun"); no stop, no acronym. */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** The words of an office that open the role: "Rektor", "Wakil Dekan", "Bupati", "Direktur", "WR". */
const OFFICE =
  /^(?:Rektor|Wakil|Dekan|Direktur|Kepala|Ketua|Sekretaris|Bupati|Gubernur|Wali|Walikota|Menteri|Asisten|Kadis|Kaban|Kabag|Camat|Sekda|Dubes|Duta|Konsul|Penjabat|Pj|Plt|WR|WD|Koordinator|Presiden|Anggota|Staf|Dosen|Guru)$/u;

/** The words before the titles that name the office, back to where the clause starts: "Wakil Rektor Bidang Akademik Unand". */
function officeBefore(words: string[]): string | null {
  let start = words.length;
  // A comma closes the clause before, but may set the office off from the titles ("Bupati Tapanuli, Brigjen …").
  const word = (i: number): string => (i === words.length - 1 ? (words[i] ?? '').replace(/,$/u, '') : (words[i] ?? ''));
  while (start > 0 && /^(?:\p{Lu}[\p{L}&-]*|dan|\d+)$/u.test(word(start - 1)) && !PREFIX.test(word(start - 1))) start--;
  const run = words.slice(start).map((w, i) => (i === words.length - start - 1 ? w.replace(/,$/u, '') : w));
  // "… M.S dan Direktur Internasionalisasi": an office after "dan" is the next person's own.
  const joined = run.findLastIndex((w, i) => w === 'dan' && OFFICE.test(run[i + 1] ?? ''));
  const open = run.findIndex((w, i) => i > joined && OFFICE.test(w));
  if (open < 0) return null;
  return run.slice(open).join(' ') || null;
}

/**
 * Newspapers that drop the stops write the titles and the degrees bare, with no comma before the degrees: "Rektor
 * Universitas Riau Prof Dr H Budi Santoso MSi", "Dekan Dr Sari Dewi MPd". A title before and a degree after both say the
 * words between are a name.
 */
const BARE_DEGREE =
  '(?:[MS](?:Pd|Si|Hum|Ag|AP|Kom|Kes|Sc|Sos|Ak|Psi|Kn|Farm|Ked|IP|Hut|Ars|Eng|Pi|Fil|Th|Gz|Kep|KM|H|E|T|M|P)|MBA|PhD|Lc)';
const BARE_TITLED = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH)\.? )+)((?:\p{Lu}[\p{Ll}'’-]+ ){0,3}\p{Lu}[\p{Ll}'’-]+) (?:${BARE_DEGREE}|${DEGREE})(?=[\s,.;:)]|$)`,
  'gu',
);

function bareTitledMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(BARE_TITLED, text)) {
    const titles = m[1] ?? '';
    const name = m[2] ?? '';
    const end = m.index + titles.length + name.length;
    if (name.split(' ').some((w) => NOT_NAMES.has(fold(w), w) || OFFICE.test(w))) continue;
    if (!name.includes(' ') && isCapitalName(name)) continue;
    if (!free(m.index, end)) continue;
    const line = text.lastIndexOf('\n', m.index) + 1;
    const before = text
      .slice(Math.max(line, m.index - 200), m.index)
      .trimEnd()
      .split(' ');
    out.push([
      {
        index: m.index,
        surface: text.slice(m.index, end),
        name,
        role: officeBefore(before),
        country: null,
        kind: 'named',
        how: 'named between titles and degrees written without stops (Indonesian)',
      },
      m.index + m[0].length,
    ]);
  }
  return out;
}

export function indonesianDegreeMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  // "Prof Dr H … MSi": the bare form, read first where the text writes a bare title before a capital.
  if (/(?:Prof|Dr|Drs|Ir) \p{Lu}/u.test(text)) out.push(...bareTitledMentions(text, free));
  // Cheap gate: most records write no degree after a name.
  if (!/, ?(?:[SM]\.[A-Z]|Ph\.|D\.E\.A|Sp\.[A-Z])/u.test(text)) return out;
  const unread = (a: number, b: number): boolean => free(a, b) && !out.some(([o, e]) => a < e && b > o.index);
  for (const m of execAll(DEGREES, text)) {
    const end = m.index;
    // "S.E." is also the Spanish and French "Excellency" before a name: a capital after it opens that name.
    if (/^, ?S\.E\.?$/u.test(m[0]) && /^ \p{Lu}/u.test(text.slice(end + m[0].length))) continue;
    const line = text.lastIndexOf('\n', end) + 1;
    const before = text.slice(Math.max(line, end - 200), end).split(' ');
    // The name: the capitalised words back from the comma, up to a title, a rank or anything else.
    let k = before.length;
    while (k > 0 && NAME_WORD.test(before[k - 1] ?? '') && !OFFICE.test(before[k - 1] ?? '')) k--;
    let name = before.slice(k);
    // Titles glued together ("Drs.H.") are one word of titles.
    if (name.length > 5 || name.length === 0) continue;
    if (name.some((w) => NOT_NAMES.has(fold(w), w))) continue;
    let p = k;
    let titled = false;
    while (p > 0 && (PREFIX.test(before[p - 1] ?? '') || RANK.test(before[p - 1] ?? ''))) {
      p--;
      titled = true;
    }
    // One word is a name only with a title before it ("Prof. Rahmawati, Ph.D"); two or more with the degrees alone.
    if (name.length < 2 && !titled) continue;
    // A one-word name that is also a capital ("Prof. Dr. Lima") would be looked for as a person in every record naming the city.
    if (name.length === 1 && isCapitalName(name[0] ?? '')) continue;
    const written = name.join(' ');
    if (text.slice(end - written.length, end) !== written) continue;
    // The mention runs from its titles, so no rule reads a rank or a title as a name of its own.
    const index = end - before.slice(p).join(' ').length;
    if (!unread(index, end)) continue;
    const surface = text.slice(index, end);
    name = name.map((w) => w.replace(/[’']$/u, ''));
    const role = officeBefore(before.slice(0, p));
    out.push([
      {
        index,
        surface,
        name: name.join(' '),
        role,
        country: null,
        kind: 'named',
        how: 'named with academic degrees before and after the name (Indonesian)',
      },
      end + m[0].length,
    ]);
  }
  return out;
}
