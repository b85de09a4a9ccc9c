// Byline and date blocks under a headline, in the grammar sites share rather than per site:
// a label ("Published", "Posted on", "입력", "등록", "Cập nhật", "Veröffentlicht"), a date,
// perhaps a weekday, a time and a time zone, perhaps the reporter or outlet ("기자",
// "author/outlet |"). What was published is a publication-date candidate; what was updated is
// weaker evidence, since an update is not when the record first appeared. The date itself is
// read by dates.ts.

import { boardYear, dayFirst, isDateRange, labelledDayFirst } from './byline-dates.ts';
import { besideWeather, overTrail } from './dates/clock.ts';
import { eventDateLabelled, givesEventHours, programmeDate } from './dates/programme.ts';
import { inSiteBar, statesReviewDay, statesViewingDay } from './dates/viewed-today.ts';
import { type DateReader, firstFullDate, READ_ALWAYS } from './dates.ts';
import { type Candidate, candidate } from './evidence.ts';

import { execAll } from './patterns.ts';
import { DESK_CREDIT, outletCredit } from './publisher.ts';
import { expandAgency, expandKnown } from './publisher-names.ts';
import { collapse, endsSentence, wordCount } from './text.ts';

export const PUBLISHED =
  '(?:기사\\s*입력|(?:기사\\s*)?(?:입력|등록|게재|게시|발행|작성)일|입력|등록|게재|게시|발행|송고|작성|published(?:\\s+(?:on|at))?|posted(?:\\s+(?:on|at))?|first published|date de publication|date[d]?|created(?:\\s+on)?|release date|issued(?:\\s+on)?|ngày đăng|(?:đã\\s+)?đăng(?:\\s+(?:lúc|ngày|vào))?|xuất bản|veröffentlicht(?:\\s+am)?|erstellt(?:\\s+am)?|publiée?(?:\\s+le)?|mis en ligne(?:\\s+le)?|publicad[ao](?:\\s+(?:el|em))?|publicat(?:\\s+el)?|pubblicato(?:\\s+il)?|data di pubblicazione|fecha de publicación|data de publicação|gepubliceerd(?:\\s+op)?|data publikacji|opublikowano|publikováno|publikované|publicerad|publiceret|publisert|julkaistu|опубликовано|дата публикации|опубліковано|дата публікації|yayınlanma tarihi|yayın tarihi|diterbitkan(?:\\s+pada)?|dipublikasikan(?:\\s+pada)?|diposting(?:\\s+pada)?|tanggal(?:\\s+(?:terbit|publikasi|posting|rilis))?|ngày tạo|投稿日|公開日|掲載日|登録日|作成日|发布时间|發布時間|发布日期|發布日期|發佈日期|发表时间|發表時間|日期|时间|時間|発行日|วันที่(?:นำเข้าข้อมูล|เผยแพร่|บันทึก|ลงข่าว|ประกาศ|โพสต์)|تاریخ\\s+انتشار|زمان\\s+انتشار|منتشر\\s+شده(?:\\s+در)?|datum|fecha|data|дата)';
const UPDATED =
  '(?:최종\\s*편집|최종\\s*수정일?|수정일|수정|업데이트|(?:last\\s+)?updated(?:\\s+(?:on|at))?|last modified|modified|cập nhật(?:\\s+(?:lúc|ngày))?|aktualisiert(?:\\s+am)?|mis à jour(?:\\s+le)?|actualizad[ao]|actualitzad[ao]|actualitzat|atualizado(?:\\s+em)?|última (?:modificação|atualização|modificación|actualización)|modificad[ao](?:\\s+(?:em|el))?|modifié(?:\\s+le)?|zuletzt (?:aktualisiert|geändert)(?:\\s+am)?|aggiornato(?:\\s+il)?|bijgewerkt(?:\\s+op)?|zaktualizowano|data aktualizacji|aktualizováno|aktualizované|uppdaterad|opdateret|oppdatert|päivitetty|обновлено|оновлено|güncelleme tarihi|diperbarui|最終更新日?|更新日?|更新时间|更新時間|最后更新|วันที่ปรับปรุงข้อมูล|ปรับปรุงล่าสุด)';
