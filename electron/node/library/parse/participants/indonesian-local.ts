// Indonesian heads of a province, a regency or a city write the office, the region, then the name,
// all capitalised: "Gubernur Jawa Timur Khofifah Indar Parawansa". Where the region ends is read from
// the record itself: an abbreviation in brackets after it ("Gubernur Sumatera Utara (Sumut) Bobby
// Nasution"), a comma ("Bupati Malaka, dr. Stefanus Bria Seran"), or the short form the record uses
// later ("Gubernur Khofifah"). Where it says none of these, no name is read.

import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

const HEAD = /(?<![\p{L}])((?:Wakil )?(?:Gubernur|Bupati|Wali ?[Kk]ota))(?![\p{L}])/gu;
const RUN = /^(?: [\p{Lu}][\p{L}’'-]*){1,8}/u;
const BRACKET = /^ [(（][^()（）]{1,30}[)）]/u;
/** Honorifics and degrees before an Indonesian name, one or several: "dr.", "H.", "Ir.", "Prof.", "DR. H.". */
const DEGREE = /^(?: (?:dr|drg|Dr|DR|Drs|Dra|Ir|H|Hj|Prof|K\.?H)\.)+(?= \p{Lu})/u;
/** The same, as a word of the capitalised run: "Bupati Kampar Drs. Budi …" — the region ends before it. */
const TITLE_WORD = /^(?:dr|drg|Dr|DR|Drs|Dra|Ir|H|Hj|Prof)$/u;
/** The short forms the press writes for a deputy head, besides the head's own word: "Wabup Sari", "Wagub Amir". */
const SHORT_FORMS: Record<string, string> = {
  'Wakil Bupati': 'Bupati|Wabup',
  'Wakil Gubernur': 'Gubernur|Wagub',
  'Wakil Wali Kota': 'Wali ?[Kk]ota|Wawali|Wawalkot',
  'Wakil Walikota': 'Wali ?[Kk]ota|Wawali|Wawalkot',
};

/** Words of a region's, a street's or a body's name, never a person's: "Jawa Timur", "Jalan Sudirman", "Konsulat Jenderal", a Japanese guest's "Prefektur Miyagi". */
const PLACE_WORD =
  /^(?:Utara|Selatan|Timur|Barat|Tengah|Raya|Kota|Kabupaten|Provinsi|Prefektur|Daerah|Istimewa|Kepulauan|Pulau|Jawa|Sumatera|Sumatra|Kalimantan|Sulawesi|Papua|Nusa|Tenggara|DKI|Jalan|Jl|Gedung|Aula|Rumah|Kantor|Balai|Istana|Hotel|Masjid|Konsulat|Kedutaan|Kementerian|Pemerintah|Universitas)$/u;
/** A word after which the record names a place: "di Jalan …", "ke Konsulat …". */
const PLACE_BEFORE = /(?<![\p{L}])(?:di|ke|dari|menuju)\s+$/u;
/** A word after which the record writes a region as a place of its own: "Kota Medan", "Kabupaten Karo", "di Semarang". */
const REGION_BEFORE = /(?<![\p{L}])(?:Kota|Kabupaten|Kab\.|Provinsi|Pemkab|Pemkot|Pemko|Pemprov|di|ke|dari)\s$/u;
/** A compass word that closes a region's name: "Sulawesi Selatan", "Jawa Timur". */
const COMPASS = /^(?:Utara|Selatan|Timur|Barat|Tengah)$/u;
/** A word of a person's name in a holder's run: capitalised, then lower case; no initial, no acronym. */
const PERSON_WORD = /^\p{Lu}\p{Ll}[\p{Ll}’'-]*$/u;

/**
 * How many words of the capitalised run the region takes, read from the record: the shortest start of the run
 * it also writes as a place ("Kota Semarang", "di Semarang"), or the region words closed by a compass word
 * ("Sulawesi Selatan"). What is left must be a person's name of two to four words ending the run. 0 when none.
 */
/** Whether the record writes the region elsewhere as a place of its own: "di Kota Semarang", "Kabupaten Karo,". */
function writtenAsPlace(text: string, region: string, runStart: number, runEnd: number): boolean {
  for (let i = text.indexOf(region); i !== -1; i = text.indexOf(region, i + 1)) {
    if (i >= runStart && i < runEnd) continue;
    if (!REGION_BEFORE.test(text.slice(Math.max(0, i - 10), i))) continue;
    // The region alone there: a lowercase word, a stop or a line's end after it, not more capitals.
    if (/^(?:\s+\p{Ll}|[,.;:!?)\n]|$)/u.test(text.slice(i + region.length, i + region.length + 2))) return true;
  }
  return false;
}

function regionWrittenElsewhere(text: string, tokens: string[], runStart: number, runEnd: number): number {
  const rest = (k: number): boolean =>
    tokens.length - k >= 2 &&
    tokens.length - k <= 4 &&
    tokens.slice(k).every((t) => PERSON_WORD.test(t) && !PLACE_WORD.test(t) && !NOT_NAMES.has(fold(t), t));
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!tokens.slice(0, k).every((t) => /^\p{Lu}/u.test(t))) break;
    if (COMPASS.test(tokens[k - 1] ?? '') && tokens.slice(0, k).every((t) => PLACE_WORD.test(t)) && rest(k)) return k;
    if (rest(k) && writtenAsPlace(text, tokens.slice(0, k).join(' '), runStart, runEnd)) return k;
  }
  return 0;
}

