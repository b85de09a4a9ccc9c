// Indonesian sets the holder off from a long office with a comma: the office, its unit and region
// all capitalised, then the name, often after a police or army rank or a title: "Sekretaris DPRD
// Provinsi Riau, Budi Santoso mengatakan", "Kasubbag Humas, Protokol dan Publikasi Sekretariat DPRD
// Provinsi Bali, Made Arya", "Kapolres Sleman, AKBP Andi Pratama, S.I.K.". The capitalised run before
// the comma, opened by an office word, is the role; the capitalised words after the rank are the name.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { isCapitalName } from '../capitals.ts';
import { fieldBeforeName } from './indonesian-fields.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Office words that open an Indonesian role (the civil service's, the police's and the army's short forms). */
export const OFFICE_WORD =
  /^(?:Sekretaris|Sekda|Sekwan|Kepala|Ketua|Wakil|Deputi|Direktur|Dirjen|Sekjen|Asisten|Staf|Kabag|Kabid|Kasubbag|Kasubag|Kasubdit|Kasi|Kasat|Kadis|Kaban|Camat|Lurah|Rektor|Dekan|Koordinator|Spesialis|Komandan|Kapolres|Kapolresta|Kapolda|Kapolsek|Wakapolda|Wakapolres|Danrem|Dandim|Danramil|Danlanal|Danlanud|Pangdam|Kajari|Kajati|Pimpinan|Anggota)$/u;
