// Korean writes the name first, then the country and the title: "박진 외교부 장관", "왕이(王毅)
// 중국 외교부장", "토니 블링컨 미국 국무장관", "부총리 겸 외교부 장관". The role is kept as written
// (without the country), as the record gives it.

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { matchesWhereLoose } from '../patterns.ts';
import { HOME_WHY, koreanHome, sinoKorean } from './home.ts';
import { CHAMBER, JAPANESE_LIKE } from './korean-bodies.ts';
import { readsAsPersonsOffice } from './korean-group-heads.ts';
import {
  BODY_END,
  BODY_WORD,
  bracketedList,
  givenThenFamily,
  nativeKoreanWord,
  oneSyllableGiven,
  PLACE_OR_FIRM,
  particleGlued,
  spacedSurname,
  VIETNAMESE_FAMILY,
  wordsBeforeOffice,
} from './korean-name-units.ts';
import {
  CLAUSE_VERB,
  CLAUSE_WORD,
  FOREIGN_STOP,
  NOT_NAMES,
  notKoreanNameWord,
  notName,
  PARTICLE_END,
  SURNAME,
  TITLE_WORD,
} from './korean-name-words.ts';
import { placeInOffice } from './korean-office-places.ts';
import { officeOfTheName } from './korean-office-taken.ts';
import { ENVOY, GLUED_COUNTRY, POSTED_ABROAD, POSTED_HERE, POSTING_WORD } from './korean-postings.ts';
import { quotedForeignName } from './korean-quoted-names.ts';
import { COOPERATIVE, JAPANESE_MINISTER_ROLE, PARTIES, REGIONS, TITLES } from './korean-titles.ts';
import type { Mention } from './types.ts';

export { isKoreanCommonWord, isKoreanTitleWord, notKoreanNameWord } from './korean-name-words.ts';

/** Institutions written between the country and the title: "외교부", "국무부", "국가안보실", "육군"; "명예" (honorary) too, a surname's sound. */
const ORGS = `(?:명예|육군|해군|공군|해병대|${PARTIES}|${CHAMBER}|${COOPERATIVE}|\\p{Script=Hangul}{1,8}성 인민(?:의회|위원회)|대통령 ?권한대행|권한대행|전국인대|전인대|정협|\\p{Script=Hangul}{2,6}(?:특별자치도|특별자치시|특별시|광역시|북도|남도)|\\p{Script=Hangul}{1,8}부(?= (?:제?[12])?(?:장관|차관))|[\\p{Script=Hangul}·-]{1,12} ?(?:재단|협회)(?= 이사장)|외교부|국무부|외무성|외교통상부|국방부|통일부|산업통상자원부|기획재정부|국가안보실|안보실|백악관|내각|외교위원회|공산당 중앙정치국원|중앙정치국원|상무위원|국무원|외교부 ?제?[12]|\\p{Script=Hangul}{0,10}(?:판공실|대사관|담당|공산당|의전사|아주사)(?: \\p{Script=Hangul}{1,10}(?:판공실|사))?|\\p{Script=Hangul}{2,10}(?:회의|대회|위원회)(?:[(（][^)）]{1,40}[)）])?|\\p{Script=Hangul}{1,10}의회|사무처|(?:경기|강원|제주|경북|경남|전북|전남|충북|충남)도|\\p{Script=Hangul}{1,6}대(?:학교)?(?= 부?총장))`;

/** Compounds that start with a title but name a place or a kind of thing: "대사관", "장관급", "총리실". */
const NOT_AFTER = '(?!관|급|실|회의|회담|직|궁|단|님들)';

/** "주한", "주중", "주한독일": posted to a country, the start of an ambassador's title, never a name. */
const POSTED = `주(?:(?:한|미|중|일|러|영|불|독|베)(?:${KOREAN_COUNTRY_SOURCE})?|${KOREAN_COUNTRY_SOURCE})(?![\\p{L}])`;

