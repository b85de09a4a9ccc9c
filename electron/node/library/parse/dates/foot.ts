// A page that dates itself only at its foot: "Cập nhật ngày 17/10/2019", "最終更新日 14/10/2016",
// "Publicado: 7/8/2022", "Last updated: 3 May 2021", Bengali wires' "বাংলাদেশ সময়: ১৩৫৫ ঘণ্টা, জানুয়ারি ০১, ২০২০" (the local time it was filed). The line is short and labelled; its date is
// the page's, weaker evidence than a date above the text, and an update weaker than a publication.

import { type Candidate, candidate } from '../evidence.ts';
import { detectLanguage } from '../language.ts';
import { siteClockLines } from '../page-instruments.ts';
import { dateOfDateLine } from './date-line.ts';
import { closingCreditDate } from './foot-credit.ts';
import { type DateReader, firstFullDate, isFull, iso } from './forms.ts';
import { issuedDate } from './issued-after.ts';
import { eventDateLabelled, givesEventHours, programmeDate } from './programme.ts';
import { headsRelatedList, inStoryTable } from './story-list.ts';
import { inSiteBar, statesReviewDay, statesViewingDay } from './viewed-today.ts';

const PUBLISHED =
  /^(?:(?:Sumber|Source|Nguồn|Fuente|Quelle)\s*[:：]\s*\p{L}[^(]{0,40}\(|Publicado|Publicada|Publié|Publiée|Published|Posted|Pubblicato|Veröffentlicht|Đăng\s+ngày|Ngày\s+đăng|게시일|등록일|発行日|掲載日|发布时间|發布時間|(?:Artikel\s+ini\s+)?(?:disiarkan|diterbitkan|dipublikasikan)(?:\s+pada)?|প্রকাশিত|প্রকাশ|प्रकाशित|[\u0980-\u09ff]+\s+সম(?:\u09af\u09bc|\u09df)\s*[:：])/iu;
const UPDATED =
  /^(?:(?:Last\s+)?(?:updated|modified)|Cập\s+nhật|最終更新日?|更新日|Actualizado|Actualizada|Mis\s+à\s+jour|Dernière\s+mise\s+à\s+jour|Aggiornato|Aktualisiert|Stand|수정일|最后更新|更新时间|আপডেট|अपडेट)/iu;

const SENTENCE_END = /^[.!?"”’]\s*/u;
/** The text's last sentence, then a dash and a date: "… pada 12.20 tengah hari. – 28 September, 2015." (a dated sign-off). */
const SIGNED_OFF = /[.!?"”’]\s+[–—-]\s*([^–—]{6,40}?)\.?\s*$/u;

/** How many lines from the end a foot date may stand (a "back to top" link or a counter may follow it). */
const FOOT = 6;

export function footDateCandidates(lines: string[], dates: DateReader, withChrome: string[] = lines): Candidate[] {
  // A Korean wire's foot, in the copyright line taken off as chrome: "<저작권자 (C) 연합뉴스 …> 2017/02/07 17:17 송고", when the story was sent.
  for (const line of withChrome.slice(-FOOT).reverse()) {
    const sent = /((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})\s+\d{1,2}:\d{2}\s*송고/.exec(line);
    if (sent)
      return candidate(
        'publishedAt',
        iso(Number(sent[1]), Number(sent[2]), Number(sent[3])),
        'byline',
        0.6,
        `from the time the story was sent, "${sent[0]}"`,
      );
  }
  const last = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-FOOT);
  for (const line of last.reverse()) {
    const issued = issuedDate(line);
    if (issued)
      return candidate(
        'publishedAt',
        issued.date,
        'byline',
        0.6,
        `from the print date at the foot of the page, "${issued.phrase}"`,
      );
    const signed = SIGNED_OFF.exec(line);
    const signedOn = signed?.[1] && !QUOTED_POST.test(line) ? dateOfDateLine(signed[1], dates) : null;
    if (signedOn)
      return candidate(
        'publishedAt',
        signedOn,
        'byline',
        0.6,
        `from the date that signs off the text, "${signed?.[0].replace(SENTENCE_END, '').trim()}"`,
      );
    // The closing credit of a re-posted text, in brackets: its source and the day it was written there.
    const credit = closingCreditDate(line, dates, () => {
      const lang = detectLanguage(lines.join('\n'));
      return lang !== 'en';
    });
    if (credit)
      return candidate('publishedAt', credit.date, 'byline', 0.5, `from the credit that closes the text, "${credit.phrase}"`);
    // The label may be a phrase ("Artikel ini disiarkan pada : Selasa, 30 January 2024 @ 4:34 PM"): count what follows it.
    if ((line.replace(PUBLISHED, '').match(/\S+/g) ?? []).length > 8) continue;
    const published = PUBLISHED.test(line);
    if (!published && !UPDATED.test(line)) continue;
    const date = firstFullDate(line, dates);
    if (!date) continue;
    return candidate(
      'publishedAt',
      date,
      'byline',
      published ? 0.6 : 0.5,
      `from the ${published ? 'publication' : 'update'} date at the foot of the page, "${line}"`,
    );
  }
  return [];
}

/** "…, gepubliceerd op donderdag 5 september 2013.", "publicado el 3 de mayo de 2021": a publication date told in a sentence of chrome. */
const PUBLISHED_ON =
  /(?<![\p{L}])(?:published|posted|gepubliceerd|publicado|publicada|publié|publiée|veröffentlicht|pubblicato)\s+(?:on|op|el|le|am|il)?\s*/giu;

/** A quoted post's signature ("— Felix Plasencia (@PlasenciaFelix) November 25, 2021"): its date is the post's, not the page's. */
export const QUOTED_POST = /\(@[A-Za-z0-9_]{1,30}\)|pic\.twitter\.com/;

/**
 * Near the top, below a standfirst the byline reader stops at: a line that is only a date
 * ("Jueves 14 de Enero de 2016 - 00:00"), or a publication date a line of chrome tells.
 */
export function headDateCandidates(lines: string[], dates: DateReader): Candidate[] {
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l !== '');
  // A short record's list of other stories may start within the first lines: their dates are theirs.
  const related = nonEmpty.findIndex(headsRelatedList);
  const first = nonEmpty.slice(0, related === -1 ? 8 : Math.min(8, related));
  const clock = siteClockLines(first);
  for (const [i, line] of first.entries()) {
    const issued = issuedDate(line);
    if (issued) return candidate('publishedAt', issued.date, 'byline', 0.6, `from the issue's date "${issued.phrase}"`);
    const stamp = postedStamp(line, dates);
    if (stamp)
      return candidate(
        'publishedAt',
        stamp.date,
        'byline',
        0.55,
        `from '${stamp.phrase}', the time the item was posted, heading its text`,
      );
    // The page's top line, or a line over a menu or a weather list, is a site's clock ("2024.04.19 (금)"), not the record's date;
    // so is a date beside the search box.
    if (i === 0 || /^[•·▪*-]/.test(first[i + 1] ?? '') || clock[i]) continue;
    // "Today is …": the day the page was read (dates/viewed-today.ts).
    // A login bar's date, or the day the page was last reviewed, is no publication date either.
    if (statesViewingDay(line) || inSiteBar(line) || statesReviewDay(line)) continue;
    // A sentence of Chinese or Japanese prose is no date line, however few its spaces.
    if (QUOTED_POST.test(line)) continue;
    if (inStoryTable(first, i)) continue;
    // "Date: … / Time: … / Venue: …": an event's programme, not the page's date.
    if (programmeDate(first, i) || eventDateLabelled(first, i) || givesEventHours(line)) continue;
    // The same date on three lines or more: a column of a list of stories, each dated, not the page's date.
    if (first.filter((l) => l === line).length >= 3) continue;
    if (/。/.test(line) || (line.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) >= 20) continue;
    // An update's date is weaker: the foot rule reads it.
    // So is a span of days ("22. und 23. Februar 2024"): an event's.
    const only =
      (line.match(/\S+/g) ?? []).length <= 10 && !UPDATED.test(line) && !dates.mentions(line).some((m) => m.span)
        ? dateOfDateLine(line, dates)
        : null;
    if (only) return candidate('publishedAt', only, 'byline', 0.6, `from the line "${line}" near the top, which is only a date`);
    // "03/11/2023" alone, either order a date: a page in a language that writes the day first (not English, which may be American) means 3 November.
    const bare = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(line);
    if (bare && Number(bare[1]) <= 12 && Number(bare[2]) <= 12 && bare[1] !== bare[2]) {
      const lang = detectLanguage(lines.join('\n'));
      if (lang && lang !== 'en')
        return candidate(
          'publishedAt',
          iso(Number(bare[3]), Number(bare[2]), Number(bare[1])),
          'byline',
          0.55,
          `from the line "${line}" near the top, day first as ${lang} writes it`,
        );
    }
    PUBLISHED_ON.lastIndex = 0;
    for (let m = PUBLISHED_ON.exec(line); m; m = PUBLISHED_ON.exec(line)) {
      const told = firstFullDate(line.slice(m.index + m[0].length, m.index + m[0].length + 40), dates);
      if (told)
        return candidate('publishedAt', told, 'byline', 0.65, `from "${line.slice(m.index, m.index + m[0].length + 40).trim()}"`);
    }
  }
  // Below a long head (a kicker, a deck, a photo and its credit, the desk's name): only a line that
  // says it is the publication date ("Publicado em 20 de setembro de 2012 às 20h42.").
  const deeper = nonEmpty.slice(first.length, related === -1 ? HEAD_LABELLED : Math.min(HEAD_LABELLED, related));
  for (const line of deeper) {
    if (!PUBLISHED.test(line) || (line.replace(PUBLISHED, '').match(/\S+/g) ?? []).length > 8) continue;
    const date = firstFullDate(line, dates);
    if (date) return candidate('publishedAt', date, 'byline', 0.6, `from the publication line "${line}" under the headline`);
  }
  return [];
}

/** How far down a head a labelled publication line is read. */
const HEAD_LABELLED = 14;

const GLUED_CLOCK = /\p{L}\d{1,2}:\d{2},?\s*/u;
/** A clock's digits, as both kinds of stamp below hold them. */
const HAS_CLOCK = /\d:\d\d/;

/**
 * A long first line that opens with the item's posting time glued to its text: "… 0 30.12.2024 17:14 NHK 石破総理大臣は…",
 * "관리자 / 2025-10-24 오후 5:33:00 / 20외교부는 24일…". A numeric date with a clock right after it, near the start.
 * A short line with a clock is a site's clock over its menus, and is left to the rules above.
 */
function postedStamp(line: string, dates: DateReader): { date: string; phrase: string } | null {
  // Both forms need a clock: a line without one is not searched for dates here (most lines).
  if (!HAS_CLOCK.test(line)) return null;
  // A headline with its stamp glued on ("Ex-envoys call on Mahama9:01, 19.May 2017"): a clock run into the last word, then the date.
  const glued = GLUED_CLOCK.exec(line);
  const after = glued ? dates.mentions(line.slice(glued.index + glued[0].length)).find(isFull) : undefined;
  if (glued && after && after.index === 0)
    return { date: iso(after.year, after.month, after.day), phrase: `${glued[0].slice(1)}${after.phrase}`.trim() };
  // A line of Chinese or Japanese prose ("…訪華日期 2011年12月7日 17:51 在北京,外交部重申,…。") is long in characters, not in words.
  if ((line.match(/\S+/g) ?? []).length <= 10 && line.length < 150 && !/。/.test(line)) return null;
  for (const m of dates.mentions(line)) {
    if (m.index > 200 || !isFull(m) || !/^\d/.test(m.phrase)) continue;
    const clock = /^\s*(?:오전|오후|[AaPp]\.?[Mm]\.?)?\s*\d{1,2}:\d{2}(?::\d{2})?(?!\s*(?:[-–~]|to\b|bis\b))/.exec(
      line.slice(m.index + m.phrase.length),
    );
    if (clock) return { date: iso(m.year, m.month, m.day), phrase: `${m.phrase}${clock[0]}`.trim() };
  }
  return null;
}
