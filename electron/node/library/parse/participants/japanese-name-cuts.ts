// Japanese glues to the name the words that say which holder of an office it is, before the office itself:
// "井上清前会長" (Inoue Kiyoshi, the former chair), "安倍元首相" (the former prime minister), "早田理事兼事務局長"
// (a board member and also the secretary general), "池田副学館長" (the deputy head of the school). Those words are
// the role's, not the name's; cjk-japanese.ts asks here where the name ends.

import { JAPANESE_TITLE } from './japanese-offices.ts';

/** "前" (former) and "元" (one-time) closing the run: the role's, if a name of two kanji or more is left ("秋元市長" stays). */
const FORMER = /[前元]$/u;
/** An office and "兼" (and also) closing the run: "理事兼" before "事務局長". */
const CONCURRENT = new RegExp(`(?:${JAPANESE_TITLE.source})兼$`, 'u');

/** The name before the office words it carries, and those words; null when the run carries none. */
export function officeWordsAfterName(run: string): { name: string; office: string } | null {
  const concurrent = CONCURRENT.exec(run);
  if (concurrent && concurrent.index >= 1) return { name: run.slice(0, concurrent.index), office: concurrent[0] };
  if (FORMER.test(run) && run.length >= 3) return { name: run.slice(0, -1), office: run.slice(-1) };
  // "副" (deputy) starts the office wherever it stands after the name ("池田副学館長"); a name opening with it ("副島") stays.
  const deputy = run.indexOf('副', 1);
  if (deputy >= 1) return { name: run.slice(0, deputy), office: run.slice(deputy) };
  return null;
}

/**
 * "県人会長" (the chair of the prefectural association), "後援会長": the head of a body the record names elsewhere
 * as the run and "会" ("県人会を訪れ"), not a person called by the run.
 */
export function headOfNamedBody(run: string, title: string, text: string): boolean {
  if (!title.startsWith('会')) return false;
  // The body said on its own, not another of its offices ("銭某会頭…銭某会長": one person, two titles).
  return text
    .split(`${run}会`)
    .slice(1)
    .some((rest) => !/^[長頭]/u.test(rest));
}

/** The kanji before a space that open a clause: a surname ("柴橋 "), or a whole name ("林世賢 "). */
const BEFORE_SPACE = /(?:^|[\s、。，,「」『』（）()：:\p{Script=Hiragana}])(\p{Script=Han}{1,4})[ 　]$/u;
const TITLE_END = new RegExp(`(?:${JAPANESE_TITLE.source})$`, 'u');
/** A body, an event or a place, not a name, before the space: "交流会 会長挨拶", "代表団 団長". */
const NOT_NAME_END = /[会式団議局部課館省庁所院校社者県市町村区都府州問談典賀]$/u;
/** A word of time opening the sentence before the space, no name: "本日 市長は…", "昨日 知事は…", "今回 団長として…". */
const TIME_WORD = /^(?:[本昨今同翌当先明前]日|今回|[今昨本同]年|[今先来同]月|当時)$/u;

/**
 * Japanese web pages often write a name with a space between family and given name, or a space between the name
 * and the office: "柴橋 正直岐阜市長" (Shibahashi Masanao, mayor of Gifu), "佐々木 伸彦理事長", "林世賢 新市長",
 * "三田勝久 大阪府議会…会長". `before` is the text before the office's kanji, `run` those kanji less the office words.
 * The name, and how many of the run's kanji it takes (the given name glued to the office); null when no space.
 */
export function spacedName(before: string, run: string): { name: string; taken: number; surname: number } | null {
  const first = BEFORE_SPACE.exec(before)?.[1];
  // "団長 大勢待市長": an office before the space, the name after it.
  if (!first || NOT_NAME_END.test(first) || TITLE_END.test(first) || TIME_WORD.test(first)) return null;
  // The whole name before the space, the office after it.
  if (run === '' || (first.length >= 3 && run.length >= 4))
    return first.length >= 2 ? { name: first, taken: 0, surname: first.length } : null;
  // The family name before the space, the given name glued to the office: two kanji, or the whole run if short.
  const given = run.length <= 3 ? run : run.slice(0, 2);
  if (first.length === 4 || NOT_NAME_END.test(given)) return null;
  return { name: `${first} ${given}`, taken: given.length, surname: first.length };
}

/** One kanji before a title that says which holder, not who: "同総領事", "前会長", "県知事", "本部長", "総書記". */
const NOT_A_SURNAME = /[同前元現新各両本当貴駐県府都道区市町村省国州党副正准故次全首総大小諸歴初代一二三四五六七八九十上下]/u;

/**
 * A surname of one kanji glued to the title ("柳総領事は", "、席副学長", "張センター長が") is a name when it
 * opens a clause: after the start of a line, punctuation, or kana (a particle, a verb: "挨拶する何団長"), and is none
 * of the words above.
 */
export function surnameAlone(text: string, start: number, name: string): boolean {
  if (NOT_A_SURNAME.test(name)) return false;
  return start === 0 || /[\s、。，,「」『』（）()：:＝=\p{Script=Hiragana}]/u.test(text[start - 1] ?? '');
}
