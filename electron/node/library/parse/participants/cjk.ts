// Chinese writes the title, then the name, with no space: "中共中央政治局委员、外交部长王毅",
// "日本駐華大使丹羽宇一郎"; Japanese the name, then the title: "岸田文雄外務大臣",
// "レックス・ティラソン米国務長官", "ジュリー・ビショップ・オーストラリア連邦外務大臣". With no
// spaces, where a name ends is read from the text itself: the same characters again later
// ("王毅表示"), punctuation, or a word that starts the predicate ("同", "通電話").
// The country is taken off the front of the role ("英國首相…顧問" → 首相…顧問, United Kingdom).

import { countMatches, execAll } from '../patterns.ts';
import { honorificLength } from './chinese-malaysian-honorifics.ts';
import { GIVEN_NAME_CHARS, HAN, KANA, NOT_IN_NAME, NOT_NAME_START, STOP_CHARS, stopsHere } from './chinese-name-chars.ts';
import { bareItemBefore, listedNames } from './chinese-name-lists.ts';
import { shortReference, wholeNameCalledBySurname } from './chinese-surname-called.ts';
import { NO_STATE_HEAD, nameFitsHead } from './chinese-surnamed-heads.ts';
import { COMPOUND_SURNAME, SURNAME } from './chinese-surnames.ts';
import { japanese } from './cjk-japanese.ts';
import { japaneseListLines } from './cjk-japanese-lists.ts';
import { chineseNameFirst, dottedFirst } from './cjk-name-first.ts';
import { countryPrefix, type Found, TITLE } from './cjk-offices.ts';
import { HOME_WHY } from './home.ts';
import { japaneseHonorificNames } from './japanese-honorific-names.ts';
import { japaneseLatinNames } from './japanese-latin.ts';
import { withReadings } from './japanese-name-readings.ts';
import { japaneseBothNamed, japaneseTitledNames } from './japanese-titled-names.ts';
import { namedAt } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Offices a Chinese record names without "中国" for China's own officials (not a prime minister, a minister of a 省, or one posted to China). */
// …nor an international body's head, a high representative, a member of a parliament or a princess: none is China's own.
// …nor an association's board chair ("理事长"): no office of a state, anyone's.
const FOREIGN_ONLY =
  /首相|大臣|国务卿|國務卿|[总總][统統]|省|[驻駐][华華]|大使|[总總]干事|總幹事|高[级級]代表|[议議]员|議員|公主|理事[长長]/u;

const NAMED_CITY_HEAD = /\p{Script=Han}[市县縣区區町村府県州](?:[市区區町村][长長]|知事|[书書]记)$/u;

// …and an academic courtesy after the name ("黄德宽教授在…", "李院士").
// …and "等政要" (and other dignitaries), "等官员", "等领导": others of the list unnamed; "乙行", Taiwan's "一行" (party).
// …and the courtesy after a name of two characters or more ("处长奈伦女士", "主席史密斯先生"), no part of it.
const AFTER_NAME =
  /(?<=^.{2,}?)(?:先生|女士|教授|院士|博士|[周週][一二三四五六日天末]|星期|今天|昨天|今日|昨日|日前|近日|当天|當天|[上下中]午|晚上|早上|当晚|當晚|届时|屆時|年[内內]|[一乙]行|分[别別]|[参參](?:加|与|與)?$|[参參](?:加|与|與)|[参參][赞贊]|出席|陪同?|预计|預計|走[访訪]|等(?:人)?(?=[陪参參出在会會於于、，,。一]|政要|官[员員]|[领領][导導]|嘉[宾賓]|人士|要[员員]|$)).*$/u;

/** Words that start the predicate after a name without a stop character: "卡尔沃座谈交流", "格雷介绍". */
// …or presides, speaks, calls on ("王长顺主持", "李明讲话", "陈勇拜会"): no given name ends in these verbs.
// …or goes along with the party ("秘书长张志远随行", accompanied it).
const PREDICATE_WORDS =
  '座[谈談]|特[别別]|[会會](?:[谈談]|晤)|交流|介[绍紹]|表示|[举舉]行|分[别別]|主持|[讲講]話|[讲講]话|拜[会會访訪]|[随隨]行';
const PREDICATE = new RegExp(`(?<=^.+?)(?:${PREDICATE_WORDS}).*$`, 'u');

/** What closes a name right after it: punctuation, "等", the party ("一行"), attending or the predicate's first word. */
const CLOSES_NAME = new RegExp(`^(?:[、，,。；;：:）)等]|[一乙]行|[出参參]席|[参參]加|陪同|${PREDICATE_WORDS})`, 'u');