// Meta fields run together without spaces ("发布者:…发布时间:2018-04-17浏览次数:225"): a glued label with its colon starts a field.
const GLUED_HAN_LABEL = /(?<=\p{Script=Han})(发布时间|發布時間|发布日期|發布日期|投稿日|公開日|掲載日|発行日)(?=\s*[:：])/gu;
const LABEL = new RegExp(`(?<![\\p{L}])(?:(${UPDATED})|(${PUBLISHED}))(?![\\p{L}])\\s*[:：]?`, 'giu');

/** Words a byline carries besides its date: weekdays, times, zones, "by", "기자", separators. */
const NOISE = [
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|SA|CH|오전|오후)?/gi,
  // The clock as Portuguese and French write it: "08h13", "17h30".
  /\b\d{1,2}h\d{2}\b/g,
  /(?:오전|오후)\s*/g,
  /\(?\b(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\)?/gi,
  /\b(?:KST|JST|ICT|WIB|SGT|CET|CEST|BST|EST|EDT|PST|PDT|ET|PT|HKT|AEST|IST)\b/g,
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?/gi,
  /(?<![\p{L}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|T[2-7]|CN)(?![\p{L}\d])/giu,
  /\(\s*[월화수목금토일]\s*\)/g,
  /\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b/g,
  // Persian weekdays and "ساعت" (at, of the hour): "يکشنبه ۱۴ آذر ۱۴۰۰ ساعت ۱۶:۱۵".
  /(?<![\p{L}])(?:(?:یک|يک|دو|سه|چهار|پنج)?[\u200c ]?شنبه|جمعه|ساعت)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:by|bởi|theo|oleh|por|par|von|door|av|기자|특파원|記者)(?![\p{L}])/giu,
  // Who wrote and who edited it: "Redaktur: Irvina Falah", "Editor: …", "Penulis: …".
  /(?<![\p{L}])(?:redaktur|editor|penulis|pewarta|reporter|autor|auteur|author|biên tập)\s*[:：]/giu,
  /\b(?:adjust\s+)?font\s*size\b|\bukuran font\b/gi,
  /[|,;:()[\]【】/=·•–—-]+/g,
];

/** A line ending on a clause's comma (、，,): a sentence cut by the line's end, not a stamp. */
const CLAUSE_BREAK = /[、，,]$/;

export type Byline = { published: string | null; updated: string | null; label: string | null; outlet?: string | null };

/**
 * The outlet a byline names before its date: "Xinhua, May 17, 2016", "Kompas.com - 10/07/2023,
 * 19:07 WIB". One word or a domain: a reporter's name has two or more.
 */
const OUTLET_LEAD =
  /^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)([\p{Lu}][\p{L}]+(?:\.[a-z]{2,4}){0,2})\s*[,|–—-]\s*(?=\d|\p{Lu}\p{Ll}+\.?\s+\d)/u;

/**
 * The word before a byline's date is an outlet when it is a site's domain ("Kompas.com") or a known agency
 * ("Xinhua"); otherwise it is as often a weekday ("Senin", "Freitag", "Martes"), a city ("Manila") or a section
 * ("Siyaset"), which no rule can tell from an outlet's name without a list of them all.
 */
function outletOf(word: string | null): string | null {
  if (word === null) return null;
  if (/\.[a-z]{2,4}$/i.test(word)) return word;
  return expandKnown(word) ? expandAgency(word) : null;
}

/**
 * A Korean news CMS signs its date line with the outlet: "기사입력: 2019/04/12 [15:24] 월드스타", "기사입력 2018-12-06
 * 18:45 최종편집 경남우리신문", "… 최종편집: ⓒ 브레이크뉴스 새만금". The name closes the line; a reporter ("… 기자") is not it.
 */
const KOREAN_EDITED_BY =
  /(?:최종\s*편집|기사\s*입력)\s*[:：]?\s*[\d/.\-\s:[\]]*(?:ⓒ|©)?\s*(?!최종|수정|기사)(\p{Script=Hangul}[\p{Script=Hangul}A-Za-z\d]{1,14}(?:\s\p{Script=Hangul}[\p{Script=Hangul}A-Za-z\d]{1,10})?)(?<!기자|특파원)\s*$/u;

