// Those a record says were present, in a list after a cue: "Attending the meeting were A, Minister
// of State, and B, Saudi Ambassador", "Present at the meeting were Mr A, former Chief of Staff",
// "en présence de M. A, ambassadeur, et Mme B", "com a presença do ministro …, A, e do assessor …,
// B", "Turut hadir … Sekretaris Kabinet A, serta …, B", the verb first: "Begleitet wurde er von …",
// "Officials accompanying the President are …", "W spotkaniu wzięli udział …", "Во встрече участвовал …";
// the verb and what was attended, then offices each with its holder ("Também participaram do encontro o
// procurador-geral …, A", "avait à ses côtés le ministre …, A"), who a delegation is ("delegation include
// …", "yang terdiri dari …"), "turut dihadiri …".
// Each item is a name with its office after it (or in brackets), an office then a name, or a name
// alone; the list ends at the first item that is none of these.

import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { countryOfOffice } from './attendance-country.ts';
import { CUE, GATE, officeGoesOn } from './attendance-cues.ts';
import { goesOnBody } from './attendance-indonesian.ts';
import {
  COURTESY,
  isNameWord,
  LEAD,
  NOT_PERSON,
  nameAfterOffice,
  nameThenCapacity,
  OFFICE,
  wholeName,
} from './attendance-names.ts';
import { PORTFOLIO } from './european-names.ts';
import type { Mention } from './types.ts';

/** Where the sentence ends: a full stop not closing a courtesy word, an initial or a company's form ("PT."), a line end. */
function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 500);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (c !== '.' || !/\s/u.test(text[i + 1] ?? ' ')) continue;
    const word = /(\S+)$/u.exec(text.slice(Math.max(from, i - 12), i + 1))?.[1] ?? '';
    if (COURTESY.test(word) || /^(?:\p{Lu}\.)+$/u.test(word)) continue;
    // "Direktur Utama PT. Pembangunan Sulteng A B": an Indonesian company's form before its name, no sentence's end.
    if (/^(?:PT|CV|Tbk)\.$/u.test(word) && /^\s\p{Lu}/u.test(text.slice(i + 1, i + 3))) continue;
    return i;
  }
  return limit;
}

/**
 * The joining words, "i" in lower case only: Polish "i", never the "I" of a Balinese name ("I Made Wirata");
 * so the Romance possessives ("son directeur de cabinet", "su asesor"), never the "Su" of "Su Bing".
 */
const leadOf = (piece: string): string => {
  const lead = LEAD.exec(piece)?.[0] ?? '';
  const and = /^(?:i|son|sa|ses|su|sus|seu|sua|seus|suas)\s+/u.exec(piece.slice(lead.length))?.[0];
  return and ? lead + and + leadOf(piece.slice(lead.length + and.length)) : lead;
};

type Item = { at: number; words: string[] };

/** Capitalised words naming a body, not a person: "Unsur Forkopimda Sulteng", "Embassy staff". */
const bodyPresent = (words: string[]): boolean =>
  words.length <= 4 && /^\p{Lu}/u.test(words[0] ?? '') && words.some((w) => NOT_PERSON.has(fold(w)));

/** A verb of the sentence after the last item's office: where the office ends. */
const CLAUSE_GOES_ON =
  /\s+(?:visited|met|called|paid|held|signed|arrived|received|welcomed|attended|toured|said|discussed|were|was)(?![\p{L}]).*$/su;

/** "Sebastian Kraus (Kämmerer)", "Ama Mensah (MP)": a name, then in brackets what the person is. */
function bracketed(words: string[]): { name: string[]; inside: string } | null {
  const m = /^([^()]+?)\s*\(([^()]+)\)$/u.exec(words.join(' '));
  const name = m ? wholeName((m[1] ?? '').split(' ')) : null;
  return m && name ? { name, inside: m[2] ?? '' } : null;
}

/**
 * Indonesian: a name with where, when or "with the party" after it, "yang diwakili oleh Mr. A di Medan pada Kamis",
 * "Wali Kota …, B bersama rombongan": the name ends before "di", "pada", or "bersama"/"beserta" and a word in small letters.
 * English the same: "led by Ms. A B on 5 October", "Also present were A and C D at the State House", "… E F yesterday".
 */
function tailCut(item: Item): Item {
  const { words } = item;
  const k = words.findIndex(
    (w, j) =>
      j >= 2 &&
      (/^(?:di|pada|on|at|during|yesterday|today|earlier)$/u.test(w) ||
        (/^(?:bersama|beserta)$/u.test(w) && /^\p{Ll}/u.test(words[j + 1] ?? ''))),
  );
  if (k < 0 || wholeName(words) || bracketed(words)) return item;
  const head = words.slice(0, k);
  return wholeName(head) || nameAfterOffice(head) ? { at: item.at, words: head } : item;
}

