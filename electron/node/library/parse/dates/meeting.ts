// The meeting date: the date the lead attaches to the meeting ("met on", "held talks on",
// "hội đàm ngày", "이날 … 통화했다", "bertemu pada"), resolved against the publication date.
// Dates of future events, document numbers, anniversaries, photos and earlier meetings are not it,
// and a date that needs an anchor the record does not state gives nothing: never invented.

import { type Candidate, candidate } from '../evidence.ts';
import { meetingSaid } from '../participants/meeting-said.ts';
import { type Anchor, anchorOf, DAY, LAG } from './anchor.ts';
import { sentences } from './clauses.ts';
import { fallback, headlineDate, logEntryDate, scheduleHeading } from './fallback.ts';
import { QUOTED_POST } from './foot.ts';
import { type DateMention, type DateReader, isFull, READ_ALWAYS } from './forms.ts';
import { lead } from './lead.ts';
import { liveReport } from './live.ts';
import { leadDatesPartOfMonth } from './part-of-month.ts';
import { type Reading, readDates } from './readings.ts';
import { inRecordYear, recordYear } from './record-year.ts';
import { toUtc } from './relative.ts';
import { resolve, statedInFull, weekdayNamedInFull, yearOfSameMonth } from './resolve.ts';
import { dayWithinStay } from './span-day.ts';
import { leadNamesNoDay } from './vague-lead.ts';
import { isWeekdayName } from './weekday-names.ts';
import { dateMeetingWord, ENDED, MEETING, datesMeetingWord as reportsMeetingWord, speaksOfFuture, toldAsDone } from './words.ts';
import { yesterdayGivesWay } from './yesterday-apposed.ts';

export type { Reading } from './readings.ts';

/** A meeting said to come after another one: "after talks with…", "sau khi … trao đổi với…", "…회담에 이어". */
const AFTER_ANOTHER = new RegExp(
  String.raw`(?:\b(?:after|following)\b|(?<![\p{L}])sau\s+khi(?![\p{L}])|에\s*이어|직후)[^.!?。]{0,120}?(?:${MEETING.source})`,
  'iu',
);

export { CORE, FUTURE, MEETING, OTHER } from './words.ts';

/** The meeting date as evidence: what the text says, resolved against the publication date. */
export function meetingDateCandidates(...args: Parameters<typeof readMeetingDate>): Candidate[] {
  return readMeetingDate(...args).candidates;
}

/**
 * The meeting date's candidates, and whether the record only announces talks still ahead: its lead
 * tells them in the future, or dates them after the record's own date, and tells no meeting held.
 */