/** Thai, Lao, Khmer and Burmese put no space between words: a headline in them ("การเยือน…ระหว่างวันที่ ๒๖ – ๒๘ สิงหาคม ๒๕๖๔") is one "word" long. */
const SPACELESS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/g;
/** Roughly the words a run of such letters holds (eight letters a word), beyond the one the spaces count. */
const spacelessWords = (text: string): number => Math.floor((text.match(SPACELESS)?.length ?? 0) / 8);

/**
 * A Chinese or Japanese headline that ends on the day it tells of, in brackets ("…市長メッセージ(令和2年5月26日)",
 * "…会见外宾（2024年3月5日）"): a headline, though its words are too few for the spaces to count them.
 */
const DAY_IN_BRACKETS = /[(（]([^()（）]*\d[^()（）]*)[)）]\s*$/u;
export const headlineOfDay = (segment: string): boolean => {
  const m = DAY_IN_BRACKETS.exec(segment);
  return m !== null && (segment.slice(0, m.index).match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) >= 8;
};
/** That headline's day, when the brackets hold a full date and nothing else. */
export const dayOfHeadline = (headline: string, dates: DateReader = READ_ALWAYS): string | null => {
  const inside = headlineOfDay(headline) ? DAY_IN_BRACKETS.exec(headline)?.[1] : undefined;
  return inside === undefined ? null : bareDate(inside, false, dates);
};

/**
 * A date a line gives as a whole: the date, the rest no more than a name or two. After a label,
 * or beside a time or a "|" (the marks of a byline), the reporter and outlet may stay ("Nguyễn
 * Hoa / VNA | 29/04/2021 10:15", "홍길동 기자"); otherwise three words at most, so a title with a
 * date in it ("Joint Statement of 3 May 2021") is not taken for a date line.
 */
function bareDate(segment: string, labelled: boolean, dates: DateReader): string | null {
  // A span of hours ("10:00 - 11:00") beside the date is an event's programme: a page is stamped at one moment.
  if (givesEventHours(segment) || headlineOfDay(segment)) return null;
  const date = firstFullDate(segment, dates) ?? dayFirst(segment) ?? (labelled ? labelledDayFirst(segment, dates) : null);
  if (!date || isDateRange(segment, dates)) return null;
  let rest = segment;
  for (const m of dates.mentions(segment)) rest = rest.replace(m.phrase, ' ');
  // A date read day first after its label ("Ngày đăng: 12/03/2021") is no mention of the reader's: take it off too.
  if (labelled) rest = rest.replace(/\d{1,2}([-/.])\d{1,2}\1\d{4}/, ' ');
  const bylineMarks = labelled || /\d{1,2}:\d{2}|\b\d{1,2}h\d{2}\b|\||\s[•·]\s|기자/.test(segment);
  for (const re of NOISE) rest = rest.replace(re, ' ');
  return wordCount(collapse(rest)) + spacelessWords(rest) <= (bylineMarks ? 6 : 3) ? date : null;
}

/**
 * Reads a byline or date line: "입력 2021.04.29 10:00 수정 2021.04.30 09:00", "Thứ Năm,
 * 29/04/2021 10:15 (GMT+7)", "Published: May 3, 2021 | Last updated: May 4, 2021",
 * "10:30 JST, May 3, 2021", "Minh Anh/VNA | 29/04/2021 10:15". Null when the line is prose.
 */
