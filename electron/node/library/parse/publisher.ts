// Who published the record, from what the text itself states: a news-agency dateline
// ("Hanoi (VNA) –"), a "Source:" line. Credits ("Translated by Mai Huong") name a person
// who worked on the copy, not the publisher, and are not paragraphs of the record.

import { countryIn } from '../../../shared/countries.ts';
import type { RawParagraph } from './paragraphs.ts';
import { closingCredit } from './publisher-closing.ts';
import { agencyDateline, commaDateline, SLASH_DATELINE, SOURCE_ABROAD } from './publisher-dateline.ts';
import { outletFirst, outletTagInside } from './publisher-korean.ts';
import { expandAgency, expandKnown } from './publisher-names.ts';
import { hanNewsTag, hanReporterByline } from './publisher-reporter.ts';
import { endsSentence, wordCount } from './text.ts';

/** A tag's letters: Latin ("VNA", "dpa") or Hangul ("연합뉴스"). */
const TAG = '[A-Za-z]{2,8}|\\p{Script=Hangul}{2,8}';

/**
 * "Seoul (VNA)", "Hanoi (VNA) –", "HANOI, Sept. 18 (Yonhap) --" at the start of the first paragraph; a broadcaster's
 * capitals and a word after them as well ("TAIPEI (TVBS News) —"), which the dash and the place in capitals confirm.
 */
const DATELINE = new RegExp(
  `^([\\p{Lu}][\\p{L}'’. -]{1,40}?)(?:,\\s*[^()]{1,30}?)?\\s*\\(((?:${TAG})(?:[/-](?:${TAG}))?|[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+){1,2}|[A-Z]{2,8} [\\p{Lu}][\\p{Ll}]+)\\)(?:,\\s*[^()–—]{3,20}?)?\\s*(?:[–—:-]+\\s*)?`,
  'u',
);

/** "(CAO) Chiều 2/11, …", "(TVPL)- Trong …": an outlet's tag in capitals opening the first paragraph. */
const BRACKET_OPENING = /^\(([\p{Lu}][\p{Lu}\d.]{1,9})\)\s*[-–—]*\s*(?=\p{Lu})/u;

/**
 * The Korean agency form "(서울=연합뉴스) 홍길동 기자 =", "【베이징=뉴시스】": the place, the
 * agency, then perhaps the reporter before "=". Any agency name in that shape counts.
 */
const KOREAN_DATELINE =
  /^[(（【[]\s*([^()=\]】]{1,20}?)\s*=\s*([^()=\]】]{1,20}?)\s*[)）】\]]\s*(?:[\p{L} ,·]{1,30}?\s*(?:기자|특파원|통신원)\s*=\s*)?/u;

/** A reporter's "홍길동 기자 =" opening the text, without an agency. */
const KOREAN_REPORTER = /^[\p{Script=Hangul}]{2,4}(?:\s*[·,]\s*[\p{Script=Hangul}]{2,4})*\s*(?:기자|특파원)\s*=\s*/u;

/** "[KBS]", "[Yonhap]", "[뉴스1]" opening the text: an outlet's tag, unless it labels the story ("[LEAD]", "[단독]") or is a broadcast script's cue ("[멘트]", "[앵커]"). */
const BRACKET_TAG = /^\[([A-Z][A-Za-z0-9.]{1,9}|[\p{Script=Hangul}\d]{2,8})\]\s*/u;
const STORY_LABEL =
  /^(?:LEAD|UPDATE|URGENT|BREAKING|EXCLUSIVE|PHOTO|VIDEO|FULL TEXT|ANALYSIS|OPINION|INTERVIEW|단독|속보|종합|포토|영상|사설|인터뷰|기고|칼럼|\d+보|멘트|앵커(?:멘트)?|리포트|녹취|현장음)$/iu;