export function readMeetingDate(
  texts: string[],
  publishedAt: string | null,
  anchorWhy: string,
  /** The first lines of the text as written, before its header was taken off: a "date 2017-08" line may be there. */
  head: string[] = [],
  /** The parse's date reader, so lines read before are not read again. */
  dates: DateReader = READ_ALWAYS,
  /** The page gives two publication dates that disagree: no day is counted from either ("today" stays unknown). */
  disputed = false,
): { candidates: Candidate[]; ahead: boolean } {
  const anchor = disputed ? null : anchorOf(texts, publishedAt, head, dates, anchorWhy);
  const read = readDates(texts, dates);
  // A caption telling the meeting ("▲ … 지난 4일 함안을 방문했다", "Sáng 27/2/2019, … tiếp …. Ảnh: TTXVN") dates it only
  // where the lead's own sentences tie no date to a meeting: otherwise its day may be a file photo's.
  const all = read.some((r) => r.caption) && read.some((r) => !r.caption && r.attached) ? read.filter((r) => !r.caption) : read;
  // A record that opens on talks still to come ("Tập Cận Bình sẽ thăm…", "will pay a visit") announces them: a day it gives
  // without a past verb naming the talks themselves ("Chuyến thăm diễn ra từ ngày 14 đến 15/4/2025") is that future event's.
  const announces = opensOnFuture(texts);
  // A day its paragraph dates in full otherwise ("15일 … 출국하기 전 … 2020.01.15."): another day's (a photo's), not the meeting's.
  const otherDay = (r: Reading): boolean => {
    const d = r.sameDayInFull ? resolve(r.mention, anchor, null)?.date : undefined;
    return d !== undefined && d !== r.sameDayInFull;
  };
  // A quoted post's signature ("— Name (@handle) November 16, 2023") dates the post, not the talks it tells of.
  // Its "today" ("Had a good conversation w/ … today … — Name (@handle) August 8, 2022") counts from the post's day: kept where
  // that day is the record's own.
  const postedOn = (r: Reading): DateMention | undefined =>
    all.findLast((x) => x.at === r.at && isFull(x.mention) && x.mention.index > r.mention.index)?.mention;
  const posted = (r: Reading): boolean => {
    if (!QUOTED_POST.test(texts[r.at] ?? '')) return false;
    const signature = r.mention.relative === 'today' ? postedOn(r) : undefined;
    return !(signature && anchor && resolve(signature, anchor, null)?.date === anchor.date);
  };
  const readings = all.filter(
    (r) =>
      !r.future && (!announces || (r.past && r.core)) && !otherDay(r) && !posted(r) && !yesterdayGivesWay(r, all, texts, dates),
  );
  // The lead dates its talks in the future ("talks to be held here on Wednesday"): the other days it gives
  // (an arrival, the announcement) are not the meeting's, unless a sentence says the talks took place then.
  let ahead = all.find((r) => r.future && r.core && !r.late);
  let aheadDate = ahead ? (resolve(ahead.mention, anchor, null)?.date ?? null) : null;
  let established: { date: string; phrase: string } | null = null;
  let unresolved = false;
  const resolved: { r: Reading; date: string; why: string; confidence: number }[] = [];
  // Undated, the record may still state its meeting's year ("2023년도 재외공관장 회의"): its months and days take it.
  const year =
    anchor || !readings.some((r) => r.mention.month !== null && r.mention.year === null) ? null : recordYear(texts, head);
  const vagueLead = leadNamesNoDay(texts);
  // "hosted from late November a delegation …": the lead leaves its meeting's day unknown; a later day is another's.
  if (leadDatesPartOfMonth(texts)) return { candidates: [], ahead: false };
  for (const r of readings) {
    // "이날" after a lead that told its meeting as recent, with no day: that unknown day, not the page's.
    if (r.mention.relative === 'thatDay' && established === null && vagueLead) {
      unresolved = unresolved || !r.late;
      continue;
    }
    // "hari ini Kamis (18/4/2024)", "today (5 May)", "Hari ini, Selasa, 17 Mei 2016": a relative word the next words
    // restate is read by them (a page dated the day after still says which day "today" was).
    if (restated(r, readings, texts)) continue;
    const got: { date: string; why: string; anchored: boolean } | null =
      resolve(r.mention, anchor, established) ??
      weekdayNamedInFull(r, all, anchor) ??
      (anchor
        ? null
        : (statedInFull(r.mention, r.mention.relative ? [...head, ...texts] : texts, dates) ??
          inRecordYear(r.mention, year) ??
          yearOfSameMonth(r, all)));
    if (!got) {
      unresolved = unresolved || !r.late;
      // The lead dates its meeting in a way the record cannot resolve: no other date stands in for it.
      if (r.attached && !r.late && !resolved.some((x) => x.r.attached)) return { candidates: [], ahead: false };
      continue;
    }
    let confidence = confidenceOf(r, got, anchor);
    if (anchor && got.date > anchor.date) {
      // Only a past-tense report a few days after its stated date (a site's date that lags) is kept, and doubted.
      if (!r.past || anchor.weight < 1 || toUtc(got.date) - toUtc(anchor.date) > LAG) {
        // The lead dates its talks after the record's own date ("王毅10月26日至28日訪問…會面" in a text of the 24th):
        // they are still to come, with or without a future word, and no other day of the lead is theirs.
        if (r.attached && !r.late && !r.past && (!ahead || ahead.sentence > r.sentence)) {
          ahead = r;
          aheadDate = got.date;
        }
        continue;
      }
      confidence = Math.min(confidence, 0.55);
      got.why = `${got.why}, though after ${anchor.what}`;
    }
    established = { date: got.date, phrase: r.mention.phrase };
    resolved.push({ r, date: got.date, why: got.why, confidence });
  }
  // A lead that puts its undated meeting after another ("Cuộc điện đàm diễn ra sau khi … có cuộc trao đổi với …")
  // leaves a date told in a later paragraph to that other meeting.
  const after = texts.slice(0, 3).findIndex((t) => AFTER_ANOTHER.test(t));
  const afterAnother = (x: { r: Reading }): boolean =>
    after !== -1 && x.r.paragraph > after && !readings.some((y) => y.paragraph === after);
  const attached = resolved.filter((x) => x.r.attached && !x.r.late && !afterAnother(x));
  // The date of the talks beats that of the visit around them ("visited on 17-18 October, held talks on the 18th").
  // Failing the lead, a later sentence about the talks themselves ("The bilateral meetings ran … Monday, 6 March 2017").
  const [talks, talksDate] = [ahead, aheadDate];
  const picked =
    // A date the text states beats one worked out from the record's own date, which may lag ("met this evening [Wednesday 26 February]").
    attached.find((x) => x.r.core && !x.r.mention.relative && !x.r.saidOn) ??
    // "…, it was announced on Monday" is the day it was told; "met … on Sunday" later in the lead is the meeting's.
    attached.find((x) => x.r.core && !x.r.saidOn) ??
    attached.find((x) => x.r.core) ??
    // Talks still ahead leave the lead's other days to them, save a meeting told in the past before them
    // ("29일 오후 … 환영 만찬에 참석했다", then "30일 정상회담을 할 예정"): the first meeting the record reports.
    (talks
      ? attached.find(
          (x) => x.r.past && !x.r.future && x.r.sentence < talks.sentence && (talksDate === null || x.date < talksDate),
        )
      : attached[0]) ??
    // A dated dispatch whose lead reports the meeting, even if only a telling is dated ("SEOUL, Aug. 24 (Yonhap) -- X met Y, his office said Tuesday").
    resolved.find((x) => x.r.dateline && readings.some((y) => (y.attached || (y.reports && y.saidOn)) && !y.late)) ??
    resolved.find(
      (x) =>
        x.r.late &&
        x.r.attached &&
        // The talks, or a call told in the past ("when Akufo-Addo visited Osinbajo at his residence on Sunday").
        // "이날" (that day) is not one: with no day told before it, it names none.
        (x.r.core || (x.r.past && x.r.mention.relative !== 'thatDay')) &&
        !readings.some((y) => y.attached && !y.late) &&
        // A lead telling its meeting as of "this week", with no day: a day told further down is another event's,
        // unless its own clause names the talks ("The bilateral meetings took place on Monday, 6 March").
        (!vagueLead || x.r.core) &&
        !afterAnother(x) &&
        // Far back from the record's date, a meeting told after the lead is an earlier one it recalls.
        (!anchor || toUtc(anchor.date) - toUtc(x.date) <= LAG),
    );
  // A stay's first day gives way to a day inside it that the record tells the talks were held.
  const chosen = picked && dayWithinStay(picked, resolved, texts.slice(0, 8));
  const talksAhead = ahead !== undefined;
  // A lead date the record cannot resolve ("this afternoon" with no date to count from) may be the meeting's: no fallback then.
  // The lead must itself report a meeting (a speech's date is the speech's).
  const reportsOne = lead(texts).some((l) => reportsMeetingWord(l.text));
  // The meeting decision knows more ways to tell a meeting ("意見交換しました", "업무협약을 체결했다", "合同昼食会を開き"):
  // with only those, a lone lead date is the meeting's only where its own sentence tells the meeting.
  if (!chosen) {
    if (unresolved || talksAhead || announces) return { candidates: [], ahead: (talksAhead || announces) && anchor !== null };
    if (!reportsOne) {
      const toldWider = lead(texts).some((l) => meetingSaid(l.text));
      return { candidates: toldWider ? fallback(resolved, anchor, texts, meetingSaid) : [], ahead: false };
    }
    // A lead with no day at all that tells its talks as under way ("Встреча … началась"): the record's own date.
    const live = all.some((r) => !r.late) ? [] : liveReport(texts, head, anchor);
    if (live.length > 0) return { candidates: live, ahead: false };
    const lone = fallback(resolved, anchor, texts);
    // A lead about what is still to happen ("will meet") leaves a headline's date to that future event.
    const future = lead(texts, 1).some((l) => speaksOfFuture(l.text));
    if (lone.length > 0 || future) return { candidates: lone, ahead: false };
    // A day's programme under its date heading: the heading dates its meetings, if the record had already been written by then.
    const heading = scheduleHeading(texts, dates);
    const day = heading && anchor ? resolve(heading, anchor, null) : null;
    if (heading && day && anchor && day.date <= anchor.date)
      return {
        candidates: candidate(
          'meetingDate',
          day.date,
          'body',
          0.5,
          `${day.why}: the heading of a day's programme whose timed lines include a meeting`,
        ),
        ahead: false,
      };
    const entry = logEntryDate(texts, head, dates);
    return { candidates: entry.length > 0 || resolved.some((x) => !x.r.late) ? entry : headlineDate(head, dates), ahead: false };
  }
  // A one-sentence paragraph dated well before the record (a file photo's caption, "… membuka pertemuan … Kamis (27/1/2022)")
  // whose next paragraph ties the meeting to another day ("… menerima … pada Rabu (3/2)"): two readings disagree, none is kept.
  if (chosen && (!anchor || toUtc(anchor.date) - toUtc(chosen.date) > LAG) && disagreedBelow(chosen, resolved, texts))
    return { candidates: [], ahead: false };
  const agreeing = resolved.filter((x) => x !== chosen && x.date === chosen.date && (x.r.attached || x.r.dateline));
  const candidates = [chosen, ...agreeing.slice(0, 1)].flatMap((x) =>
    candidate('meetingDate', x.date, 'body', x === chosen ? x.confidence : Math.min(x.confidence, 0.4), x.why),
  );
  return { candidates, ahead: false };
}