/**
 * Words that go on the clause after an office already closing a name ("黃市長進一步指出", "市長特別以…款待",
 * "森市長回憶道", "市長偕處長接待"), or own the office ("以总理身份", "担任副总理期间", "总理脸书", "总理公署发布"):
 * an adverb, a verb of liking, recalling or leading, "with", a capacity, a term, an account, an office.
 */
const PREDICATE_START =
  /^(?:[进進]一步|特[别別]|喜[欢歡]|回[忆憶]|偕|身[份分]|期[间間]|任[内內]|[牵牽]头|[牵牽]頭|[脸臉][书書]|公署)/u;

/** A transliterated name, its parts joined by a middle dot: "路易斯·卡尔沃", "阿扎姆焦恩·马恩苏洛夫". */
const DOTTED = /^\p{Script=Han}{1,6}(?:[·・]\p{Script=Han}{1,8})+/u;

/**
 * The dot marks a foreign name whatever its length, so it is read whole: the last part up to a word
 * that starts the predicate ("帕克率領", "丘氏君會見") or the time, a delegation or a spouse after it
 * ("格雷一行", "鲍卡斯夫妇"), or the courtesy after it ("巴里帕先生").
 */
function dottedName(text: string, at: number): string | null {
  const run = DOTTED.exec(text.slice(at, at + 40))?.[0];
  if (!run) return null;
  const dot = Math.max(run.lastIndexOf('·'), run.lastIndexOf('・'));
  // …nor speaking for others after it ("约翰·富卡代表来访团组发言", on behalf of the visitors), not a delegation ("代表团").
  const last = run.slice(dot + 1).replace(/(?<=^.+?)代表(?![团團处處]).*$/u, '');
  const stop = [...last].findIndex((c, i) => i >= 1 && STOP_CHARS.has(c));
  const tail = (stop >= 1 ? last.slice(0, stop) : last)
    .replace(PREDICATE, '')
    .replace(AFTER_NAME, '')
    .replace(/(?<=^.+?)(?:夫[妇婦人]|先生|女士|[阁閣]下|博士).*$/u, '');
  return tail === '' ? null : run.slice(0, dot + 1) + tail;
}

/**
 * "张卫国", "成长春": three characters, the office-like one inside, the whole said at least twice, or said once with a
 * common surname and closed right after by punctuation, "等" (and others), the party ("一行") or the verb (`next`: the characters after).
 */
function surnamedRecurring(name: string, times: number, next = ''): boolean {
  const offices = [...name].filter((c) => NOT_IN_NAME.test(c));
  const closed =
    SURNAME.has(name[0] ?? '') && countryPrefix(name) === null && (CLOSES_NAME.test(next) || STOP_CHARS.has(next[0] ?? ''));
  return (
    name.length === 3 &&
    (times >= 2 || closed) &&
    !NOT_IN_NAME.test(name[0] ?? '') &&
    offices.every((c) => GIVEN_NAME_CHARS.test(c))
  );
}

/** A list item that ends in an office and its holder's name: "行政法務司司長張永春". */
const ITEM_HELD = new RegExp(`(?:${TITLE.source})\\p{Script=Han}{2,3}$`, 'u');

