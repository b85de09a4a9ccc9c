// Malay and Indonesian also name the person first and set the office off after a comma: "bagi menemui
// Dato’ Seri Aminah binti Yusof, Datuk Bandar Kuala Lumpur", "menerima kunjungan Budi Santoso, Kepala
// Dinas Pendidikan", "dipimpin Li Wen, Wakil Kepala Distrik". The office's first word after the comma
// says a name stands before it; the capitalised words back to the clause's lower-case word are the name,
// past the ranks and styles that open it (Dato’, Datuk Seri, Haji, YBhg., Dr.). A patronymic ("bin",
// "binti") says plainly where the given name starts: the words back from it, to the first style.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { NOT_PERSON } from './attendance-names.ts';
import { NOT_NAME, OFFICE_WORD } from './indonesian-office-comma.ts';
import { namedMention } from './named-mention.ts';
import { facilityName } from './names.ts';
import type { Mention } from './types.ts';

/** Offices of the two languages' general vocabulary that open the apposition after the comma. */
const HEAD = new RegExp(
  `, (?=(?:Plt\\.? |Pj\\.? )?(?:${OFFICE_WORD.source.slice(4, -2)}|Gubernur|Wagub|Bupati|Wali Kota|Walikota|Wakil|Menteri|Perdana Menteri|Presiden|Wakil Presiden|Duta Besar|Dubes|Konsul|Konjen|Datuk Bandar|Yang Di-Pertua|Yang di-Pertua|Yang Dipertua|Ahli|Setiausaha|Pengarah|Pegawai|Timbalan|Naib|Pesuruhjaya|Penasihat|Speaker|Pengerusi|Canselor|Naib Canselor)(?![\\p{L}]))`,
  'gu',
);
/** A word of the name or of the styles before it: capitalised, an initial ("Md.", "H."), a bracketed style ("(Dr.)", "(Purn)"). */
const CAP = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\([\p{L}.]+\))$/u;
/** The patronymic particle. */
const PATRONYMIC = /^(?:bin|binti|Bin|Binti|bt\.?|bte\.?)$/u;
/** Ranks, styles and courtesy titles written before a Malay or Indonesian name, never part of it. */
const STYLE =
  /^(?:Dato['’]?|Datuk|Datin|Datu|Seri|Sri|Tan|Tun|Toh|Puan|Encik|Tuan|Haji|Hajah|Hj\.?|H\.?|Dr\.?|dr\.?|Prof\.?|Ir\.?|Drs\.?|Dra\.?|YB|YAB|YBhg\.?|YBrs\.?|YM|YAM|YTM|Yang|Berhormat|Berbahagia|Mulia|Amat|Dimuliakan|Pehin|Orang|Kaya|Awang|Dayang|Pengiran|Paduka|Setia|Lela|Pahlawan|Panglima|Utama|Jasa|Mr\.?|Mrs\.?|Ms\.?|Bapak|Bpk\.?|Bp\.?|Ibu|TPr|Brigadir|Jenderal|Brigjen|Kolonel|Laksamana|Marsekal|Mayor|\([\p{L}.]+\))$/u;
/** Words of a building, a month or a place that end a capitalised run no name is in. */
const NOT_A_NAME =
  /^(?:Gedung|Istana|Balai|Ruang|Aula|Hotel|Wisma|Menara|Rumah|Pendopo|Masjid|Jalan|Jl\.?|Seri|Negeri|Majlis|Dewan|Kementerian|Jabatan|Januari|Februari|Mac|Maret|April|Mei|Jun|Juni|Julai|Juli|Ogos|Agustus|September|Oktober|November|Disember|Desember|Isnin|Ahad|Khamis|Jumaat)$/u;
/** Function words only Malay and Indonesian write: the text is in one of them. */
const MALAY_TEXT = /(?<![\p{L}])(?:yang|dengan|untuk|telah|bagi)(?![\p{L}])/u;
/** Words after which a capitalised run is a place: "di Kuala Lumpur, Menteri …". */
const PLACE_BEFORE = /^(?:di|ke|dari|pada|kepada|untuk|hingga|sampai|antara|and|of|the|for)$/u;
/** A word the text also writes in lower case is a common word, not a name ("Merdeka Belajar", learning). */
const commonWord = (text: string, word: string): boolean =>
  word.length > 3 &&
  new RegExp(`(?<![\\p{L}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text);

const unfit = (w: string): boolean =>
  NOT_NAME.test(w) ||
  OFFICE_WORD.test(w) ||
  NOT_A_NAME.test(w) ||
  NOT_PERSON.has(w.toLowerCase()) ||
  normalizeCountry(w) !== null ||
  !/\p{Ll}/u.test(w.replace(/\.$/u, '')) ||
  /^\p{Lu}\.?$/u.test(w);

/** The name before the comma at `at` and where it starts, or null when the capitalised run before it is no one's name. */
function nameBefore(text: string, at: number): { name: string; start: number } | null {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const words = text.slice(Math.max(line, at - 200), at).split(' ');
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1] ?? '';
    // "Wakil Kepala Distrik,Li Wen": a list's comma left glued to the next item; the item starts after it.
    const glued = w.lastIndexOf(',');
    if (glued > 0 && glued < w.length - 1) {
      words[k - 1] = w.slice(glued + 1);
      if (CAP.test(words[k - 1] ?? '')) k--;
      words.splice(0, k);
      k = 0;
      break;
    }
    if (!(CAP.test(w) || (PATRONYMIC.test(w) && k < words.length)) || /[,;:]$/u.test(w)) break;
    k--;
  }
  if (PLACE_BEFORE.test(words[k - 1] ?? '')) return null;
  let run = words.slice(k);
  const particle = run.findIndex((w) => PATRONYMIC.test(w));
  if (particle > 0) {
    // "Awang Haji Abdul Rahman bin Haji Taib": back from the patronymic to the first style is the given name.
    let first = particle;
    while (first > 0 && !STYLE.test(run[first - 1] ?? '')) first--;
    if (first === particle) return null;
    run = run.slice(first);
  } else {
    let first = 0;
    while (first < run.length && STYLE.test(run[first] ?? '')) first++;
    run = run.slice(first);
  }
  const named = run.filter((w) => !PATRONYMIC.test(w));
  if (named.length === 0 || run.at(-1) === undefined || PATRONYMIC.test(run.at(-1) ?? '')) return null;
  const last = (run.at(-1) ?? '').replace(/\.$/u, '');
  if (particle <= 0 && (named.length < 2 || named.length > 5 || named.some((w) => unfit(w) || commonWord(text, w)))) return null;
  if (particle > 0 && (named.length > 8 || unfit(named[0] ?? '') || unfit(last))) return null;
  const name = run.join(' ');
  if (facilityName(name)) return null;
  return { name, start: at - name.length };
}

/** The office after the comma: its capitalised run, joined by "dan" or "&", and the country that closes it. */
function officeAfter(text: string, at: number): { role: string; country: string | null; end: number } {
  const words = /^[^,;.\n()]*/u.exec(text.slice(at, at + 160))?.[0].split(' ') ?? [];
  const run: string[] = [];
  for (const w of words) {
    if (!(/^(?:\p{Lu}|\d)/u.test(w) || ((w === 'dan' || w === '&') && run.length > 0))) break;
    run.push(w);
  }
  while (run.length > 0 && /^(?:dan|&)$/u.test(run.at(-1) ?? '')) run.pop();
  const end = at + run.join(' ').length;
  // "Duta Besar LBBP Republik Rakyat Bangladesh": the country closes the office; the state's long form is not the office's.
  const whose = run.findIndex(
    (w) => /^(?:Republik|Kerajaan|Federasi|Negara|Persekutuan|Keamiran|Kesultanan)$/u.test(w) || normalizeCountry(w) !== null,
  );
  if (whose > 0) {
    const country =
      run
        .slice(whose)
        .map((w) => normalizeCountry(w))
        .find((c) => c !== null) ?? null;
    if (country) return { role: run.slice(0, whose).join(' '), country, end };
  }
  return { role: run.join(' '), country: null, end };
}

export function malayNameFirstMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!MALAY_TEXT.test(text)) return out;
  for (const m of text.matchAll(HEAD)) {
    const name = nameBefore(text, m.index);
    if (!name) continue;
    const office = officeAfter(text, m.index + 2);
    if (office.role === '' || !free(name.start, office.end)) continue;
    out.push(
      namedMention(text, name.start, office.end, {
        name: name.name,
        role: office.role,
        country: office.country,
        how: 'named, then the office set off by a comma (Malay, Indonesian)',
      }),
    );
  }
  return out;
}
