// Korean delegation lists: "우리 측에서는 A 국가안보실장, B 대변인 등이 배석했다", "미국도 C 상무장관,
// D 백악관 대변인 등이 참석했다", "일본 쪽은 E 외상, F 관방부장관 등이다". The side is said once,
// at the head of the list, and every item is a name followed by its office, in any office's words.

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { isKoreanCommonWord, isKoreanTitleWord } from './korean.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

const KOREA = 'Republic of Korea';

/** A side, then the list, then who sat in: "…측에서는 … 등이 배석했다". */
const LIST = new RegExp(
  `(?<![\\p{L}])(우리|한국|${KOREAN_COUNTRY_SOURCE}) ?(?:측|쪽)? ?(?:인사로는|에서는|에서|은|는|도|의) ([^.。\\n]{4,600}?)(?: ?등(?: ?\\d+명)?(?:이|은|도)?|이|가)? ?(?:배석|참석|동석|자리했|자리해|참여|함께|이다|입니다)`,
  'gu',
);

/**
 * Who sat in at the meeting itself: "이날 예방에는 A 특임대사, B 국제국장 등이 함께했다", "접견에는 …
 * 의장을 비롯해 C 대표의원, D 운영위원장이 배석했다", "회의에는 대사관 측에서 E 대사, F 참사관 …". The
 * side is said only sometimes; without one, no country is read.
 */
const AT_EVENT =
  /(?<![\p{L}])(?:접견|예방|회담|면담|환담|오찬|만찬|회의|간담회|협의회)에는 (?:(\p{Script=Hangul}{1,8}) ?(?:측|쪽)(?:에서는|에서|에선|은|는) )?([^.。\n]{4,400}?)(?: ?등(?: ?\d+명)?(?:이|은|도)?|이|가)? ?(?:배석|참석|동석|자리했|자리해|함께|참여)/gu;
/**
 * The same list with a body for its side, not a country: "유엔총회 측에서는 A 비서실장, B 대변인 등이
 * 함께했다", "한인회 측에서는 …". Only "측" says a side; the body names no country, so none is read.
 */
const BODY_SIDE =
  /(?<![\p{L}])(\p{Script=Hangul}{2,8}) ?측(?:에서는|에선|에서|은|는) ([^.。\n]{4,400}?)(?: ?등(?: ?\d+명)?(?:이|은|도)?|이|가)? ?(?:배석|참석|동석|자리했|자리해|함께|참여)/gu;
const SIDE_HOW = 'named in a delegation list that says whose side it is';
const EVENT_HOW = 'named among those who sat in at the meeting';
const SHARED_HOW = 'named in a list that shares one title';

/** An office's last word: "국가안보실장", "대변인", "외상", "공사참사관", "대사 대리", "내정자". */
export const TITLE_END =
  /(?:장|관|상|리|석|보|사|의원|위원|대리|내정자|대변인|주석|대사|공사|특사|차장|총재|비서|고문|대표|의장|위원장)$/u;

/** A word that starts an office, never a name: an acronym, "주한미국", a ministry or agency, a council or a delegation ("인민의회", "대표단 일행과"). */
const OFFICE_START = new RegExp(
  `^(?:[A-Za-z]{2,}|주(?:한|${KOREAN_COUNTRY_SOURCE})|(?:백악관|내각|[\\p{Script=Hangul}·]{2,}(?:부|성|처|청|실|원|대사관|위원회|사령부|의회|대표단|방문단)|(?:대표단|방문단|일행)(?:과|와)?|${KOREAN_COUNTRY_SOURCE})$)`,
  'u',
);

const SURNAME =
  /^(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉])/u;

/** A Korean name: one word of two to four syllables, starting with a surname. */
export const koreanName = (w: string): boolean => /^\p{Script=Hangul}{2,4}$/u.test(w) && SURNAME.test(w);

/** A name of one to four words, every word Hangul (a hyphen allowed: "장-피에르"). */
const nameWord = (w: string): boolean => /^\p{Script=Hangul}+(?:-\p{Script=Hangul}+)?$/u.test(w) && !OFFICE_START.test(w);