const CREDIT =
  /^(?:(?:translated|translation|edited|reported|written|compiled|photos?)\s*(?:by)?|by|theo|por|par|oleh)\s*[:–-]?\s*[\p{Lu}][\p{L}\d'’. ,&/-]*$/iu;

/**
 * Who a credit names, when that is an outlet rather than a person: "Theo Chinhphu", "Theo: TTXVN",
 * "By WAM", "Por Canal26", "Written By: PSCU", "Theo Báo Quốc tế". A person's name has two or
 * more words; an outlet is one word (a domain, capitals or a name with digits allowed) or starts
 * with the word for a paper, a station or an agency.
 */
const OUTLET_CREDIT =
  /^(?:theo|nguồn|by|written by|reported by|por|par|oleh)\s*[:–-]?\s*((?:www\.)?[\p{L}\d][\p{L}\d.&-]*(?:\/[\p{L}\d][\p{L}\d.&+-]*\+?)?|(?:báo|đài|cổng thông tin|tạp chí|thông tấn xã|kênh)\s[\p{L}\d .-]{2,30})$/iu;
export const outletCredit = (text: string): string | null => {
  const name = OUTLET_CREDIT.exec(text.trim())?.[1]
    ?.replace(/^www\./i, '')
    .replace(/\.$/, '');
  // "TTXVN/Vietnam+": the agency, then the paper that ran it; a country's name after the slash is the paper's.
  return name && /^\p{Lu}|\./u.test(name) && countryIn(name.split('/')[0] ?? name) === null ? name : null;
};

/** "TBS Report", "UNB Desk": an outlet's own desk credit under the headline. */
export const DESK_CREDIT = /^([A-Z]{2,6}) (?:Report|Desk|News Desk|Online Desk|Online Report)$/;

/**
 * An agency's tag alone closing the text: "APS", "=FRESH NEWS", "– NNN-RNZ". Capitals, up to three
 * words; not an end mark ("END", "FIN") nor a country.
 */
const CLOSING_TAG = /^[=–—/-]*\s*([A-Z][A-Z\d]+(?:[- ][A-Z][A-Z\d]+){0,2})\s*\/?$/;
const END_MARK = /^(?:END|ENDS|FIN|TOP|NOTE|MORE|PHOTO|VIDEO|UPDATE|LEAD|ANNEX)$/;

/** A reporter's byline in capitals closing an article ("ANDRI EL FARUQI"). */
const CAPITAL_BYLINE = /^[\p{Lu}][\p{Lu}.'’-]+(?: [\p{Lu}][\p{Lu}.'’-]*){1,3}$/u;

const SOURCE = /^(?:source|nguồn|sumber|출처)\s*(?::\s*(.+)|\s(?:www\.)?([\p{L}\d-]+\.[a-z]{2,3}(?:\.[a-z]{2})?))$/iu;
/**
 * A publisher's tag before a dash opening the first paragraph: "PNO - Sáng 30/10", "WVR/VNA -
 * On November 17", "TEMPO.CO, Jakarta - Menteri". One token in capitals (a dot or a slash
 * allowed), perhaps followed by the place it was filed from.
 */
const TAG_DATELINE =
  /^([\p{Lu}][\p{Lu}\d]+(?:[./][\p{Lu}\d]+)*)(?:,\s*([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2}))?\s+[-–—]+\s+(?=\S)/u;

/**
 * The outlet opening the text before its reporter: "[헤럴드경제=서정은 기자]", "[이데일리 김지완 기자]", "[중앙뉴스라인, 신기철기자]",
 * "(Ngày Nay) -", "Kinhtedothi -", "NDO -", "JAKARTA, KOMPAS.com -". A person's name has a space;
 * an outlet's tag is one word (a domain allowed) or the words in brackets.
 */
const OUTLET_REPORTER =
  /^[[【(（]\s*([\p{Script=Hangul}A-Za-z\d]{2,12})\s*(?:=\s*|,\s*|\s+)[\p{Script=Hangul}]{2,4}(?:\s*[·,]\s*[\p{Script=Hangul}]{2,4})*\s*(?:기자|특파원|통신원)\s*[\]】)）]\s*/u;
const OUTLET_BEFORE_DASH =
  /^(?:\(((?:[\p{Lu}][\p{L}.]*|[\p{Ll}][\p{L}\d-]*\.[a-z]{2,4}(?:\.[a-z]{2})?)(?:\s[\p{L}][\p{L}.]*){0,3})\)(?=\s*[-–—])|([\p{Lu}][\p{Ll}]{3,}[\p{L}]*(?:\.[a-z]{2,4}){0,2}|[\p{Lu}]{2,4}(?:\.[A-Za-z]{2,4}){0,2})|[\p{Lu}][\p{L}]{2,}(?:\s[\p{Lu}][\p{L}]{2,})?,\s*([\p{L}]+\.(?:com|co|net|org|vn|id|kr)(?:\.[a-z]{2})?))(?:\s+|(?<=\)))[-–—]+(?:\s+|(?=\p{Lu})|$)/u;