/**
 * "la Secretaria de Acción Social, Promoción Comunitaria y Salud Pública, Ana Ruiz": two items of capitalised words
 * joined by "y"/"and", one of whose words names a government's domain, with more of the list after them, are the
 * fields of the office before them, not two people.
 */
function remitFields(text: string, item: Item, next: Item): boolean {
  const end = item.at + item.words.join(' ').length;
  if (!/^\s+(?:and|y|e|et|und|en|i|и)\s+$/u.test(text.slice(end, next.at))) return false;
  const words = [...item.words, ...next.words];
  return (
    words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|del|y|e|and|of)$/u.test(w)) && words.some((w) => PORTFOLIO.has(fold(w)))
  );
}

/** The items of the list: split at semicolons, commas and joining words, each with where it starts. */
function items(text: string, from: number, to: number): Item[] {
  const out: Item[] = [];
  const parts = /[^,;]+/gu;
  for (const p of execAll(parts, text.slice(from, to))) {
    // "A and B" are two people; "Minister of Foreign Affairs and Regional Integration" is one office.
    const pieces: string[] = [];
    for (const piece of p[0].split(
      /(?=\s+(?:and|et|e|y|und|sowie|dan|serta|i|oraz|и|och|og|samt|as well as|along with|together with)\s)/u,
    )) {
      const last = pieces.at(-1);
      const trimmed = (last ?? '').trim();
      const words = trimmed.slice(leadOf(trimmed).length).split(/\s+/u);
      // "Kepala Badan Pengelola Pajak dan Retribusi Daerah Suherman": after "dan", no one and no office.
      const next = piece.trim().slice(leadOf(piece.trim()).length).split(/\s+/u);
      const goesOn = goesOnBody(piece, next, OFFICE) && !wholeName(next) && !nameAfterOffice(next) && !bracketed(next);
      // "Hon. A, of Bayelsa State and Hon B": where the one before comes from stands alone.
      const origin = /^(?:of|from)\s+\p{Lu}/u.test(trimmed) && officeGoesOn(words);
      const complete = wholeName(words) || nameAfterOffice(words) || bracketed(words) || nameThenCapacity(words);
      // "…, Kultur und Tourismus sowie Herrn A B vom Amt für …": a name with its capacity after the joining word is a new item.
      const own = nameThenCapacity(next);
      if (last !== undefined && ((!complete && !origin && !own) || goesOn)) pieces[pieces.length - 1] = last + piece;
      else pieces.push(piece);
    }
    for (const piece of pieces) {
      const lead = leadOf(piece.trimStart());
      const body = piece.trimStart().slice(lead.length).trim();
      if (body === '') continue;
      out.push({ at: from + p.index + p[0].indexOf(body), words: body.split(/\s+/u) });
    }
  }
  return out;
}

