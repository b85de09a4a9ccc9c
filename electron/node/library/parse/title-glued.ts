// A headline copied onto one line with what the page prints after it: the headline again, its date
// and clock, or its date and the lead. The headline is put on a line of its own.

import { HAS_SENTENCE_INSIDE } from './title-like.ts';
import { cutAtGluedDate, cutAtTrailingDate, DESK_TAGS, KIND_PREFIX, SOURCE_BRACKETS, substantialLine } from './title-lines.ts';
import { endsSentenceHere, size } from './title-prose.ts';

/** A line that opens with the same words twice: the headline, printed again, then what follows it. */
const DOUBLED_HEAD = /^(\S.{6,118}?)\s*\1(?=\s|$)/u;

/**
 * A headline, its date and the text copied onto one line ("中俄外長會面 王毅:… Mar 30, 2022 在北京,…"):
 * the headline is put on a line of its own; the date stays with the text it came with, a lead long
 * enough not to be taken for a byline.
 */
export function unglued(lines: string[], at: number): string[] {
  const line = lines[at];
  // The headline printed twice at the head of the text's line ("外交部:… 外交部:… 2011年12月7日 …").
  const twice = line === undefined ? null : DOUBLED_HEAD.exec(line.trim());
  if (twice?.[1] && substantialLine(twice[1]) && !endsSentenceHere(twice[1]))
    return [...lines.slice(0, at), twice[1].trim(), line?.trim().slice(twice[0].length).trim() ?? '', ...lines.slice(at + 1)];
  // The headline with only its date and clock after it: the date goes to a line of its own.
  const trailing = line === undefined ? null : cutAtTrailingDate(line.trim());
  if (trailing && !endsSentenceHere(trailing.head) && !HAS_SENTENCE_INSIDE.test(trailing.head))
    return [...lines.slice(0, at), trailing.head, trailing.date, ...lines.slice(at + 1)];
  const cut = line === undefined ? null : cutAtGluedDate(line.trim());
  if (!cut || size(cut.rest) < 12 || endsSentenceHere(cut.head) || HAS_SENTENCE_INSIDE.test(cut.head)) return lines;
  return [...lines.slice(0, at), cut.head, `${cut.date} ${cut.rest}`, ...lines.slice(at + 1)];
}

/** A heading line without the date and clock glued after it ("… Wang Yi 10/26/2023 11:52 PM EDT"). */
export const withoutTrailingDate = (line: string): string => {
  const cut = cutAtTrailingDate(line);
  return cut && !endsSentenceHere(cut.head) && !HAS_SENTENCE_INSIDE.test(cut.head) ? cut.head : line;
};

/**
 * A Korean headline ends on the verbal noun that says what happened ("… 10주년 행사 개최", "… 첫 일본 방문",
 * "… 한미동맹 논의"). Run into its deck or lead with no space ("…행사 개최운젠시장 및 의장 등 …", "…방문12일
 * 도쿄도지사 …"), or into a name opening on its legal form ("…방문(사)한중…협회": 사단법인, 재단법인, 주식회사), the
 * headline ends there. Not when the noun goes on as a compound or takes an ending
 * ("방문단", "개최되는", "방문으로", "교환학생"), which the syllable after it shows.
 */
const KOREAN_HEADLINE_END =
  /^(\S[^\n]{6,90}?\s\S*(?:개최|방문|논의|체결|접견|면담|출국|교환|서명|예방|환영))(?=[가-힣\d]|\((?:사|재|주)\)[가-힣])(?![단객자지식실회서차후시중된한할했하해함을를은는이가의에로과와도만국장록안문건기비계처측위결되됐될돼으였며면고게학길경근공행])(\S+\s.{6,})$/u;

/**
 * A Korean headline that names a speaker and ends on the remark quoted ("정만기 무협 부회장 “… 해소해달라”"), the lead
 * run onto it with no space and opening on the speaker's name again ("”정만기 한국무역협회 부회장이 …"): after a quote a
 * particle follows ("”라고", "”며"), never the name the line opened with.
 */
const QUOTED_HEAD_THEN_LEAD = /^((\S{2,})\s[^“”\n]{0,60}[“‘][^“”‘’\n]{4,90}[”’])(?=\2\S*\s\S)/u;

/** The Korean headline a line opens with, its deck or lead run onto it after the headline's last word; null when none. */
export const gluedKoreanHead = (line: string): string | null => {
  const quoted = QUOTED_HEAD_THEN_LEAD.exec(line)?.[1];
  if (quoted && /[가-힣]/u.test(quoted)) return quoted;
  if (!/[개방논체접면출교서예환]/u.test(line)) return null;
  const head = KOREAN_HEADLINE_END.exec(line)?.[1];
  return head && !endsSentenceHere(head) && !HAS_SENTENCE_INSIDE.test(head) ? head : null;
};

/** A Korean heading line without the deck or lead run onto it after the headline's last word. */
export const withoutGluedKoreanDeck = (line: string): string =>
  // A sentence that runs on ("…에서 개최되는 …", "…방문으로 …") is prose, not a heading line.
  endsSentenceHere(line) || /다\s*$/u.test(line) ? line : (gluedKoreanHead(line) ?? line);

/**
 * The tags a page or a desk puts before a headline: where the text came from ("[Bundesregierung - 14.06.2013]"), a
 * wire's version ("(LEAD)"), the kind of item ("ข่าวเด่น : …", "VIDEO: …"). The headline line and the title made from
 * the first sentence both go without them.
 */
export const withoutFilingTags = (line: string): string =>
  line.replace(SOURCE_BRACKETS, '').replace(DESK_TAGS, '').replace(KIND_PREFIX, '').replace(TITLE_LABEL, '');

/**
 * The field's label a form or a copied page prints before the headline ("標題:…", "Title: …", "제목 : …", "Tiêu đề:
 * …"): the word "title" in the desks' languages, then a colon. The headline is what follows.
 */
const TITLE_LABEL =
  /^\s*(?:標題|标题|題名|件名|제목|title|titre|titel|título|titolo|tytuł|název|titulek|заголовок|назва|tiêu đề|judul|başlık|rubrik|otsikko|عنوان|عنوان خبر)\s*[:：]\s*(?=\S)/iu;

/** A heading line without what was run onto it after the headline: its date and clock, or a Korean deck. */
export const withoutGluedTail = (line: string): string => withoutGluedKoreanDeck(withoutTrailingDate(line));