/** What may open an item before its name: "송 의장을 비롯해 ", "한인회 측에서는 ". */
const ITEM_LEAD = /^[^,]*?(?:(?:을|를) (?:비롯해|비롯한|포함해)|(?:측|쪽)(?:에서는|에서|에선|은|는)) /u;

/** What opens a sentence before its list: "이번 방문단은 ", "이날 행사에는 ", "교류단 일행은 ". */
const SENTENCE_LEAD =
  /^(?:[^,]*? )?\p{Script=Hangul}*(?:단|일행|행사|자리|식|회|방문|방한|접견|예방|회담|면담|오찬|만찬|회의|간담회)(?:은|는|에는|에선|에서는) /u;

/** Words that open a clause, and words ending in a particle: never a name in a sentence's list. */
const CLAUSE_WORD =
  /^(?:이번|이날|이어|이후|이에|한편|지난|오전|오후|당시|현재|최근|전날|양측|신임|전임|정부|우리|도내|시내|국내|관내|국회|주요|관계|관련|공식|구성|방문|참석|일행|또한|특히|그리고|또)$/u;
const PLACE_WORD = /^\p{Script=Hangul}{3,}(?:시|성|주|현|군|구|도)$/u;
const PARTICLE_END = /(?:인|은|는|을|를|의|에|로|서|고|며|들이|들도|들과|들와)$/u;

/** A word that ends a body's name: "국제협력 담당관실", "총영사관", "경주시의". */
const BODY_END = /(?:실|관|청|부|처|원|회|시|군|구|도|성|의|측|단|국|소)$/u;

/**
 * "국제협력 담당관실 이영철 계장", "총영사관 주염봉 영사": a body's words, then a Korean name and its
 * office (one or two words). Read only where the item does not open on a name.
 */
function nameAfterBody(words: string[]): { name: string; role: string; k: number } | null {
  for (let k = words.length - 2; k >= 1 && k >= words.length - 3; k--) {
    const w = words[k] ?? '';
    if (!koreanName(w) || BODY_END.test(w) || !BODY_END.test(words[k - 1] ?? '')) continue;
    return { name: w, role: words.slice(k + 1).join(' '), k };
  }
  return null;
}

function readItem(item: string, korean: boolean, sentence = false): { name: string; role: string; at: number } | null {
  const lead = (ITEM_LEAD.exec(item) ?? (sentence ? SENTENCE_LEAD.exec(item) : null))?.[0].length ?? 0;
  const trimmed = item.slice(lead).replace(/(?:이|가|은|는|도|과|와)$/u, '');
  const words = trimmed.split(' ').filter((w) => w !== '');
  if (words.length < 2 || !TITLE_END.test(words.at(-1) ?? '')) return null;
  const opensOnName = koreanName(words[0] ?? '') && !BODY_END.test(words[0] ?? '');
  // …or a body in the genitive before the name in any list ("서울대의 이재욱 국제협력본부장"): "…의" ends the body.
  const after = (sentence || /의$/u.test(words[0] ?? '')) && words.length >= 3 ? nameAfterBody(words) : null;
  // "국제협력 담당관실 이영철 계장": a first word that sounds like a name ("국제협력") is the body's when
  // two words of a body stand before a name.
  if (after && (!opensOnName || after.k >= 2))
    return { name: after.name, role: after.role, at: lead + trimmed.indexOf(` ${after.name} `) + 1 };
  let cut: number;
  if (korean) cut = 1;
  else {
    // In a sentence's list, a place's or body's word of four syllables or more opens the office too ("칸호아성", "나트랑시").
    cut = words.findIndex((w, i) => i > 0 && (OFFICE_START.test(w) || (sentence && PLACE_WORD.test(w))));
    if (cut < 0) cut = words.length - 1;
    // "레 반 끄 전 주한 베트남 대사": "former" opens the office, not the name's last word.
    if (cut > 1 && /^(?:전|前|현|신임)$/u.test(words[cut - 1] ?? '')) cut--;
  }
  const nameWords = words.slice(0, cut);
  // More than five words of office is two items run together (a missing comma).
  if (cut < 1 || cut > 4 || words.length - cut > 5 || !nameWords.every(nameWord)) return null;
  if (korean && !koreanName(nameWords[0] ?? '')) return null;
  // A sentence's list opens on its own words: "이번 …", "상주 대사인 …" are no names.
  if (sentence && nameWords.some((w) => CLAUSE_WORD.test(w) || (!korean && PARTICLE_END.test(w)))) return null;
  // "왕 부장": a surname alone is a short form of someone named in full elsewhere.
  if (nameWords.join('').length < 2) return null;
  return { name: nameWords.join(' '), role: words.slice(cut).join(' '), at: lead + trimmed.indexOf(words[0] ?? '') };
}

