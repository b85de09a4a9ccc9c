// Chinese also writes the name before the title, where the clause opens with the person: a headline
// "梁淑娟副主任会见香港驻武汉办程和木副主任一行", "张卫国总领事拜会保和省长", a sentence "王毅外长表示…",
// "程和木副主任简要介绍了…". With no spaces, the name is read only where it opens a line or a clause
// (after punctuation), is two or three characters starting with a common surname, and recurs elsewhere
// in the record, so a modifier or a body before an office ("新任大使", "中方大使") is no name.

import { execAll } from '../patterns.ts';
import { chineseNamesAfterBody, OFFICE_AFTER_NAME } from './chinese-body-names.ts';
import { simplifiedChinese } from './chinese-scripts.ts';
import { SURNAME } from './chinese-surnames.ts';
import { countryPrefix, type Found } from './cjk-offices.ts';
import { HOME_WHY } from './home.ts';
import { namedAt } from './named-mention.ts';

/**
 * A clause's opening, a name, then an office (a deputy's "副" allowed before it: "谢元副会长" is 谢元, not 谢元副; the field
 * it serves as well, "经济商务公使"; and a second office held with it, "参赞兼总领事").
 */
const NAME_FIRST = new RegExp(
  `(?<=^|[\\s，。、：；,:;（(“"」】])(\\p{Script=Han}{2,3}?)(${OFFICE_AFTER_NAME}(?:兼${OFFICE_AFTER_NAME})?)`,
  'gmu',
);

/**
 * A transliterated name, its parts joined by a middle dot, opening a clause before an office: "约翰·史密斯校长介绍了…",
 * "瑪麗·約翰遜處長感謝…". The dot marks a foreign name whatever its surname, so it needs no common one nor to recur.
 */
const DOTTED_FIRST = new RegExp(
  `(?<=^|[\\s，。、：；,:;（(“"」】])(\\p{Script=Han}{1,6}(?:[·・]\\p{Script=Han}{1,8})*[·・]\\p{Script=Han}{1,5}?)(${OFFICE_AFTER_NAME}(?:兼${OFFICE_AFTER_NAME})?)`,
  'gmu',
);

/** Dotted names before their office; a dot also joins two places or bodies ("四日市·天津…中心委员长"): no office word in it. */
export function dottedFirst(text: string): Found[] {
  const out: Found[] = [];
  for (const m of execAll(DOTTED_FIRST, text)) {
    const [name, title] = [m[1] ?? '', m[2] ?? ''];
    const end = m.index + m[0].length;
    // A foreign name: whose office it is, the record says elsewhere, not here.
    if (countryPrefix(name) || name.split(/[·・]/u).some((part) => NOT_NAME.test(part))) continue;
    out.push({
      mention: namedAt(text, m.index, end, {
        name,
        role: title,
        country: null,
        how: 'named before the title (Chinese, name first)',
      }),
      end,
    });
  }
  return out;
}

/** Words that qualify an office, never a name: "新任", "前任", "中方", "该省", "驻…" (a country is checked apart: "国" is in names, "张卫国"). */
const NOT_NAME =
  /^(?:新任|前任|现任|現任|首任|候任|代理|常[务務]|[执執]行|名[誉譽]|首席|中方|外方|[双雙]方|[对對]方|[该該本我贵貴各两兩原驻駐副前])|[部省院委会會局司处處厅廳办辦馆館府长長臣使官席总總统統首方市州县縣区區团團]/u;

/** The verb of the meeting straight after the office: met, received, held talks with, attended, called on ("拜会", "拜访"). */
const MEETING_VERB = /^(?:会见|會見|会晤|會晤|接见|接見|会谈|會談|出席|陪同|拜会|拜會|拜访|拜訪)/u;

/**
 * …or the office opens a list of those present, name then office, that its sentence closes with attending or accompanying:
 * "王明华院长、李立新副处长等陪同参观", "陈明华参赞兼总领事、…等人也应邀出席".
 */
const LIST_GOES_ON = /^(?:、|等)/u;
const LIST_CLOSES = /出席|陪同|[会會][见見]|接待|[参參]加|拜[会會访訪]|率[团團领領]|宴[请請]/u;
const sentenceAfter = (text: string, at: number): string => /^[^。！？!?\n]*/u.exec(text.slice(at))?.[0] ?? '';

/** Names a Chinese record gives in its own order, name then office. */
export function chineseNameFirst(text: string): Found[] {
  const out: Found[] = [];
  // Recurrence is checked across the two character sets: a simplified headline "刘碧伟总领事…" over "劉總領事…".
  const same = simplifiedChinese(text);
  for (const m of execAll(NAME_FIRST, text)) {
    const name = m[1] ?? '';
    const title = m[2] ?? '';
    if (!SURNAME.has(name[0] ?? '') || NOT_NAME.test(name) || /^高[级級]/u.test(name) || countryPrefix(name)) continue;
    // Said once, a run of characters before an office may be anything: the name must recur, or the record call
    // the holder again by surname and the same office ("牛清報大使訪問…", then "牛大使高度評價"; a name of two
    // characters as well: "肖千大使应邀…", then "肖大使表示").
    const again = (s: string): boolean => {
      const t = simplifiedChinese(s);
      return same.indexOf(t, m.index + name.length) >= 0 || same.lastIndexOf(t, m.index - 1) >= 0;
    };
    // …or, said once, the office be followed by the verb of the meeting: "刘明华校长会见了参访团" (met), "…出席" (attended).
    const after = m.index + m[0].length;
    const meets =
      name.length === 3 &&
      (MEETING_VERB.test(text.slice(after, after + 3)) ||
        (LIST_GOES_ON.test(text.slice(after, after + 1)) && LIST_CLOSES.test(sentenceAfter(text, after))));
    if (!again(name) && !again((name[0] ?? '') + title) && !meets) continue;
    const end = m.index + m[0].length;
    const foreign = /首相|大臣|国务卿|國務卿|[总總][统統]|省|大使/u.test(title);
    out.push({
      mention: namedAt(text, m.index, end, {
        name,
        role: title,
        country: foreign ? null : 'China',
        ...(foreign ? {} : { countryFrom: HOME_WHY }),
        how: 'named before the title (Chinese, name first)',
      }),
      end,
    });
  }
  // …and the name straight after a body, before its office ("大使馆程永华临时代办出席"): chinese-body-names.ts.
  return [...out, ...dottedFirst(text), ...chineseNamesAfterBody(text)];
}

/**
 * A Chinese story names its principal in full in the headline, "刘碧伟总领事拜访俄亥俄州州长", and after it by
 * surname and office only, "劉總領事夫婦在…拜會了…", "张大使表示": the body never gives the name, the headline does.
 */
export function chineseBodyShortensHeadline(title: string, paragraphs: string[]): boolean {
  const body = simplifiedChinese(paragraphs.join('\n'));
  for (const m of execAll(NAME_FIRST, title)) {
    const name = simplifiedChinese(m[1] ?? '');
    // A name of two characters as well as three ("肖千大使会见…" over "肖大使表示"): the body's calling the same surname
    // by the same office is what says it is one.
    if (name.length < 2 || !SURNAME.has(m[1]?.[0] ?? '') || NOT_NAME.test(name) || body.includes(name)) continue;
    if (body.includes((name[0] ?? '') + simplifiedChinese(m[2] ?? ''))) return true;
  }
  return false;
}
