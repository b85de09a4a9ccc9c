// Chinese lists several people under one office, or under none: "副院长方长安、于亭、萧红" (three deputy
// deans), "上海市张明、李华、王强等出席" (the city's officials present, named bare). Each item between the
// list commas ("、") is then a whole name, so its length is known; it is read only as a person's name:
// two or three characters, starting with a common surname, holding no office of its own.

import { SURNAME } from './chinese-surnames.ts';
import { type Found, TITLE } from './cjk-offices.ts';

/** What closes a list item: another item, punctuation, "and", "with", "and others". */
const ITEM_END = /^[、，,。；;）)及和与與以等]/u;
/**
 * What may follow a listed name: a courtesy or an academic title ("罗国荣教授、", "吕宛如女士"), then the list's
 * next comma, or the verb of the last item that the whole list shares ("王建国、李明华、赵立新参加会见": attended).
 */
const COURTESY = /^(?:教授|先生|女士|同志|博士)/u;
const LAST_ITEM_VERB = /^(?:[参參]加|出席|陪同|在座|[会會]见|[会會]見|[会會]谈|[会會]談|[参參]与|[参參]與)/u;
/** The joining words a list may close with before its last item: "甲、乙和丙", "甲、乙及丙". */
const JOINS = /[、及和]/u;
/** An office inside an item ("副院长"): the item is a title, not a bare name. */
const HAS_TITLE = new RegExp(TITLE.source, 'u');
/** Characters no bare name holds: a body or a place ("市", "省", "部"), a number. */
const NOT_BARE = /[国國部省院委局司处處市县縣区區府厅廳办辦馆館团團州\p{N}]/u;

/**
 * A list item is a whole name, so the surnames left out of the common set for being everyday words are read here:
 * "方" (side), "华" (Chinese) cannot open an item between list commas as a word ("中方、美方" ends in a body, below).
 */
const LIST_SURNAME = /^[方华華]/u;
export const bareName = (item: string): boolean =>
  item.length >= 2 &&
  item.length <= 3 &&
  (SURNAME.has(item[0] ?? '') || LIST_SURNAME.test(item)) &&
  !HAS_TITLE.test(item) &&
  // "国" is in many a given name ("王建国", "罗国荣"); a country's name in a list is two characters ("中国、美国").
  !NOT_BARE.test(item.length === 3 ? item.replace(/[国國]/gu, '') : item) &&
  !/方$/u.test(item);
/** An office, then a list comma two or three characters on: "副院长方长安、…". */
const OFFICE_THEN_LIST = new RegExp(`(?:副)?(?:${TITLE.source})(?=\\p{Script=Han}{2,3}(?:${COURTESY.source.slice(1)})?、)`, 'gu');

/**
 * The list item at `at`: a name of three or two characters, an optional courtesy title after it, then a list comma,
 * punctuation or the verb the list shares. Gives the name and where the item ends, or null.
 */
function itemAt(text: string, at: number): [string, number] | null {
  for (const n of [3, 2]) {
    const item = text.slice(at, at + n);
    if (item.length !== n || !/^\p{Script=Han}+$/u.test(item) || !bareName(item)) continue;
    const courtesy = COURTESY.exec(text.slice(at + n))?.[0] ?? '';
    const rest = text.slice(at + n + courtesy.length);
    if (ITEM_END.test(rest) || LAST_ITEM_VERB.test(rest)) return [item, at + n + courtesy.length];
  }
  return null;
}

const COURTESY_END = new RegExp(`(?:${COURTESY.source.slice(1)})$`, 'u');

/**
 * Whether the item before the list comma at `comma` is a bare name, itself after a list comma: in
 * "议员甲、乙、丙、双溪区州议员丁" the office of 丁 starts after 丙's comma, not back across the names.
 */
export function bareItemBefore(text: string, comma: number): boolean {
  // The Han run before the comma (at most a name and its courtesy title), opened by another list comma.
  const run = /\p{Script=Han}{2,5}$/u.exec(text.slice(Math.max(0, comma - 5), comma))?.[0] ?? '';
  return text[comma - run.length - 1] === '、' && bareName(run.replace(COURTESY_END, ''));
}

/**
 * The names after an office that share it: "副院长方长安、于亭、萧红" → all three deputy deans. The first is the one the
 * title-first reading gave (its role and country kept), else read here too when two bare names at least follow the office.
 */
function sharedOfficeNames(text: string, found: Found[]): Found[] {
  if (!text.includes('、')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(OFFICE_THEN_LIST)) {
    const titleEnd = (m.index ?? 0) + (m[0] ?? '').length;
    const items: [string, number][] = [];
    let at = titleEnd - 1;
    do {
      // The whole item up to the next comma: a longer run is an office and a name ("副主任张娟"), or a body.
      const item = itemAt(text, at + 1);
      if (!item) break;
      items.push([item[0], at + 1]);
      at = item[1];
    } while (JOINS.test(text[at] ?? ''));
    if (items.length < 2) continue;
    const first = found.find(
      (f) => f.mention.name === items[0]?.[0] && f.end === (items[0]?.[1] ?? 0) + (items[0]?.[0].length ?? 0),
    );
    for (const [item, index] of items)
      out.push({
        mention: {
          index,
          surface: item,
          name: item,
          role: first?.mention.role ?? m[0] ?? null,
          country: first?.mention.country ?? null,
          ...(first?.mention.countryFrom ? { countryFrom: first.mention.countryFrom } : {}),
          kind: 'named',
          how: 'sharing the office before it (Chinese list)',
        },
        end: index + item.length,
      });
  }
  return out;
}

/** A list of bare names closed by "等出席" (and others attended) or the like: "上海市张明、李华、王强等出席". */
const ATTENDING_LIST = /((?:\p{Script=Han}{2,3}、)+\p{Script=Han}{2,3})等(?:人)?(?:出席|[参參]加|陪同|在座)/gu;

/** The people a Chinese record lists as present without offices. */
function bareAttendingNames(text: string): Found[] {
  if (!text.includes('等')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(ATTENDING_LIST)) {
    const items = (m[1] ?? '').split('、');
    // The first item runs into what stands before the list ("上海市张明"): its name is the last three characters
    // when they open with a surname and hold no body, else the last two.
    const first = items[0] ?? '';
    const three = first.slice(-3);
    items[0] = three.length === 3 && bareName(three) ? three : first.slice(-2);
    if (!items.every(bareName)) continue;
    let at = (m.index ?? 0) + (m[1] ?? '').length;
    const listed: Found[] = [];
    for (const item of [...items].reverse()) {
      listed.unshift({
        mention: {
          index: at - item.length,
          surface: item,
          name: item,
          role: null,
          country: null,
          kind: 'named',
          attending: true,
          how: 'listed as present without an office (Chinese)',
        },
        end: at,
      });
      at -= item.length + 1;
    }
    out.push(...listed);
  }
  return out;
}

/** The names a list gives that the other Chinese readings did not: each once. */
export function listedNames(text: string, found: Found[]): Found[] {
  const named = new Set(found.map((f) => f.mention.name));
  const out: Found[] = [];
  for (const f of [...sharedOfficeNames(text, found), ...bareAttendingNames(text)]) {
    if (named.has(f.mention.name)) continue;
    out.push(f);
    named.add(f.mention.name);
  }
  return out;
}