/** An envoy's office, which a comma may set off from its holder too: "Konsul Jenderal RI Jeddah, Mohamad …", "Konsul RI Darwin, Bp …". */
const ENVOY_WORD = /^(?:Konsul|Konjen|Duta|Dubes)$/u;
/** A word of the capitalised run: a capitalised word, an acronym, a number, a bracketed short form, or "dan"/"&" inside it. */
const RUN_WORD = /^(?:\p{Lu}[\p{L}.'’/-]*|\d+|\(\p{Lu}[\p{L}.-]*\)|dan|&)$/u;
/** Ranks and titles written between the comma and the name: "AKBP", "Brigjen TNI", "Kombes Pol.", "H.", "Dr.", "Prof", "Bp" (Mr). */
export const RANK =
  /^(?:Jenderal|Letjen|Mayjen|Brigjen|Kolonel|Letkol|Mayor|Kapten|Lettu|Letda|Komjen|Irjen|Kombes|AKBP|AKP|Kompol|IPTU|Iptu|IPDA|Ipda|AIPTU|AIPDA|Laksamana|Laksdya|Laksda|Laksma|Marsekal|Marsdya|Marsda|Marsma|TNI|Pol\.?|Inf\.?|[([]Purn\.?[)\]]|(?:Prof|Dr|dr|drg|Drs|Dra|Ir|H|Hj|K\.?H|Bp|Bpk|Bapak)\.?)$/u;
/** A word of the name: capitalised letters, an initial ("M."), or a short given name abbreviated before the next word ("Abd.", "Muh."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.?|\p{Lu}\p{Ll}{1,3}\.)$/u;
/** Words of an office, a region or a body that a capitalised run after the comma may be instead of a name. */
export const NOT_NAME =
  /^(?:Pj|Plt|Gubernur|Bupati|Walikota|Wali|Menteri|Presiden|Duta|Dubes|Konsul|Konjen|Jawa|Sumatera|Kalimantan|Sulawesi|Papua|Nusa|Timur|Barat|Selatan|Utara|Tengah|Raya|Provinsi|Kabupaten|Kota|Dinas|Badan|Kantor|Bagian|Bidang|Sekretariat|Pemerintah|Pemkab|Pemkot|Pemprov|Kementerian|Universitas|Fakultas|Polres|Polda|Polsek|Kecamatan|Desa|Kelurahan|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)$/u;
/** Indonesian or Malay function words: the text is in one of them. */
export const INDONESIAN_TEXT = /(?<![\p{L}])(?:yang|dengan|dalam|untuk|dan|ini|itu|di|ke|dari|pada|oleh)(?![\p{L}])/u;
/** The next item of a list opens with an office: ", Asisten …", ", Kadis …". */
export const OFFICE_NEXT = new RegExp(`^, (?:Plt\\.? |Pj\\.? )?${OFFICE_WORD.source.slice(1, -1)}(?![\\p{L}])`, 'u');
/** Police and army ranks, never part of an office's name: a name starts with them. */
const RANK_SET_OFF =
  '(?:Letjen|Mayjen|Brigjen|Kolonel|Letkol|Komjen|Irjen|Kombes|AKBP|AKP|Kompol|IPTU|Iptu|IPDA|Ipda|AIPTU|AIPDA|Laksdya|Laksda|Laksma|Marsdya|Marsda|Marsma)(?: (?:TNI|Pol\\.?))?';
/**
 * Titles written bare, without their stops, as newspapers do: "Dr H", "Drs H", "Prof Dr", "Hj". Two of them, or one
 * of several letters; never a lone "H", which may be a name's initial ("Andi H Rahman").
 */
const BARE_TITLES = '(?:(?:Prof|Dr|Drs|Dra|Ir|Hj|H|KH) (?:Prof|Dr|Drs|Dra|Ir|Hj|H)|Prof|Dr|Drs|Dra|Ir|Hj|KH)';
/**
 * Where a holder may be set off: a comma, or a title with its stop after the office's run ("Sekretaris DPRD Provinsi
 * Riau (Sekwan) H. Raflis menerima …"), which says as plainly where the name starts, or a police or
 * army rank with no comma ("Kapolres Bima Kota AKBP Ida Bagus …"), or titles written bare ("Wakil Rektor III Dr H A B").
 */
const SET_OFF = new RegExp(
  `, (?=\\p{Lu})| (?=(?:H|Hj|Dr|Drs|Dra|Ir|Prof|dr|KH)\\. \\p{Lu})| (?=${RANK_SET_OFF} \\p{Lu})| (?=${BARE_TITLES} \\p{Lu}\\p{Ll})`,
  'gu',
);

/**
 * The role before the comma at `at`: the capitalised run, from the office word of its last comma-separated part that has one;
 * an envoy's office too when `envoy` (a holder set off by a comma: the other readers take an envoy's office and name otherwise).
 */
export function roleBefore(text: string, at: number, envoy = false): string | null {
  const line = text.lastIndexOf('\n', at) + 1;
  const words = text.slice(Math.max(line, at - 220), at).split(' ');
  let start = words.length;
  // The run may hold commas of its own ("Kasubbag Humas, Protokol dan Publikasi …"): a word's trailing comma stays in it.
  while (start > 0 && RUN_WORD.test((words[start - 1] ?? '').replace(/,$/u, ''))) start--;
  const run = words.slice(start);
  if (run.at(0) === 'dan' || run.at(0) === '&') run.shift();
  let open = -1;
  for (let i = 0; i < run.length; i++) {
    const word = run[i] ?? '';
    // The first office word of the run's last part that has one ("Wakil Ketua DPRD, Ketua Komisi A" → "Ketua Komisi A").
    if (OFFICE_WORD.test(word) && (open < 0 || run.slice(open, i).some((w) => w.endsWith(',')))) open = i;
    // "Dubes Srilanka … dan Dubes Banglades, Mr …": an envoy's office after "dan" is the next one's.
    else if (
      envoy &&
      ENVOY_WORD.test(word) &&
      (open < 0 || run[i - 1] === 'dan' || run.slice(open, i).some((w) => w.endsWith(',')))
    )
      open = i;
  }
  if (open < 0) return null;
  // "Dubes Uzbekistan, Mr …": an envoy's office with the country it serves is the envoy readers' (local.ts), who keep the country.
  if (
    envoy &&
    ENVOY_WORD.test(run[open] ?? '') &&
    run.slice(open + 1).some((w) => normalizeCountry(w.replace(/,$/u, '')) !== null)
  )
    return null;
  const role = run.slice(open);
  // "Kepala Dinas Kominfo, Kepala Badan …": the words after the comma are not a name when they open an office.
  return role.length > 0 ? role.join(' ') : null;
}

/** Words a place's name follows ("di Bima", "Kota Bima", "Provinsi Riau"): a one-word name written after one is a place. */
const PLACE_BEFORE = /(?<![\p{L}])(?:di|ke|dari|Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Desa|Kelurahan|Negara|Negeri)\s+$/u;

/** The one word is written again elsewhere in the record, a word of its own, and never after a word of place. */
export function writtenAgain(text: string, word: string, at: number): boolean {
  if (NOT_NAME.test(word) || fieldBeforeName(word) !== null || normalizeCountry(word) !== null) return false;
  // "Kasubbag Humas, Protokol dan Publikasi …": a word that goes on with "dan" is the office's field.
  if (/^ (?:dan|&) /u.test(text.slice(at + word.length, at + word.length + 6))) return false;
  let again = false;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + word.length] ?? '')) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, i - 12), i))) return false;
    if (i !== at) again = true;
  }
  return again;
}