/** The lead's first sentence that names a meeting, call or visit speaks of it in the future tense only. */
function opensOnFuture(texts: string[]): boolean {
  for (const { text } of lead(texts)) {
    for (const s of sentences(text)) {
      const sentence = text.slice(s.start, s.end);
      if (!reportsMeetingWord(sentence)) continue;
      const at = dateMeetingWord(sentence);
      // Up to a few words past the meeting word: a run-on paragraph ("…hôm Thứ Ba.Bản tin…") is not one sentence.
      const told = at ? sentence.slice(0, at.index + at[0].length + 80) : '';
      if (at) return speaksOfFuture(told) && !toldAsDone(told);
    }
  }
  return false;
}

/**
 * Between a relative word and the date that restates it: a bracket, a comma (a few characters), or after a comma
 * the day's name ("Hari ini, Selasa, 17 Mei 2016", "today, Tuesday 5 May", "hôm nay, thứ Ba, 17/5").
 */
const RESTATING_GAP = /^[\s\S]{0,3}$|^\s*[,(（]\s*(?:\p{L}+\.?\s*){1,2}[,(（]?\s*$/u;
/** Or the day's name alone, then the bracket: "Kemarin Senin (22 Juli 2019)", "yesterday Monday (22 July)". */
const NAMED_DAY_GAP = /^\s+(\p{L}+)\s*[,(（]\s*$/u;
const restatingGap = (gap: string): boolean => RESTATING_GAP.test(gap) || isWeekdayName(NAMED_DAY_GAP.exec(gap)?.[1] ?? '');

/** The reading right after this relative one, in the same sentence, a few characters on, states the date itself. */
function restated(r: Reading, readings: Reading[], texts: string[]): boolean {
  if (!r.mention.relative) return false;
  const end = r.mention.index + r.mention.phrase.length;
  return readings.some(
    (x) =>
      x !== r &&
      x.sentence === r.sentence &&
      x.at === r.at &&
      !x.mention.relative &&
      x.mention.index >= end &&
      x.mention.index - end <= 20 &&
      restatingGap((texts[r.at] ?? '').slice(end, x.mention.index)),
  );
}

function confidenceOf(r: Reading, got: { date: string; anchored: boolean }, anchor: Anchor | null): number {
  const m = r.mention;
  let c = r.dateline ? 0.6 : m.relative === 'weekday' || m.relative === 'lastWeekday' || m.relative === 'thatDay' ? 0.75 : 0.8;
  if (!r.dateline && (m.hasOn || isFull(m))) c += 0.05;
  if (r.paragraph >= 2) c -= 0.1;
  if (r.late) c = Math.min(c, 0.6);
  if (r.saidOn) c = Math.min(c, 0.5);
  if (got.anchored && anchor) c *= anchor.weight;
  // A full date long before the publication date may be an earlier meeting the record recalls.
  if (!got.anchored && anchor && toUtc(anchor.date) - toUtc(got.date) > 45 * DAY) c = Math.min(c, 0.5);
  return c;
}

/** The chosen date stands alone in its paragraph, and the next paragraph dates a meeting to another day. */
function disagreedBelow(
  chosen: { r: Reading; date: string },
  resolved: { r: Reading; date: string }[],
  texts: string[],
): boolean {
  const para = chosen.r.paragraph;
  // A day a numbered heading gives ("1 東京都(10月20日)") and the prose under it restates is not alone.
  const owns = texts.filter((t) => t.includes(chosen.r.mention.phrase));
  const oneSentence = (own: string): boolean =>
    sentences(own).filter((x) => own.slice(x.start, x.end).trim() !== '').length === 1;
  if (owns.length === 0 || !owns.every(oneSentence)) return false;
  // The talks' end told after their start is their last day, not a day that disagrees.
  const endsThem = (x: { r: Reading; date: string }): boolean => x.date > chosen.date && ENDED.test(texts[x.r.at] ?? '');
  return resolved.some(
    (x) => x !== chosen && x.r.attached && !x.r.late && x.r.paragraph === para + 1 && x.date !== chosen.date && !endsThem(x),
  );
}