/** What may stand before a name written alone: a lowercase word, a line's, a quote's or a sentence's start, a bracket. */
const ALONE_BEFORE = /(?:^|[\n"“(]|(?<![\p{L}])\p{Ll}+,? |[.!?]["”]? )$/u;

/**
 * The first word of the capitalised run, past the region's, that the record writes elsewhere as a name
 * of its own: after a lowercase word, a line's or a quote's start, and before a lowercase word, a stop or
 * a later word of the run ("Edi menerangkan", "ujar Susanti.", "kata Rico Waas"). 0 when none.
 */
function writtenAlone(text: string, tokens: string[], runStart: number, runEnd: number): number {
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k] ?? '';
    if (PLACE_WORD.test(word) || word.length < 3) continue;
    let alone = false;
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
      if (i >= runStart && i < runEnd) continue;
      // Written after "di" or "ke" anywhere: a place's name, not the holder's.
      if (PLACE_BEFORE.test(text.slice(Math.max(0, i - 8), i))) {
        alone = false;
        break;
      }
      const end = i + word.length;
      if (!ALONE_BEFORE.test(text.slice(Math.max(0, i - 30), i))) continue;
      const later = tokens.slice(k + 1).some((t) => text.startsWith(` ${t}`, end));
      if (later || /^(?: \p{Ll}|[,.;:!?"”)\n]|$)/u.test(text.slice(end, end + 2))) alone = true;
    }
    if (alone) return k;
  }
  return 0;
}

export function indonesianLocalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!/Gubernur|Bupati|Wali ?[Kk]ota/u.test(text)) return out;
  for (const m of execAll(HEAD, text)) {
    const office = m[1] ?? '';
    const after = m.index + office.length;
    const run = RUN.exec(text.slice(after))?.[0] ?? '';
    const tokens = run.trim().split(' ');
    let at: number | null = null;
    const bracket = run ? BRACKET.exec(text.slice(after + run.length)) : null;
    const titled = tokens.findIndex((t, i) => i > 0 && TITLE_WORD.test(t));
    if (bracket) at = after + run.length + bracket[0].length;
    // "Bupati Kampar Drs. Budi Santoso": a title after the region opens the name.
    else if (titled > 0 && text.startsWith(`${tokens.slice(0, titled + 1).join(' ')}.`, after + 1))
      at = after + tokens.slice(0, titled).reduce((n, t) => n + t.length + 1, 0);
    // One word of region, then the name set off by a comma; a longer run before a comma is a list's item.
    else if (tokens.length === 1 && run && text.startsWith(',', after + run.length)) at = after + run.length + 1;
    // "Wali Kota Pematang Siantar, Susanti Dewayani": a longer region before the comma, written elsewhere as a place.
    else if (run && text.startsWith(',', after + run.length) && writtenAsPlace(text, run.trim(), after, after + run.length))
      at = after + run.length + 1;
    else if (tokens.length >= 2) {
      // "… Gubernur Khofifah didampingi …": the short form names where the name starts in the long one.
      const forms = SHORT_FORMS[office] ?? office.split(' ').at(-1);
      const short = new RegExp(`(?<![\\p{L}])(?:${forms}) (\\p{Lu}[\\p{L}’'-]*)`, 'gu');
      for (const s of execAll(short, text)) {
        const k = tokens.indexOf(s[1] ?? '');
        if (k < 1) continue;
        at = after + tokens.slice(0, k).reduce((n, t) => n + t.length + 1, 0);
        break;
      }
      // "Wali Kota Pontianak Edi Rusdi Kamtono … Edi menerangkan", "… ujar Susanti": the name the record writes alone.
      if (at === null) {
        const k = writtenAlone(text, tokens, after, after + run.length);
        if (k > 0) at = after + tokens.slice(0, k).reduce((n, t) => n + t.length + 1, 0);
      }
      // "Wali Kota Semarang Hendrar Prihadi … di Kota Semarang": the region the record writes as a place.
      if (at === null) {
        const k = regionWrittenElsewhere(text, tokens, after, after + run.length);
        if (k > 0) at = after + tokens.slice(0, k).reduce((n, t) => n + t.length + 1, 0);
      }
    }
    if (at === null) continue;
    const role = text.slice(m.index, at).replace(/[,\s]+$/u, '');
    const degree = DEGREE.exec(text.slice(at));
    at += degree?.[0].length ?? 0;
    const name = readName(text, at);
    if (!name || !free(m.index, name.end)) continue;
    // "Wali kota Iwanuma, Prefektur Miyagi, Jepang, A": after the comma the region goes on, no one is named there.
    if (PLACE_WORD.test(name.name.split(' ')[0] ?? '')) continue;
    if (!bracket && !degree && name.name.split(' ').length < 2 && text.startsWith(',', after + run.length)) continue;
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        role,
        how: 'named after the office and its region (Indonesian)',
      }),
    );
  }
  return out;
}