/** Chinese: the chain of offices before the title back to a stop, then the name after it. */
function chinese(text: string): Found[] {
  const out: Found[] = [];
  const dottedEnds = new Set(dottedFirst(text).map((f) => f.end));
  const sides = new Map<number, { country: string; length: number }>();
  for (const m of execAll(TITLE, text)) {
    const titleEnd = m.index + m[0].length;
    // "会长拿督斯里王某": a Malaysian honorific between the office and the name is neither.
    const nameAt = titleEnd + honorificLength(text.slice(titleEnd, titleEnd + 12));
    const run = /^[\p{Script=Han}·・]{2,8}/u.exec(text.slice(nameAt))?.[0];
    if (!run) continue;
    // Another office starting right after: this title only qualifies the next ("首相國家安全事務顧問").
    if (NOT_NAME_START.has(run[0] ?? '')) continue;
    // Cut at a word that starts the predicate ("巴羅通電話" → 巴羅), then keep the longest start
    // that occurs as often as its first two characters do ("傅瑩緊急…", "傅瑩重申" → 傅瑩).
    const chars = [...run];
    const stop = chars.findIndex((_, i) => i >= 2 && stopsHere(chars, i));
    // A day written straight after the name ("王毅周五(8日)", "王毅今天") is not part of it, nor is the verb
    // of one who attends or is expected ("秘书长姚家凯参加会见", "習近平預計於11月", "李刚走访").
    // …nor the predicate's first word ("王度座谈交流", "格雷介绍").
    const cut = (stop >= 2 ? run.slice(0, stop) : run).replace(AFTER_NAME, '').replace(PREDICATE, '');
    // "鈴木一郎率领…", then "鈴木一行" (Suzuki's party): "一" opening the party is not the given name's, so "鈴木一" is
    // said as often as the full name, not as the surname.
    const count = (s: string): number => text.split(s).length - 1 - (s.endsWith('一') ? text.split(`${s}行`).length - 1 : 0);
    // "審計長歐陽瑜" beside "專員歐陽湘": a two-character surname is not yet the name, its first three characters are.
    const base = count(cut.slice(0, COMPOUND_SURNAME.test(cut) ? 3 : 2));
    let name: string | null = dottedName(text, nameAt);
    const ended = run.length === text.slice(nameAt).search(/[^\p{Script=Han}·・]|$/u);
    if (name !== null) {
      // read whole above
    } else if (base >= 2) {
      // Up to six characters: transliterated names run long ("韋斯特韋勒", "姆巴·莫庫伊").
      for (let n = Math.min(6, cut.length); n >= 2 && name === null; n--)
        if (count(cut.slice(0, n)) === base) name = cut.slice(0, n);
      // "市长冈本荣及…", then "冈本市长": a two-character surname the record goes on to call with the office.
      // …read past a joining character a given name may hold ("铃木和夫一行": 和): the surname's calls decide.
      // …and a four-character name closed by punctuation ("市长铃木史朗、"), where the two read open with no
      // common Chinese surname: a Japanese family name, not "张莉" before a verb ("张莉代职").
      const whole = run.replace(AFTER_NAME, '').replace(PREDICATE, '');
      const family = !SURNAME.has(name?.[0] ?? '');
      for (const c of new Set([cut, whole]))
        if (
          name?.length === 2 &&
          (c.length < run.length || (ended && (c.length === 3 || (c.length === 4 && family) || count(c) >= 2)))
        )
          name = wholeNameCalledBySurname(text, c, name);
    } else if (shortReference(text, m.index, out)) {
      // "蒋市长当选", "Jack市长睽违", "闫文滨总领事通报": the title closes a name already given, what follows is its verb.
    } else if (stop >= 2 || ended) {
      // Named once: only a name closed by punctuation or a predicate word is sure.
      name = cut.length <= 5 ? cut : null;
    }
    // "大使应邀赴…", "总领事应约赴…" (at the invitation, by appointment, went to),
    // "首相成功會晤" (successfully met), "市長代表團" (the mayors' delegation), "省长简要介绍" (briefly presented),
    // "副省长访日" (visiting Japan), "主席同總統達成的共識" (reached), "總統提名" (the nomination), "领事保护" and
    // "领事大厅" (consular protection, the consular hall), "总理前来安徽" (came to): an adverb, a body, a
    // service or a verb after the title, no name.
    if (
      name !== null &&
      ((NOT_IN_NAME.test(name) &&
        !surnamedRecurring(name, count(name), text.slice(nameAt + name.length, nameAt + name.length + 4))) ||
        /^(?:上(?:任|述|次|[周週]|月)|成功|[顺順]利|[应應](?:邀|[约約])|代表|一行|[简簡]要|[访訪][问問华華日]|[达達]成|提名|保[护護]|大[厅廳]|前[来來])/u.test(
          name,
        ) ||
        PREDICATE_START.test(name))
    )
      name = null;
    // "教授进行了…": an everyday office word is followed by a name only when the words have a name's form.
    if (name === null || !nameFitsHead(m[0], name)) continue;
    // The offices before the title: back to punctuation or a joining word.
    // …and never back into the name before it: "智利外长X、秘鲁外长Y" gives Y the office 外长 of 秘鲁.
    let start = m.index;
    while (start > 0 && m.index - start < 24 && !out.some((f) => f.end === start)) {
      const c = text[start - 1] ?? '';
      if (!(HAN.test(c) || c === '、') || STOP_CHARS.has(c)) break;
      // "仪式由副院长…主持" (presided by): "由" (by) opens the office's phrase; not "自由" (liberal, free).
      if (c === '由' && text[start - 2] !== '自') break;
      // "司長張永春、經濟財政司司長": another item of the list, an office with its holder, ends before the comma.
      // …nor does it run back across a list of bare names ("议员甲、乙、丙、区议员丁": 丁's office starts after 丙).
      if (c === '、' && (ITEM_HELD.test(text.slice(Math.max(0, start - 24), start - 1)) || bareItemBefore(text, start - 1)))
        break;
      start--;
    }
    while (text[start] === '、') start++;
    // "瑪麗·約翰遜處長感謝…": the office closes a dotted name before it (cjk-name-first.ts); what follows is its verb.
    if (dottedEnds.has(titleEnd)) continue;
    let role = text.slice(start, titleEnd);
    // "美方校长甲、副校长乙": the side ("美方", the American side) heads its list, each office after the comma its own.
    const place = countryPrefix(role) ?? (text[start - 1] === '、' ? (sides.get(start - 1) ?? null) : null);
    const country = place ? place.country : null;
    if (place && (role[1] === '方' || place.length === 0)) sides.set(nameAt + name.length, { ...place, length: 0 });
    if (place) role = role.slice(place.length);
    if (role === '') continue;
    // "下关市市长江岛洁": a named city's mayor may be anyone's; only an unqualified "市长" is the record's own.
    const home =
      country === null && !FOREIGN_ONLY.test(role) && !NO_STATE_HEAD.test(role) && !NAMED_CITY_HEAD.test(role) ? 'China' : null;
    const end = nameAt + name.length;
    out.push({
      mention: namedAt(text, start, end, {
        name,
        role,
        country: country ?? home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        how: 'named after the title (Chinese order)',
      }),
      end,
    });
  }
  return out;
}