/** Every Korean list has Hangul: a text without it skips the patterns. */
const HANGUL = /\p{Script=Hangul}/u;

export type List = { m: RegExpExecArray; body: string; country: string | null; how: string; event?: boolean; sentence?: boolean };

const sideCountry = (side: string): string | null =>
  side === '우리' || side === '한국' ? KOREA : side ? normalizeCountry(side) : null;

export function koreanListMentions(text: string): [Mention, number][] {
  if (!HANGUL.test(text)) return [];
  return readLists(
    text,
    [...execAll(LIST, text)].map((m) => ({ m, body: m[2] ?? '', country: sideCountry(m[1] ?? ''), how: SIDE_HOW })),
  );
}

/** A side that is a body ("유엔총회 측에서는 …"): its list, with no country (a country's side is LIST's). */
export function koreanBodySideMentions(text: string): [Mention, number][] {
  if (!text.includes('측')) return [];
  const lists = [...execAll(BODY_SIDE, text)]
    .filter((m) => sideCountry(m[1] ?? '') === null)
    .map((m) => ({ m, body: m[2] ?? '', country: null, how: SIDE_HOW, event: true }));
  return readLists(text, lists);
}

/** Those who sat in at the meeting (after the other Korean rules: only what they left unread). */
export function koreanEventListMentions(text: string): [Mention, number][] {
  if (!HANGUL.test(text)) return [];
  const lists = [...execAll(AT_EVENT, text)].map((m) => ({
    m,
    body: m[2] ?? '',
    country: sideCountry(m[1] ?? ''),
    how: EVENT_HOW,
    event: true,
  }));
  return readLists(text, lists);
}

export function readLists(text: string, lists: List[]): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const { m, body, country, how, event, sentence } of lists) {
    if ((!country && !event) || !body.includes(' ')) continue;
    const bodyStart = m.index + m[0].lastIndexOf(body);
    // Items are set off by commas, or joined by "과/와" after an office ("…실장과 박진 …").
    const parts = [...body.matchAll(sentence ? /(?:[^,，△▲및]|및(?! ))+/gu : /[^,，]+/gu)].flatMap((p) => {
      const pieces: [string, number][] = [];
      let from = 0;
      for (const j of p[0].matchAll(/(?<=\p{Script=Hangul})(?:과|와) /gu)) {
        // "세리자와 키요시": a name may end in "와"; only an office ends an item.
        if (!TITLE_END.test(p[0].slice(from, j.index))) continue;
        pieces.push([p[0].slice(from, j.index), p.index + from]);
        from = j.index + j[0].length;
      }
      pieces.push([p[0].slice(from), p.index + from]);
      return pieces;
    });
    const found: [Mention, number][] = [];
    for (const [raw, offset] of parts) {
      // With no side said, a Korean name opening the item is read as Korean ("염종현 대표의원").
      const opening = raw.trim().replace(ITEM_LEAD, '');
      const korean =
        country === KOREA ||
        (!country && koreanName((sentence ? opening.replace(SENTENCE_LEAD, '') : opening).split(' ')[0] ?? ''));
      const item = readItem(raw.trim(), korean, sentence);
      if (!item) continue;
      const start = bodyStart + offset + raw.indexOf(raw.trim()) + item.at;
      const end = start + `${item.name} ${item.role}`.length;
      found.push(namedMention(text, start, end, { name: item.name, role: item.role, country, how, attending: true }));
    }
    // One item read is a sentence, not a list: leave it to the other rules.
    if (found.length >= 2) out.push(...found);
  }
  return out;
}

/**
 * Names sharing one title at the end of the list: "이해찬, 정동영, 이정미 대표 등", "더불어민주당
 * 이해찬, 민주평화당 정동영, 정의당 이정미 대표 등". Each name may follow its own body (a party, a
 * ministry); the title after the last name, before "등" (and others), is every one's.
 */