// "신임" (newly appointed), "전" (former) and their kind come between a name and its title, never in the name;
// so do "수석", "상근" (senior, standing) before "부회장".
const NAME = `(?!(?:${ORGS}|${KOREAN_COUNTRY_SOURCE}|${REGIONS}|신임|전임|차기|전|前|수석|상근)(?![\\p{L}])|${POSTED})\\p{Script=Hangul}{1,5}`;
/**
 * A word before the last of a name: not a word that ends in a particle ("장관은 토니 블링컨": the name starts after it),
 * nor a verb's "…해" that joins a clause ("무관단을 대표해 미야타 켄지 국방무관은": representing, through, for).
 */
const PRE_NAME = `(?!\\p{Script=Hangul}*(?:은|는|을|를|에|의|와|과|께|에서|으로|하고|하며|했다) |(?:대표|대신|위|통|의|대)해 )(?!(?:${ORGS}|${KOREAN_COUNTRY_SOURCE})(?![\\p{L}]))\\p{Script=Hangul}{1,5}`;
/** What may follow a title: a particle, then no more Hangul ("장관은", "총리에게"; not "대사관", "장관급"). */
// The courtesy "님" may carry its own particle: "의장님을 비롯한", "대표님과", "회장님께서".
const AFTER_TITLE =
  '(?=(?:님)?(?:은|는|이|가|을|를|과의|와의|과|와|의|에게|께서|께|에|도|으로부터|로부터|으로|로|에서|측|이다|다|으로서)?(?![\\p{Script=Hangul}]))';

/** An office as Korean writes it after a name, with the bodies before it and what may follow it: for rules that read other scripts' names. */
export const KOREAN_OFFICE = `((?:${ORGS} ){0,2}(?:(?:${TITLES}) 겸 (?:${ORGS} )?)?(?:${TITLES}))${NOT_AFTER}${AFTER_TITLE}`;

/** "전" (former) between a name and the office it was: "이만섭 전 국회의장", "타카세 산토쿠 전(前) 의장". */
const FORMER = '전(?:[(（]前[)）])?|前';
const FORMER_BEFORE = /(?:^| )(?:(?:전|前) (?:\p{Script=Hangul}+ ){0,2}|전[(（]前[)）] ?)$/u;

/** A name, then a title: the whole rule. */
const NAMED_SOURCE = (name: string, preName: string): string =>
  `(?<![\\p{L}\\p{N}])['‘’"“”「『]?((?:${preName} ){0,2}${name})(?: ?[(（]([^)）]{1,40})[)）])?(?:['‘’"“”] |[」』] ?| )(?:(?:주(?:[(（]駐[)）])?\\p{Script=Hangul}{1,7}|신임|전임|차기|${FORMER}) ){0,2}(?:(${KOREAN_COUNTRY_SOURCE}) )?(?:(?:신임|전임|차기|${FORMER}) |전[(（]前[)）])?((?:${ORGS} ){0,2}(?:(?:${TITLES}) 겸 (?:${ORGS} )?)?(?:${TITLES}))${NOT_AFTER}${AFTER_TITLE}`;
const KOREAN_NAMED = new RegExp(NAMED_SOURCE(NAME, PRE_NAME), 'uy');
/**
 * Where the whole rule could start: its opening (quote, one to three words, a script in brackets,
 * the space after) without the names' exclusions, so it matches wherever the whole rule does (and
 * more). Only the opening: the same rule with the lists of countries, bodies and titles compiled to
 * 2.4 MB of machine code, and V8 leaves every pattern compiled after its first 16 MB unoptimised
 * (~4× slower), so a small finder lets more of the parser's hot patterns be optimised.
 */