export function attendanceMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  const cues = [...execAll(CUE, text)];
  for (const [c, cue] of cues.entries()) {
    const from = cue.index + cue[0].length;
    // The next cue opens a list of its own: "Wali Kota diwakili Asisten … A mendampingi Wali Kota … B" names two sides.
    const list = items(text, from, Math.min(sentenceEnd(text, from), cues[c + 1]?.index ?? text.length));
    const push = (at: number, name: string[], said: string | null): void => {
      const surface = name.join(' ');
      // "… and C, international admission officer visited the university": the sentence's verb ends the office.
      const role = said?.replace(CLAUSE_GOES_ON, '').replace(/^Cllr\.?$/u, 'Councillor') || null;
      const index = text.indexOf(surface, at);
      if (index < 0 || !free(index, index + surface.length)) return;
      const mention: Mention = {
        index,
        surface,
        name: surface,
        role,
        country: countryOfOffice(role),
        kind: 'named',
        how: 'named among those present',
        attending: true,
      };
      out.push([mention, index + surface.length]);
      named++;
    };
    // Office first ("do ministro …, Antônio Patriota") or name first ("A, Minister of State"): the first item says which.
    const officeFirst = list[0] !== undefined && wholeName(list[0].words) === null && OFFICE.test(list[0].words.join(' '));
    let office: string | null = null;
    let shared: string | undefined;
    let named = 0;
    let continued = 0;
    let capacity = false;
    for (const [i, whole] of list.entries()) {
      const item = tailCut(whole);
      // What follows the name is where and when, or "with his party": the sentence goes on, the list is over.
      if (item !== whole) list.length = i + 1;
      const bracket = bracketed(item.words);
      if (bracket) {
        const inside = bracket.inside;
        push(item.at, bracket.name, officeFirst && office ? office : OFFICE.test(inside) ? inside : null);
        office = null;
        continue;
      }
      // The office waiting for its holder goes on in its remit's fields joined by "y": both are its words.
      const joined = list[i + 1];
      if (office !== null && continued < 3 && joined && list[i + 2] && remitFields(text, item, joined)) {
        office = `${office}, ${text.slice(item.at, joined.at + joined.words.join(' ').length)}`;
        continued++;
        list.splice(i + 1, 1);
        continue;
      }
      const name = wholeName(item.words);
      if (name) {
        const next = list[i + 1];
        const after =
          !officeFirst &&
          next &&
          !wholeName(next.words) &&
          !nameAfterOffice(next.words) &&
          !nameThenCapacity(next.words) &&
          OFFICE.test(next.words.join(' '));
        push(item.at, name, (officeFirst ? office : after ? next.words.join(' ') : null) ?? shared ?? null);
        office = null;
        continue;
      }
      const held = nameThenCapacity(item.words);
      if (held) {
        push(item.at, held.name, held.office ?? (officeFirst ? office : null));
        office = null;
        capacity = held.office !== null;
        continue;
      }
      // "A B als Leiter der Musikschule, Kulturpflege und Tourismus sowie …": the capacity's office goes on past its commas.
      if (capacity && officeGoesOn(item.words)) continue;
      capacity = false;
      const titled = nameAfterOffice(item.words);
      if (titled) {
        // "Councillors A, B and C": an office in the plural is each following name's, until another office.
        // Only a plural whose singular is still an office: "Kadis" (kepala dinas) is one head, not many "Kadi".
        const plural = /^((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+\p{Ll})s$/u.exec(titled.office)?.[1];
        shared = plural !== undefined && OFFICE.test(plural) ? plural : undefined;
        push(item.at, titled.name, shared ?? (titled.office || null));
        // Its own office was before its name: the office read before it is not the next person's.
        office = null;
        continue;
      }
      shared = undefined;
      // "A B, Director of …; Shaohua, Director of …; C D, Dean of …": inside a list of names each then described,
      // one word with its own office after it is a person known by one name, not the list's end.
      const next = list[i + 1];
      const [lone] = item.words;
      if (
        !officeFirst &&
        named > 0 &&
        item.words.length === 1 &&
        lone &&
        /^\p{Lu}\p{Ll}+$/u.test(lone) &&
        isNameWord(lone) &&
        next &&
        !wholeName(next.words) &&
        !nameAfterOffice(next.words) &&
        OFFICE.test(next.words[0] ?? '')
      ) {
        push(item.at, item.words, next.words.join(' '));
        continue;
      }
      if (OFFICE.test(item.words.join(' '))) {
        office = item.words.join(' ');
        continued = 0;
        continue;
      }
      // "the Special Adviser on Special Duties, Communication and Strategies, Dele Alake": an office holding commas
      // goes on in capitalised words until its holder's name.
      // Not after an office in the plural: "los Secretarios de Relaciones Exteriores, Gobernación, Defensa Nacional" lists portfolios.
      const head = office?.split(' ').find((w) => OFFICE.test(w)) ?? '';
      if (office !== null && continued < 3 && !/s$/u.test(head) && officeGoesOn(item.words)) {
        office = `${office}, ${item.words.join(' ')}`;
        continued++;
        continue;
      }
      // "Hon. A, of Bayelsa State and Hon B from Cross River State": where one listed comes from is no one, the list goes on;
      // a name with where its holder comes from after it is the name.
      const from = /(?:^|\s)(?:of|from)\s+$/u.test(text.slice(Math.max(0, item.at - 6), item.at));
      if (named > 0 && from && officeGoesOn(item.words)) continue;
      const cut = item.words.indexOf('from');
      const home = cut >= 2 ? wholeName(item.words.slice(0, cut)) : null;
      if (home && officeGoesOn(item.words.slice(cut + 1))) {
        push(item.at, home, officeFirst ? office : null);
        office = null;
        continue;
      }
      // "Turut hadir, A, Unsur Forkopimda Sulteng, Kadis Pariwisata B": a body present as a whole between named
      // people is no one to list, and the list goes on past it when a name follows.
      if (named > 0 && next && (wholeName(next.words) || nameAfterOffice(next.words)) && bodyPresent(item.words)) continue;
      // Neither a name nor an office: the list is over ("to discuss …", "asiatiques").
      break;
    }
  }
  return out;
}