const OUTLET_REPORTER_INSIDE =
  /\s[[【]\s*([\p{Script=Hangul}A-Za-z\d]{2,12})\s*=\s*[\p{Script=Hangul}]{2,4}\s*(?:기자|특파원|통신원)\s*[\]】]/u;

/** "ЦХИНВАЛ, 21 мар — Sputnik. …", "РОВАНИЕМИ, 6 мая - РИА Новости. …": place, date, then the agency. */
const AFTER_DATE_OUTLET =
  /^([\p{Lu}][\p{Lu}\s-]{2,30}),\s*\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?\s*[—–-]+\s*([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,2})\.\s+/u;

/** "香港新聞網5月9日電", "中評社香港8月15日電/新華社報道": the outlet (perhaps with the place) before the day. */
const HAN_DATELINE = /^([\p{Script=Han}]{2,12}?)\s*\d{1,2}月\d{1,2}日[电電]\s*(?:[/／][\p{Script=Han}]{2,10}\s*)?/u;
/** Outlet names end in 社, 网, 报, 台…: what follows is the place the story was filed from. */
function outletOfHan(s: string): string {
  const m = /^(.*?(?:通讯社|通訊社|社|网|網|报|報|台|新闻|新聞))(?=[\p{Script=Han}]{2,4}$)/u.exec(s);
  return m?.[1] ?? s;
}

/** A reporter's sign-off naming the outlet: "정승현 글로벌이코노믹 기자 jrn72@g-enews.com". */
const KOREAN_OUTLET_SIGN_OFF =
  /^[\p{Script=Hangul}]{2,4}\s+([\p{Script=Hangul}A-Za-z\d]{2,12})\s+(?:기자|특파원|통신원)(?:\s+\S+@\S*)?$/u;

/** "21일 쿠키뉴스 취재를 종합하면": the outlet's own reporting, named in the text. */
const OWN_REPORTING = /(?:^|\s)([\p{Script=Hangul}A-Za-z\d]{2,12}?)(?:의)?\s+취재(?:를|에)\s*종합하면/u;

/** A closing sign-off: "VOA 뉴스", "KBS News", "/연합뉴스". */
const SIGN_OFF = /^(?:([A-Z]{2,6}|[\p{Script=Hangul}]{2,6})\s*(?:뉴스|News)|\/\s*([\p{L}]{2,15}))$/u;
/** A news page's section headings below the story ("랭킹뉴스", "동영상뉴스", "많이 본 뉴스"): a list, not a sign-off. */
const SECTION = /^(?:랭킹|동영상|포토|주요|최신|인기|관련|추천|헤드라인|실시간|화제|많이\s?본|오늘의|지역|전체|핫|이슈)$/u;
/** "TTXVN/Báo Tin tức", "Minh Anh/VNA": who wrote or supplied it, then the outlet that ran it. */
const SLASH_CREDIT = /^[\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){0,3}\s*\/\s*([\p{Lu}][\p{L}]*(?:\s[\p{L}]+){0,3})$/u;

export type PublisherResult = {
  publisher: string | null;
  paragraphs: RawParagraph[];
  /** The place a dateline names ("BEIJING, April 24 (Yonhap)" → Beijing): where the story was filed. */
  datelinePlace: string | null;
};

/** "BEIJING" → "Beijing"; "New York" stays. */
const placeCase = (s: string): string =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : s;