const KOREAN_NAMED_LOOSE =
  /(?<![\p{L}\p{N}])['‘’"“”「『]?(?:\p{Script=Hangul}{1,5} ){0,2}\p{Script=Hangul}{1,5}(?: ?[(（][^)）]{1,40}[)）])?(?:['‘’"“”] |[」』] ?| )/gu;

/** "중국측은 …", "한국 측에서는 …": a delegation list that says whose side it is. */
const SIDE = /(?:^|[.。]\s*)(\p{Script=Hangul}{1,6}) ?측(?:은|에서는|에선|에서|도)\s[^.。]*$/u;
/** A Korean city, county, district, township or neighbourhood written apart before its office: "구미시", "함양군", "강구면", "웅진동". */
const LOCAL_UNIT = /^\p{Script=Hangul}{2,5}(?:시|군|구|읍|면|동)$/u;

/** One word that could be a Korean name: a Korean surname, two to four Sino-Korean syllables. */
const koreanName = (w: string): boolean => w.length >= 2 && w.length <= 4 && SURNAME.test(w) && sinoKorean(w);

/**
 * A foreign city, prefecture or province written before its own office ("뜨선시 당서기장", "하이퐁시 교육훈련청장",
 * "준모드시 의원", "흑룡강성 …"): one word ending in "시", "현" or "성" that no Korean name sounds like is the place, not a person.
 */
// Four syllables with a one-syllable surname ("하이퐁시") is no Korean name either.
const foreignPlace = (w: string): boolean =>
  w.length >= 3 && /[시현성]$/u.test(w) && (!koreanName(w) || (w.length === 4 && !/^(?:남궁|황보|제갈|선우|독고)/u.test(w)));

/**
 * The rule reads the longest run of words before a title, so "권우철 대표는 신임 총영사" reads "대표는" as
 * part of a name before "총영사": where a word of the name is itself an office with the topic's
 * particle (the sentence is about that person), the same rule read up to that word finds the name
 * and the office it was given. Not after "이/와" ("A 부의장이 B 군수와"): an embedded clause, often recalled.
 */
function firstTitle(m: RegExpExecArray, text: string): RegExpExecArray | null {
  const words = (m[1] ?? '').split(' ');
  const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
  const at = words.findIndex((w, i) => i > 0 && TITLE_WORD.test(w) && officeOfTheName(w, next));
  if (at < 0) return null;
  const upTo = words.slice(0, at + 1).join(' ');
  KOREAN_NAMED.lastIndex = m.index;
  return KOREAN_NAMED.exec(text.slice(0, m.index + m[0].indexOf(upTo) + upTo.length));
}

export function koreanMentions(text: string): [Mention, number][] {
  const out: [Mention, number][] = [];
  // Every Korean mention has a Hangul name: text without Hangul skips the large pattern.
  if (!/\p{Script=Hangul}/u.test(text)) return out;
  for (const whole of matchesWhereLoose(KOREAN_NAMED_LOOSE, KOREAN_NAMED, text)) {
    const m = firstTitle(whole, text) ?? whole;
    const raw = m[1] ?? '';
    const side = SIDE.exec(text.slice(Math.max(0, m.index - 200), m.index))?.[1];
    const glued = GLUED_COUNTRY.exec((m[4] ?? '').trim())?.[1] ?? POSTED_HERE.exec(m[0])?.[1];
    const told = m[3]
      ? normalizeCountry(m[3])
      : JAPANESE_MINISTER_ROLE.test((m[4] ?? '').trim())
        ? 'Japan'
        : POSTED_ABROAD.test((m[4] ?? '').trim())
          ? 'Republic of Korea'
          : glued
            ? normalizeCountry(glued)
            : side
              ? (normalizeCountry(side) ?? (side === '우리' ? 'Republic of Korea' : null))
              : null;
    // A name set apart in quotes is every word inside them, its country beside it ("이라크 ‘와디 알비티’ 대사").
    const quoted = quotedForeignName(m[0], raw, text, m.index, told);
    const country = told ?? quoted?.country ?? null;
    const all = raw.split(' ');
    // Korean names are one word ("박진"); a name of two or three words is a transliterated foreign
    // one ("토니 블링컨", "응우옌 푸 쫑"), told apart by its country or the original script beside it.
    // …or by its sounds: "도널드 트럼프" is two words no Korean name has ("드", "프").
    // …or one of them has such a sound and the last is no Korean name ("볼프강 앙거홀처", "자흐라 발로치":
    // "앙거홀처" and "발로치" sound Sino-Korean, but no Korean surname opens them).
    const [penult = '', last = ''] = all.slice(-2);
    const sounds =
      all.length >= 2 &&
      !NOT_NAMES.test(penult) &&
      !NOT_NAMES.test(last) &&
      // "…를 비롯해 단위 조합장": a verb's ending before a Sino-Korean word makes no foreign name of them.
      !PARTICLE_END.test(penult) &&
      ((!sinoKorean(penult) && !sinoKorean(last)) ||
        (!sinoKorean(penult) && last.length >= 2 && !koreanName(last)) ||
        // …or neither word could be a Korean name, though every syllable sounds Sino-Korean: "히비노 료타로",
        // "이시카와 히로타카" (Japanese), where no Korean surname opens a word of three syllables or more.
        (JAPANESE_LIKE.test(penult) && last.length >= 2 && last.length <= 4 && !koreanName(penult) && !koreanName(last)));
    // A Vietnamese family name opening three words is a Vietnamese name ("응우옌 만 끄엉 당서기장", "팜 티엔 반 대사").
    const vietnamese = all.length === 3 && VIETNAMESE_FAMILY.test(all[0] ?? '');
    const diaspora = all.length >= 2 && givenThenFamily(penult, last, notKoreanNameWord);
    const otherwiseForeign = Boolean(
      m[2] || quoted || (country && country !== 'Republic of Korea') || sounds || vietnamese || diaspora,
    );
    // …or a one-syllable given name first ("존 스미스"): only those two words, a body's name may stand before them.
    const givenFirst = all.length >= 2 && oneSyllableGiven(penult, last, notKoreanNameWord);
    const foreign = otherwiseForeign || givenFirst;
    const words: string[] = [];
    // The name's own spelling beside it ("또 럼(Tô Lâm)") tells how many words it has: "또" (also) is then its first.
    const spelled = quoted?.words ?? (m[2] && /^[\p{Script=Latin}\s.'’-]+$/u.test(m[2]) ? m[2].trim().split(/\s+/).length : 0);
    for (const w of [...all].reverse()) {
      const stop =
        (spelled > 0 && words.length >= spelled) ||
        (FOREIGN_STOP.test(w) && !(words.length < spelled && (w.length === 1 || quoted)));
      if (words.length > 0 && (!foreign || NOT_NAMES.test(w) || PARTICLE_END.test(w) || stop)) break;
      words.unshift(w);
    }
    if (givenFirst && !otherwiseForeign && words.length > 2) words.splice(0, words.length - 2);
    // …after the body's name ("워싱턴한인연합회 스티브 리 회장"), not a third word of the name.
    if (diaspora && !sounds && (words.at(-3)?.length ?? 0) >= 4) words.splice(0, words.length - 2);
    // "이성칠 구미시 문화체육관광국장", "조여문 함양군 부군수": a Korean name, then the city or county it serves.
    const before = all.at(-2) ?? '';
    // "정영호 주 휴스턴 총영사": "주" written apart, then the city the envoy is posted to, after the name.
    const posted = all.at(-3) ?? '';
    // …or the foreign province or city the office is in: "장홍빈 길림성 교육청장", "김희택 함부르크 총영사".
    const placed =
      !foreign && words.length === 1 && koreanName(before)
        ? placeInOffice(words[0] ?? '', (m[4] ?? '').trim(), text, koreanName)
        : null;
    let local =
      !foreign &&
      words.length === 1 &&
      (LOCAL_UNIT.test(words[0] ?? '') || placed !== null) &&
      koreanName(before) &&
      !notKoreanNameWord(before) &&
      !LOCAL_UNIT.test(before)
        ? (words.splice(0, 1, before)[0] ?? '')
        : !foreign && words.length === 1 && before === '주' && koreanName(posted) && !notKoreanNameWord(posted)
          ? `주 ${words.splice(0, 1, posted)[0] ?? ''}`
          : '';
    // "정완철 국제교류 부회장", "우제완 상명대 서울캠퍼스 교학부총장": the name, then the field or campus of the office.
    const unit = local || foreign || words.length !== 1 ? 0 : wordsBeforeOffice(all, koreanName, notKoreanNameWord);
    if (unit > 0) [words[0], local] = [all.at(-1 - unit) ?? '', all.slice(-unit).join(' ')];
    const joined = !foreign && !local && words.length === 1 ? spacedSurname(before, words[0] ?? '', text, koreanName) : null;
    if (joined) words[0] = joined;
    const name = words.join(' ');
    if (words.length === 1 && particleGlued(name, koreanName)) continue;
    // A one-syllable word alone is not a name ("쫑" is the end of "응우옌 푸 쫑"); one word with a
    // sound no Sino-Korean name has is a foreigner's surname alone ("트럼프 대통령", "매티스 국방장관").
    // Four syllables in one word is no Korean name but a Chinese one ("후진타오", "싱하이밍"), unless a
    // two-syllable surname starts it.
    const chinese = words.length === 1 && name.length === 4 && !/^(?:남궁|황보|제갈|선우|독고)/u.test(name);
    if (words.length === 1 && !foreign && !chinese && !SURNAME.test(name) && sinoKorean(name)) continue;
    // "김원석 농협경제지주 농업경제 대표이사": four syllables after a firm's or a body's name are its division, no Chinese name.
    if (
      chinese &&
      !foreign &&
      sinoKorean(name) &&
      BODY_WORD.test(text.slice(Math.max(0, m.index - 20), m.index + raw.length - name.length))
    )
      continue;
    if (
      name.length < 2 ||
      // …but a Vietnamese name written solid ("르꽝응오이 인민위원장") is five or six syllables no Korean word sounds like.
      (name.length > 4 && words.length === 1 && (name.length > 6 || sinoKorean(name) || PLACE_OR_FIRM.test(name))) ||
      (words.length === 1 && foreignPlace(name)) ||
      // "연세대 부총장", "사무처 부총장": the university or the office the president heads, not a name.
      (words.length === 1 && /[대처]$/u.test(name) && /총장$/u.test(m[4] ?? '')) ||
      words.some((w) => notName(w) || PARTICLE_END.test(w) || TITLE_WORD.test(w)) ||
      words.some((w) => CLAUSE_VERB.test(w) || BODY_END.test(w)) ||
      (words.length === 1 && (CLAUSE_WORD.test(name) || nativeKoreanWord(name))) ||
      bracketedList(m[2])
    )
      continue;
    const start = m.index + (raw.length - name.length - (joined ? 1 : 0) - (local ? local.length + 1 : 0));
    const end = m.index + m[0].length;
    const office = (m[4] ?? '').trim();
    // The office held before, said as such: the desk officer reads "전 국회의장", not the office today.
    const held =
      office && FORMER_BEFORE.test(m[0].slice(m[0].indexOf(raw) + raw.length, m[0].lastIndexOf(office)))
        ? `전 ${office}`
        : office;
    const role = local ? `${local} ${held}` : held;
    // "주부산 총영사", "주상하이 대사": "주" and a city is the posting, not the envoy's name.
    if (words.length === 1 && POSTING_WORD.test(name) && ENVOY.test(role)) continue;
    // "님" after an office also addresses someone unnamed ("들어서자 회장님과", "방문해 주신 의장님과"): one word
    // before it is a name only when it is a full Korean one, a surname and two syllables.
    if (text[end] === '님' && words.length === 1 && !foreign && !(name.length === 3 && SURNAME.test(name))) continue;
    if (!readsAsPersonsOffice(office, words, foreign, text.slice(end, end + 3))) continue;
    // The city or county before the office is Korea's own: the office alone says whose.
    const placeCountry = local ? (placed?.country ?? null) : null;
    const home = country === null && placeCountry === null ? koreanHome(name, (unit > 0 ? role : held) || null) : null;
    out.push([
      {
        index: start,
        surface: text.slice(start, end).replace(/[(（][^)）]*[)）]/u, ''),
        name,
        ...(m[2] ? { alias: m[2].trim() } : {}),
        role: role || null,
        country: country ?? placeCountry ?? home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        kind: 'named',
        how: 'named, then given a title (Korean order)',
      },
      end,
    ]);
  }
  return out;
}
