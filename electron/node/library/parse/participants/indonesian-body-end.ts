// Indonesian writes the holder straight after the office and its body, with no comma, when the body's
// name ends in a word that plainly closes it: an acronym ("Kepala Biro Akademik USU Yasin Ginting"),
// a bracketed short form ("Sekretaris Kabinet (Seskab) Teddy Indra Wijaya"), the country the body
// belongs to ("Ketua Dewan Pertimbangan Kadin Indonesia Arsjad Rasjid"), a compass word closing a region
// ("Kepala Dinas Pariwisata Sulawesi Tengah …") or "Negeri" closing a ministry ("… Kementerian Luar
// Negeri …"). A company's legal form ("PT", "CV") opens a name, never closes one. The capitalised words after
// that word, up to a lowercase word, a comma or a stop, are the name. A word the record writes
// elsewhere as a place or a region ("di Sumut", "Pemprov Sumut") is the body going on, not a name.

import { normalizeCountry } from '../../../../shared/countries.ts';
import {
  holderMention,
  INDONESIAN_TEXT,
  NOT_NAME,
  nameAfter,
  OFFICE_NEXT,
  OFFICE_WORD,
  RANK,
  roleBefore,
} from './indonesian-office-comma.ts';
import type { Mention } from './types.ts';

/** A word that may close a body's name, then a capitalised word: an acronym, a bracketed short form, or a capitalised word (a country). */
const BODY_END = /(?<![\p{L}(.-])(\p{Lu}{2,6}|\(\p{Lu}[\p{L}.-]*\)|\p{Lu}\p{Ll}+) (?=\p{Lu}\p{Ll})/gu;
/** Words that close a region's or a ministry's name: "Sulawesi Selatan", "Luar Negeri", "Dalam Negeri". */
const COMPASS_OR_STATE = /^(?:Utara|Selatan|Timur|Barat|Tengah|Negeri)$/u;
/** A company's or a cooperative's legal form, written before its name: "PT Pertamina", "CV Maju". */
const LEGAL_FORM = /^(?:PT|CV|UD|PD|KSP|KUD)$/u;
/** A province's short form, its island and its compass point run together: "Sumut", "Jateng", "Kaltim", "Sultra". */
const REGION_SHORT = /^(?:Sum|Sul|Kal|Ja)(?:ut|sel|bar|teng|tim|tra|tara)$/u;
/** Words a place's or a region's name follows: "di Sumut", "Provinsi Bali", "Pemprov Jateng". */
const PLACE_BEFORE =
  /(?<![\p{L}])(?:di|ke|dari|asal|Kota|Kabupaten|Kab\.?|Provinsi|Pemprov|Pemkab|Pemkot|Pemko|Gubernur|Bupati|Walikota|Wali Kota|Wagub|Wabup|Polda|Polres|Kodam|Kanwil|Kejati)\s+$/u;

/** Whether the word closes a body: an acronym that is no rank, a bracketed short form, or a country's name. */
function closesBody(word: string): boolean {
  if (word.startsWith('(')) return true;
  // "PT", "CV": a company's legal form opens its name, never closes it.
  if (/^\p{Lu}+$/u.test(word)) return !RANK.test(word) && !LEGAL_FORM.test(word);
  // "Jawa Tengah", "Kementerian Luar Negeri": a compass word closes a region's name, "Negeri" a ministry's.
  return COMPASS_OR_STATE.test(word) || normalizeCountry(word) !== null;
}

/** The record writes the word elsewhere as a place or a region: after "di", "Provinsi", "Pemprov", or after an acronym ("DPRD Sumut"). */
function writtenAsPlace(text: string, word: string, at: number, next: string | undefined): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (i === at || /\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + word.length] ?? '')) continue;
    const before = text.slice(Math.max(0, i - 14), i);
    if (PLACE_BEFORE.test(before)) return true;
    // "DPRD Sumut mengatakan": after an acronym and not followed by the name's next word.
    if (/(?<![\p{L}])\p{Lu}{2,6}\s$/u.test(before) && !(next && text.startsWith(` ${next}`, i + word.length))) return true;
  }
  return false;
}

/** The closing word and the name's first word are written again elsewhere with no office opening the run before them. */
function bodyWrittenAlone(text: string, word: string, first: string, at: number): boolean {
  const pair = `${word} ${first}`;
  for (let i = text.indexOf(pair); i !== -1; i = text.indexOf(pair, i + 1)) {
    if (i + word.length === at || /\p{L}/u.test(text[i - 1] ?? '')) continue;
    if (roleBefore(text, i + word.length) === null) return true;
  }
  return false;
}

/** An office that may open after "dan" in a run: the civil service's words and the heads of state, government and region. */
const ANOTHER_OFFICE = new RegExp(
  `^(?:${OFFICE_WORD.source.slice(4, -2)}|Menteri|Presiden|Gubernur|Bupati|Walikota|Wali|Duta|Dubes|Konsul|Konjen)$`,
  'u',
);

/** The role within its own sentence: "… Pramio Garson Sembiring. Juga Kepala Biro Akademik USU" → "Kepala Biro Akademik USU". */
function sentenceRole(role: string | null): string | null {
  if (!role) return null;
  const words = role.split(' ');
  // "… Budi Santoso dan Menteri Dalam Negeri": the holder before "dan" closes one office, the next opens after it.
  const next = words.findLastIndex((w, i) => w === 'dan' && ANOTHER_OFFICE.test(words[i + 1] ?? ''));
  if (next >= 0) return words.slice(next + 1).join(' ');
  const stop = words.findLastIndex((w) => /\p{Ll}{2}\.$/u.test(w));
  if (stop < 0) return role;
  const open = words.findIndex((w, i) => i > stop && OFFICE_WORD.test(w));
  return open < 0 ? null : words.slice(open).join(' ');
}

export function indonesianBodyEndMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!INDONESIAN_TEXT.test(text)) return out;
  for (const m of text.matchAll(BODY_END)) {
    const word = m[1] ?? '';
    if (!closesBody(word)) continue;
    const at = m.index + word.length;
    const role = sentenceRole(roleBefore(text, at));
    // The office and at least one word of body before the closing word, a plain run with no comma of
    // its own: "Pimpinan DPRD Blora, DPRD Sibolga, DPRD …" is a list of bodies.
    if (!role || role.split(' ').length < 2 || role.includes(',')) continue;
    const name = nameAfter(text, at + 1);
    if (!name || name.titled) continue;
    const words = name.name.split(' ');
    if (words.length > 4 || words.some((w) => NOT_NAME.test(w) || normalizeCountry(w) !== null)) continue;
    if (REGION_SHORT.test(words[0] ?? '') || writtenAsPlace(text, words[0] ?? '', name.start, words[1])) continue;
    // Closed by a lowercase word, a stop, or a comma before a degree or a lowercase word; a comma before
    // another capitalised run is a list of offices and holders, read by the attendance reader.
    if (!/^(?:[.;:)\n]|$| \p{Ll}|, (?:\p{Ll}|\p{Lu}(?:\p{Lu}|\.)))/u.test(text.slice(name.end))) continue;
    // "UIN Raden Fatah Palembang … UIN Raden Fatah bahkan": the body's name, written again with no office before it.
    if (bodyWrittenAlone(text, word, words[0] ?? '', at)) continue;
    if (OFFICE_NEXT.test(text.slice(name.end, name.end + 40))) continue;
    const how = 'named after the office and a body closed by an acronym, a short form or a country (Indonesian)';
    const held = holderMention(text, at, role, name, free, how);
    if (held) out.push(held);
  }
  return out;
}