export function readByline(line: string, dates: DateReader = READ_ALWAYS): Byline | null {
  const text = boardYear(collapse(line).replace(GLUED_HAN_LABEL, ' $1'));
  // A finished sentence is prose, not a byline: eight words, or twenty characters of Chinese or Japanese (no spaces between words).
  // So is a line that breaks off at a clause's comma ("平成28年6月28日(火曜日)、外務省を訪問し、…,"): the sentence goes on below.
  const cjk = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  const prose = endsSentence(text) || CLAUSE_BREAK.test(text);
  if (text.length > 160 || (prose && (wordCount(text) > 8 || cjk >= 20))) return null;
  // "Dnes je 27.07.2024" over the weather: the day the page was read, not published.
  // So is a login bar's date ("samedi 18 mai 2024 | Login"), and a page's review stamp ("senast granskad den …").
  if (statesViewingDay(text) || inSiteBar(text) || statesReviewDay(text)) return null;
  LABEL.lastIndex = 0;
  const labels = [...execAll(LABEL, text)];
  if (labels.length === 0) {
    const date = bareDate(text, false, dates);
    const outlet = date ? outletOf(OUTLET_LEAD.exec(text)?.[1] ?? null) : null;
    return date ? { published: date, updated: null, label: null, outlet } : null;
  }
  let published: string | null = null;
  let updated: string | null = null;
  let label: string | null = null;
  // Text before the first label: a reporter's name, or a date written before its label.
  const lead = bareDate(text.slice(0, labels[0]?.index ?? 0), false, dates);
  for (const [k, m] of labels.entries()) {
    const end = labels[k + 1]?.index ?? text.length;
    const start = k === 0 ? 0 : (labels[k - 1]?.index ?? 0) + (labels[k - 1]?.[0].length ?? 0);
    // Korean writes the label after the date: "2017/02/07 17:17 송고".
    const date =
      bareDate(text.slice((m.index ?? 0) + m[0].length, end), true, dates) ??
      (k === labels.length - 1 && text.slice((m.index ?? 0) + m[0].length).trim() === ''
        ? bareDate(text.slice(start, m.index ?? 0), true, dates)
        : null);
    if (!date) continue;
    if (m[1]) updated ??= date;
    else {
      published ??= date;
      label ??= m[0].replace(/[:：]\s*$/, '').trim();
    }
  }
  published ??= lead;
  if (published === null && updated === null) return null;
  const outlet = KOREAN_EDITED_BY.exec(text)?.[1];
  return outlet ? { published, updated, label, outlet } : { published, updated, label };
}

/** Candidates from a byline, with a reason the desk officer can check. */
export function bylineCandidates(line: string, b: Byline, near: 'top' | 'below'): Candidate[] {
  const quoted = `"${collapse(line).slice(0, 80)}"`;
  const base = near === 'top' ? 0.8 : 0.7;
  return [
    ...candidate('publisher', b.outlet, 'byline', 0.7, `from the outlet the byline ${quoted} names before its date`),
    ...candidate(
      'publishedAt',
      b.published,
      'byline',
      b.label ? base + 0.05 : base,
      `from the byline ${quoted} under the headline`,
    ),
    // Only an update date: some sites print nothing else, but it may be later than publication.
    // Vietnamese portals label their posting time "Cập nhật" (ngày) or "Ngày cập nhật": taken, but marked Check.
    ...candidate(
      'publishedAt',
      b.published === null ? b.updated : null,
      'byline',
      /^(?:ngày\s+)?cập nhật/iu.test(collapse(line)) ? 0.55 : 0.45,
      `from the date the page says it was updated, ${quoted}`,
    ),
  ];
}

/**
 * Takes byline and date lines out of the heading area (the lines above the first line of
 * prose) and returns them as candidates. The nearer the top, the likelier it is the record's
 * own date rather than a related story's.
 */
/** A short line carrying a labelled date ("입력 2024-04-17 20:29 |"): a byline wherever the page put it. */
const labelledOnly = (l: string, b: Byline | null): boolean =>
  b !== null && wordCount(l) <= 10 && (b.label !== null || STAMP.test(collapse(l)) || LABELLED_STAMP.test(collapse(l)));

/**
 * A label in any language, a colon, then a date and a clock: "- Giriş Tarihi: 29.05.2022 | 20:10". The shape is a
 * byline's whatever the label's language; a label this file does not know is taken for publication (the first such line).
 */
const LABELLED_STAMP =
  /^[-•·*]?\s*\p{L}[\p{L} .]{1,30}[:：]\s*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?$/u;

/** A line that is nothing but a timestamp ("Thứ hai, 22/05/2023 08:41", "Thứ sáu - 01/12/2023 09:12", "2023-05-22 08:41"): a byline below the text. */
const STAMP =
  /^(?:[\p{L}]+(?:\s[\p{L}\d]+)?\s*[,–-]\s*)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(?(?:GMT|UTC)[+-]?\d{0,2}\)?)?$/u;

