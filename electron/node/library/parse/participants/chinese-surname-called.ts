// A Chinese record names a Japanese (or other two-character-surname) guest in full once and then calls them
// by surname and office: "伊贺市长冈本荣及…", then "冈本市长表示"; "参议员清水真人。清水参议员…". The surname
// then recurs more often than the full name, so the reading that keeps the longest start said as often as its
// first two characters would cut the name to the surname. Read whole instead when every other time the
// surname stands alone it is followed by an office: the record's own way of calling that one person.

import { SURNAME } from './chinese-surnames.ts';
import { type Found, TITLE } from './cjk-offices.ts';

const TITLE_AT = new RegExp(`^(?:${TITLE.source})`, 'u');
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** An office straight after a surname, a rank or a house before it allowed: "市长", "参议员", "县议员", "副会长". */
// …or the party the guest leads ("鈴木一行", Suzuki's party; "乙行" in Taiwan).
const OFFICE_AFTER = new RegExp(`^(?:[参參众眾衆县縣市州副]?(?:${TITLE.source})|[一乙]行)`, 'u');

/** A verb of saying or stressing after a two-character name ("王毅强调"): the rest is the predicate, not the name. */
const SAYING = /^[强強指表说說称稱提重希感回介宣呼谈談讲講认認]/u;

/**
 * The whole name (`cut`, three or four characters, closed by punctuation or a word of the predicate) where the
 * reading kept only its first two (`name`), when each other time those two stand without the rest they are
 * followed by an office. Otherwise `name`, unchanged.
 */
export function wholeNameCalledBySurname(text: string, cut: string, name: string): string {
  if (name.length !== 2 || cut.length < 3 || cut.length > 4 || !cut.startsWith(name) || SAYING.test(cut.slice(2))) return name;
  let alone = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + 2, at + 2 + cut.length + 4);
    if (after.startsWith(cut.slice(2))) continue;
    if (!OFFICE_AFTER.test(after)) return name;
    alone++;
  }
  return alone > 0 ? cut : name;
}

/**
 * The title at `at` follows a name, so it closes that name rather than opening one: a surname before it that
 * recurs with it ("蒋市长…", "蒋市长…"), a name in Latin letters ("Jack市长"), or a name read before it
 * ("闫文滨" in "闫文滨总领事通报").
 */
export function shortReference(text: string, at: number, out: Found[]): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  if (/[A-Z][a-z]+$/u.test(before)) return true;
  // …also with a house or a rank between ("清水参议员": the office read is "议员").
  const named = before.replace(/[参參众眾衆县縣副]$/u, '');
  if (out.some((f) => f.mention.name && f.mention.name.length >= 2 && named.endsWith(f.mention.name))) return true;
  // …or the two-character surname of a name read in full ("冈本荣", then "冈本市长请益"): a guest's surname and office.
  const full = (n: string): boolean => n.length >= 3 && HAN_ONLY.test(n) && named.endsWith(n.slice(0, 2));
  if (out.some((f) => full(f.mention.name ?? ''))) return true;
  const surname = before.slice(-1);
  if (!SURNAME.has(surname)) return false;
  const title = /^\p{Script=Han}+/u.exec(text.slice(at))?.[0] ?? '';
  const head = TITLE_AT.exec(title)?.[0];
  return head !== undefined && text.split(surname + head).length - 1 >= 2;
}