// The list starts a word: not "예총회장" inside "황병구 명예총회장, 이정형 고문 등".
const SHARED = compiledEarly(
  /(?<![\p{L}])((?:(?:\p{Script=Hangul}{2,10} )?\p{Script=Hangul}{2,4}, ){1,8})(?:\p{Script=Hangul}{2,10} )?\p{Script=Hangul}{2,4} (\p{Script=Hangul}{1,8}) ?등/gu,
);

/**
 * The same without "등", or joined by "·": "송대윤, 황경아 부의장이 자리를 함께했으며", "김영삼·황경아
 * 부의장". Only full Korean names of three syllables, so a clause word ("이에, 조태용 차관은") or
 * a place ("인천시·경기도") is not read as one; the list starts a word (not "…”이라며, 주부산 총영사").
 */
const SHARED_BARE =
  /(?<=^|[\s(,])((?:\p{Script=Hangul}{3}(?:, |·)){1,6}\p{Script=Hangul}{3}) (\p{Script=Hangul}{1,8}?)(?=(?:이|가|은|는|과|와|을|를)?[\s,])/gu;
// "원" ends many given names ("박종원", "정철원"): only its bodies are none ("공무원", "연구원", "시의원", "감사원").
const NOT_PERSON_END = /(?:시|군|구|국|당|부|청|회|처|관|단|의원|무원|구원|사원|흥원|육원)$|^(?:국정원|감사원)$/u;

function bareSharedTitle(text: string): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(SHARED_BARE, text)) {
    const title = m[2] ?? '';
    const all = (m[1] ?? '').split(/, |·/u);
    // "김정오 군의장, 박종원·김기성 도의원": an office of three syllables ends the item before; the list starts after it.
    // An office that sounds like a name ("이사장, 임홍근 회장") is the office all the same.
    const from = all.findLastIndex((n) => TITLE_END.test(n) && (!koreanName(n) || isKoreanTitleWord(n))) + 1;
    const items = all.slice(from);
    // A clause's last word before the list ("추진을 위하여, 오석진 교육원장"): a common word, not a name in it.
    const bad = (n: string): boolean =>
      !koreanName(n) || NOT_PERSON_END.test(n) || isKoreanTitleWord(n) || isKoreanCommonWord(n) || Boolean(normalizeCountry(n));
    if (!TITLE_END.test(title) || items.length < (from > 0 ? 2 : 1) || items.some(bad)) continue;
    let at = m.index + all.slice(0, from).reduce((n, w) => n + w.length + (text[m.index + n + w.length] === '·' ? 1 : 2), 0);
    for (const name of items) {
      out.push(namedMention(text, at, at + name.length, { name, role: title, how: SHARED_HOW }));
      at += name.length + (text[at + name.length] === '·' ? 1 : 2);
    }
  }
  return out;
}

export function koreanSharedTitleMentions(text: string): [Mention, number][] {
  if (!HANGUL.test(text)) return [];
  const out: [Mention, number][] = bareSharedTitle(text);
  for (const m of execAll(SHARED, text)) {
    const title = m[2] ?? '';
    if (!TITLE_END.test(title)) continue;
    const list = m[0].slice(0, m[0].lastIndexOf(` ${title}`));
    const found: [Mention, number][] = [];
    let offset = 0;
    for (const item of list.split(', ')) {
      const words = item.split(' ');
      const name = words.at(-1) ?? '';
      const body = words.length === 2 ? words[0] : undefined;
      // Every item a Korean name, after at most one word of body (a party or a ministry: "정의당" is no name).
      if (
        words.length > 2 ||
        !koreanName(name) ||
        normalizeCountry(name) ||
        (body && koreanName(body) && !/(?:당|부|처|청|원|회|실|단)$/u.test(body))
      ) {
        found.length = 0;
        break;
      }
      const start = m.index + offset + item.length - name.length;
      offset += item.length + 2;
      found.push(
        namedMention(text, start, start + name.length, { name, role: body ? `${body} ${title}` : title, how: SHARED_HOW }),
      );
    }
    if (found.length >= 2) out.push(...found);
  }
  return out;
}