export function extractPublisher(paragraphs: RawParagraph[]): PublisherResult {
  let publisher: string | null = null;
  let datelinePlace: string | null = null;
  let reportedBy: string | null = null;
  const out: RawParagraph[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const short = wordCount(p.text) <= 10 && !endsSentence(p.text.replace(/\.$/, '')) && p.marker.kind === 'none';
    const credited = short ? (outletCredit(p.text) ?? DESK_CREDIT.exec(p.text)?.[1] ?? null) : null;
    if (short && (credited || CREDIT.test(p.text))) {
      publisher ??= credited;
      continue;
    }
    if (short && i === paragraphs.length - 1 && i > 0 && CAPITAL_BYLINE.test(p.text) && countryIn(p.text) === null) continue;
    // "Source: U.S. Department of State, Bureau of European and Eurasian Affairs" runs longer than a credit.
    const source =
      wordCount(p.text) <= 16 && p.marker.kind === 'none' ? (SOURCE.exec(p.text) ?? SOURCE_ABROAD.exec(p.text)) : null;
    const sourced = source?.[1] ?? source?.[2];
    if (sourced) {
      publisher ??= expandAgency(
        sourced
          .replace(/\.$/, '')
          .replace(/^www\./i, '')
          .trim(),
      );
      continue;
    }
    // A bare agency tag closing an article ("(VNA)", "– VNA").
    const bareTag = /^[(–—-]*\s*([A-Za-z]{2,8}|\p{Script=Hangul}{2,8})\s*\)?$/u.exec(p.text)?.[1];
    if (short && bareTag && expandKnown(bareTag)) {
      publisher ??= expandAgency(bareTag);
      continue;
    }
    const closingTag = short && i >= paragraphs.length - 3 && i > 0 ? CLOSING_TAG.exec(p.text)?.[1] : undefined;
    if (closingTag && !END_MARK.test(closingTag) && countryIn(closingTag) === null) {
      publisher ??= closingTag;
      continue;
    }
    const opening = i === 0 || (i === 1 && out.length === 0);
    // Captions, share bars and a standfirst may stand before the paragraph that carries the dateline.
    const early: boolean = i < 6 && publisher === null && paragraphs.slice(0, i).every((q) => wordCount(q.text) <= 30);
    if (early) {
      const outlet = OUTLET_REPORTER.exec(p.text) ?? OUTLET_BEFORE_DASH.exec(p.text);
      const name = outlet?.[1] ?? outlet?.[2] ?? outlet?.[3];
      if (outlet && name && countryIn(name) === null) {
        publisher = expandAgency(name.trim());
        const text = p.text.slice(outlet[0].length).trim();
        if (text !== '') out.push({ marker: p.marker, text: text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
        continue;
      }
      const comma = commaDateline(p.text);
      if (comma) {
        publisher = comma.outlet;
        datelinePlace ??= placeCase(comma.place);
        const text = p.text.slice(comma.length).trim();
        if (text !== '') out.push({ marker: p.marker, text: text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
        continue;
      }
      const ru = AFTER_DATE_OUTLET.exec(p.text);
      if (ru?.[2]) {
        publisher = ru[2];
        datelinePlace ??= placeCase(ru[1] ?? '') || null;
        out.push({ marker: p.marker, text: p.text.slice(ru[0].length).trim() });
        continue;
      }
      const han = HAN_DATELINE.exec(p.text);
      const byline = han ? null : (hanReporterByline(p.text) ?? hanNewsTag(p.text));
      if (han?.[1] || byline) {
        publisher = byline?.outlet ?? outletOfHan(han?.[1] ?? '');
        const text = p.text.slice(byline?.length ?? han?.[0].length ?? 0).trim();
        if (text !== '') out.push({ marker: p.marker, text });
        continue;
      }
    }
    // Joined to a caption by the copy: "… 악수하고 있다. [연합] | [헤럴드경제=서정은 기자] 윤석열 …".
    const inside: RegExpExecArray | null = early ? OUTLET_REPORTER_INSIDE.exec(p.text) : null;
    if (inside?.[1] && inside.index > 0) publisher = inside[1];
    else if (early && !opening && p.text.includes('[')) publisher ??= outletTagInside(p.text);
    if (opening || early) {
      const bracket = BRACKET_TAG.exec(p.text);
      const k = KOREAN_DATELINE.exec(p.text) ?? (opening && bracket?.[1] && !STORY_LABEL.test(bracket[1]) ? bracket : null);
      if (k) {
        // "[헤럴드경제=서정은 기자]": the outlet, then its reporter, not a place and an agency.
        // "[베이징=이데일리 이명철 특파원]": the place, then the outlet and its correspondent.
        const after = k[2]?.trim() ?? '';
        const reporterAfter = /^[\p{Script=Hangul}]{2,4}\s*(?:기자|특파원|통신원)$/u.test(after);
        const outletThenReporter = /^(\S{2,12})\s+[\p{Script=Hangul}]{2,4}\s*(?:기자|특파원|통신원)$/u.exec(after)?.[1];
        // "[내외일보=서울]", "[정치닷컴=이서원]": the outlet first, then its city or its reporter.
        const first = k[2] && !reporterAfter ? outletFirst(k[1] ?? '', k[2]) : null;
        const agency = (first ?? (reporterAfter ? k[1] : (outletThenReporter ?? k[2] ?? k[1])) ?? '').trim();
        if (k[2] && !reporterAfter && !first) datelinePlace ??= k[1]?.trim() || null;
        publisher ??= expandAgency(agency);
        const text = p.text.slice(k[0].length).replace(KOREAN_REPORTER, '').trim();
        if (text !== '') out.push({ marker: p.marker, text });
        continue;
      }
      const tagged = opening ? BRACKET_OPENING.exec(p.text) : null;
      if (tagged?.[1] && !STORY_LABEL.test(tagged[1]) && countryIn(tagged[1]) === null) {
        publisher ??= expandAgency(tagged[1]);
        out.push({ marker: p.marker, text: p.text.slice(tagged[0].length).trim() });
        continue;
      }
      const reporter = opening ? KOREAN_REPORTER.exec(p.text) : null;
      if (reporter) {
        out.push({ marker: p.marker, text: p.text.slice(reporter[0].length).trim() });
        continue;
      }
      const bracketed = opening || early ? DATELINE.exec(p.text) : null;
      const d = opening || early ? (bracketed ?? SLASH_DATELINE.exec(p.text)) : null;
      // An unknown tag counts only in the dateline shape "Place (TAG) –", so "New Southern Policy (NSPP) is" is not one;
      // a tag in mixed case ("(Dunya News) -", "(dpa-AFX) -") only after a place in capitals. Slashes mark the tag by themselves.
      const dashed =
        (/[)/](?:,[^()]*)?\s*[–—:-]/.test(d?.[0] ?? '') || (d !== null && d !== bracketed)) && wordCount(d?.[1] ?? '') <= 3;
      const capsPlace = (d?.[1] ?? '').trim() === (d?.[1] ?? '').trim().toUpperCase();
      if (d?.[2] && (expandKnown(d[2]) || (dashed && (d[2] === d[2].toUpperCase() || capsPlace)))) {
        publisher ??= expandAgency(d[2]);
        datelinePlace ??= placeCase((d[1] ?? '').trim()) || null;
        const text = p.text.slice(d[0].length).trim();
        if (text !== '') out.push({ marker: p.marker, text: text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
        continue;
      }
      // A tag in mixed or lower case, or a country's tag after the city ("Maputo (Canalmoz) –", "Washington [US], May 20 (ANI):").
      const agency = agencyDateline(p.text);
      if (agency) {
        publisher ??= expandAgency(agency.agency);
        datelinePlace ??= placeCase(agency.place);
        const text = p.text.slice(agency.length).trim();
        if (text !== '') out.push({ marker: p.marker, text });
        continue;
      }
      const t = TAG_DATELINE.exec(p.text);
      // A short tag or one with a dot or slash ("PNO", "TEMPO.CO", "WVR/VNA"); not a country ("VIETNAM -").
      if (t?.[1] && (opening || /[./]/.test(t[1])) && (t[1].length <= 4 || /[./]/.test(t[1])) && countryIn(t[1]) === null) {
        publisher ??= t[1];
        if (t[2]) datelinePlace ??= placeCase(t[2]);
        const text = p.text.slice(t[0].length).trim();
        if (text !== '') out.push({ marker: p.marker, text: text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
        continue;
      }
    }
    // A sign-off near the end; size pickers or a share bar may follow it.
    if (i >= paragraphs.length - 4 && i > 0) {
      const sign = short ? (SIGN_OFF.exec(p.text) ?? SLASH_CREDIT.exec(p.text)) : null;
      const signed = sign?.[1] ?? sign?.[2];
      if (signed && countryIn(signed) === null && !SECTION.test(signed.trim())) {
        publisher ??= expandAgency(signed.trim());
        continue;
      }
    }
    const ownSign = i >= paragraphs.length - 4 && i > 0 ? KOREAN_OUTLET_SIGN_OFF.exec(p.text)?.[1] : undefined;
    if (ownSign && !/^(?:본지|본사|취재)$/.test(ownSign)) {
      publisher ??= ownSign;
      continue;
    }
    const reporting = i < 4 ? OWN_REPORTING.exec(p.text)?.[1] : undefined;
    if (reporting && !/^(?:본지|본사|기자|당국|정부)$/.test(reporting)) reportedBy ??= reporting;
    // An agency's credit closing its copy ("… Czaputowicz. (PAP)", "(Avec MAP)", "(tasr, sie)"); a footer may follow it.
    const closing = i > 0 && i >= paragraphs.length - 5 ? closingCredit(p.text, i === paragraphs.length - 1) : null;
    if (closing) {
      publisher ??= closing.outlet;
      if (closing.text !== '') out.push({ marker: p.marker, text: closing.text });
      continue;
    }
    out.push(p);
  }
  return { publisher: publisher ?? reportedBy, paragraphs: out, datelinePlace };
}