/** A surname and an office together ("蔣市長"): the office's holder called by surname, said again and again. */
const SURNAME_TITLE = new RegExp(`(\\p{Script=Han})(${TITLE.source})`, 'gu');

/**
 * "蔣市長表示", "蔣市長並表示": a record that has named its principal once in full calls them by surname and
 * office after, and says what they did there. Read as the full name: one the title-first reading found with
 * that surname, else the one run of three characters under it the record says at least twice ("蔣萬安").
 */
function surnameReferences(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const m of execAll(SURNAME_TITLE, text)) {
    const surname = m[1] ?? '';
    const title = m[2] ?? '';
    if (!SURNAME.has(surname) || HAN.test(text[m.index - 1] ?? '') || text.split(surname + title).length - 1 < 2) continue;
    const known = [...new Set(found.map((f) => f.mention.name ?? '').filter((n) => n.length >= 2 && n.startsWith(surname)))];
    const said = new Map<string, number>();
    for (const r of execAll(new RegExp(`${surname}\\p{Script=Han}{2}`, 'gu'), text)) said.set(r[0], (said.get(r[0]) ?? 0) + 1);
    const recurring = [...said].filter(
      // Not the office itself ("张秘书长" said twice is no "张秘书").
      ([n, k]) =>
        k >= 2 &&
        !title.startsWith(n.slice(1)) &&
        ![...n.slice(1)].some((c) => NOT_IN_NAME.test(c) || STOP_CHARS.has(c) || NOT_NAME_START.has(c)),
    );
    const name = known.length === 1 ? known[0] : known.length === 0 && recurring.length === 1 ? recurring[0]?.[0] : undefined;
    if (!name) continue;
    const end = m.index + m[0].length;
    const home = !FOREIGN_ONLY.test(title) ? 'China' : null;
    out.push({
      mention: namedAt(text, m.index, end, {
        name,
        role: title,
        country: home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        how: 'called by surname and office (Chinese)',
      }),
      end,
    });
  }
  return out;
}

/** "岸田大臣", "ティラソン長官": a short form of a full name the record gives, read as that person. */
function fullNames(found: Found[]): Found[] {
  const full = found.map((f) => f.mention.name ?? '');
  for (const f of found) {
    const n = f.mention.name ?? '';
    const whole = full.find((x) => x !== n && x.length > n.length && (x.startsWith(n) || x.split('・').includes(n)));
    if (whole) f.mention = { ...f.mention, name: whole };
  }
  return found;
}

export function cjkMentions(text: string): [Mention, number][] {
  if (!HAN.test(text)) return [];
  // Kana means Japanese; Han without kana, Chinese.
  const kana = countMatches(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, text);
  const han = countMatches(/\p{Script=Han}/gu, text);
  // A few Han characters in a record of another script (an English or Vietnamese record giving "王毅" in brackets)
  // are no Chinese text; a short release in Chinese or Japanese is, its Han and kana most of its letters.
  const letters = countMatches(/\p{L}/gu, text);
  if ((han < 20 && (han + kana) * 2 <= letters) || (/\p{Script=Hangul}/u.test(text) && !KANA.test(text))) return [];
  const found =
    kana > han / 10
      ? withReadings(
          [
            ...japanese(text),
            ...japaneseListLines(text),
            ...japaneseTitledNames(text),
            ...japaneseBothNamed(text),
            ...japaneseLatinNames(text),
            ...japaneseHonorificNames(text),
          ],
          text,
        )
      : chinese(text);
  // Chinese names written before their office, where the title-first reading left them unread.
  if (kana <= han / 10) {
    const read = new Set(found.map((f) => f.mention.name));
    for (const f of chineseNameFirst(text)) if (!read.has(f.mention.name)) found.push(f);
    found.push(...surnameReferences(text, found));
    // Names that share the office before them, or listed as present with none ("副院长甲、乙", "甲、乙等出席").
    found.push(...listedNames(text, found));
  }
  return fullNames(found).map((f) => [f.mention, f.end]);
}