/** How far down the page (lines with text) a byline may stand below the lead's first paragraph and still be the page's. */
const STAMP_REACH = 8;

/**
 * A short line near the top that gives a full date and a clock time, under the headline and the lead's first paragraph
 * ("Door ANP - 15-3-2017, 12:39 (Update …)", "14. okt. 2021 18:16 Sist oppdatert", "L'Est Républicain - 07 déc. 2018 à
 * 05:00"): the page's byline, wherever its template put it.
 */
const stampNearTop = (l: string, b: Byline | null, seen: number): boolean =>
  b?.published != null && seen <= STAMP_REACH && wordCount(l) <= 12 && /(?<!\d)\d{1,2}:\d{2}(?!\d)/.test(l);

export function takeBylines(
  input: string[],
  isProse: (l: string, i: number, lines: string[]) => boolean,
  dates: DateReader = READ_ALWAYS,
): { lines: string[]; candidates: Candidate[]; at: number[] } {
  const candidates: Candidate[] = [];
  const at: number[] = [];
  const lines = input;
  const bodyStart = lines.findIndex((l, i) => l.trim() !== '' && isProse(l, i, lines) && readByline(l, dates) === null);
  const end = bodyStart === -1 ? Math.min(lines.length, 12) : bodyStart;
  const out: string[] = [];
  const dated: Dated[] = [];
  let seen = 0;
  for (const [i, l] of lines.entries()) {
    const line = l.trim() === '' || (i >= end && wordCount(l) > 10) ? null : readByline(l, dates);
    if (l.trim() !== '') seen++;
    // "Date: … / Time: … / Venue: …" below the text's start, "日時：…" anywhere: an event's programme, whose day is the event's.
    const programme = line !== null && ((i >= end && programmeDate(lines, i)) || eventDateLabelled(lines, i));
    const taken = i < end || (labelledOnly(l, line) && !programme);
    const b = !programme && (taken || stampNearTop(l, line, seen)) ? line : null;
    // "By WAM", "Written By: PSCU", "Por Canal26", "TBS Report" above the text: the outlet's credit, not a headline.
    const outlet = i < end && wordCount(l) <= 5 ? (outletCredit(l) ?? DESK_CREDIT.exec(l.trim())?.[1] ?? null) : null;
    if (outlet) {
      candidates.push(...candidate('publisher', outlet, 'byline', 0.7, `from the credit "${collapse(l)}" above the text`));
      at.push(i);
      out.push('');
      continue;
    }
    if (b) {
      dated.push({ line: l, b, near: seen <= 6 ? 'top' : 'below', above: i < end, i });
      // A stamp under the lead's first paragraph dates the page and stays where it stands: the title rules read it there.
      out.push(taken ? '' : l);
      if (taken) at.push(i);
      continue;
    }
    out.push(l);
  }
  const clock = siteClock(dated);
  for (const d of dated) {
    if (d === clock || besideWeather(lines, d.i)) candidates.push(...clockCandidate(d.line, d.b));
    else if (d.above && overTrail(lines, d.i)) candidates.push(...clockCandidate(d.line, d.b, 'above the breadcrumb trail'));
    else candidates.push(...bylineCandidates(d.line, d.b, d.near));
  }
  return { lines: out, candidates, at };
}

type Dated = { line: string; b: Byline; near: 'top' | 'below'; above: boolean; i: number };

/**
 * Two unlabelled date lines above the text that disagree ("Fri. Jun 2nd, 2023" at the top of the
 * page, "Brussels, 19/06/2021" over the release): the first is the site's clock, the day the page
 * was viewed; the one nearer the text is the record's.
 */
function siteClock(dated: Dated[]): Dated | null {
  const above = dated.filter((d) => d.above && d.b.published !== null && d.b.label === null);
  const [first] = above;
  return first && above.some((d) => d.b.published !== first.b.published) ? first : null;
}

function clockCandidate(line: string, b: Byline, where = "above the record's own date line"): Candidate[] {
  const why = `the site's clock "${collapse(line).slice(0, 80)}" at the top of the page, ${where}`;
  return candidate('publishedAt', b.published, 'byline', 0.2, why);
}