/** The name after the comma at `at`, past its ranks and titles: its words and where it ends. */
export function nameAfter(text: string, at: number): { name: string; start: number; end: number; titled: boolean } | null {
  // A name does not cross a line: "… Arsjad Rasjid.\nDelegasi …".
  const words =
    text
      .slice(at, at + 160)
      .split('\n')[0]
      ?.split(' ') ?? [];
  let pos = at;
  let k = 0;
  let titled = false;
  while (k < words.length && RANK.test(words[k] ?? '')) {
    pos += (words[k] ?? '').length + 1;
    k++;
    titled = true;
  }
  const start = pos;
  const name: string[] = [];
  for (; k < words.length && name.length < 6; k++) {
    // "Ali Machfud,S.I.K,M.I.K": a degree glued on after a comma ends the name there.
    const piece = words[k] ?? '';
    const glued = piece.indexOf(',');
    const raw = glued > 0 && glued < piece.length - 1 ? piece.slice(0, glued + 1) : piece;
    const word = raw.replace(/[,.]$/u, (c) => (c === '.' && /^\p{Lu}\p{Ll}{0,3}\.$/u.test(raw) ? c : ''));
    if (!NAME_WORD.test(word) || NOT_NAME.test(word) || OFFICE_WORD.test(word)) break;
    name.push(word);
    pos += word.length;
    // A comma or a stop after the word ends the name ("Doli M. Tanjung, S.I.K."); an initial's or abbreviation's stop does not.
    if (raw !== word) break;
    pos += 1;
  }
  // An abbreviation or an initial is no name's last word ("… Kota Madiun, Budi A." ends a sentence).
  while (name.length > 0 && /\.$/u.test(name.at(-1) ?? '') && !/^\p{Lu}\.$/u.test(name.at(-1) ?? '')) name.pop();
  const full = name.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  // Two words of a name, one after a rank or a title ("AKP Rauf", "H. Raflis"), or one the record
  // writes again, never after a word of place ("Ketua Komisi II, Imung menjelaskan … jelas Imung").
  if (full.length === 0 || (name.length < 2 && !titled && !writtenAgain(text, name[0] ?? '', start))) return null;
  // A one-word name that is also a capital ("Prof. Lima") would be looked for as a person wherever the city is named.
  if (name.length === 1 && isCapitalName(name[0] ?? '')) return null;
  const written = name.join(' ');
  if (!text.startsWith(written, start)) return null;
  return { name: written, start, end: start + written.length, titled };
}

export function indonesianOfficeCommaMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!INDONESIAN_TEXT.test(text)) return out;
  for (const m of text.matchAll(SET_OFF)) {
    const role = roleBefore(text, m.index, m[0] === ', ');
    if (!role) continue;
    const name = nameAfter(text, m.index + m[0].length);
    if (!name) continue;
    // Closed by a lowercase word ("… Harahap beserta pengurus"), a comma, a stop, the line's end or a degree ("… Putra S.Tr.K.").
    if (!/^(?:[,.;:)\n]|$| \p{Ll}| \p{Lu}\.\p{L})/u.test(text.slice(name.end))) continue;
    // "Turut hadir, Wakil Ketua PKK Sari Dewi, Unsur Forkopimda, Asisten …": an item of a list of offices and names, not a holder.
    if (!name.titled && OFFICE_NEXT.test(text.slice(name.end, name.end + 40))) continue;
    const held = holderMention(
      text,
      m.index,
      role,
      name,
      free,
      'named after the office, set off by a comma or a title (Indonesian)',
    );
    if (held) out.push(held);
  }
  return out;
}

/** The office read back from `at`, its holder's name after it: one mention, where no other reader took that span. */
export function holderMention(
  text: string,
  at: number,
  role: string,
  name: { name: string; end: number },
  free: (a: number, b: number) => boolean,
  how: string,
): [Mention, number] | null {
  const index = at - role.length;
  if (text.slice(index, at) !== role || !free(index, name.end)) return null;
  return namedMention(text, index, name.end, { name: name.name, role, how });
}
