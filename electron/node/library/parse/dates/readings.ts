// Every date the lead gives, read in its sentence and clause: is it attached to a meeting verb,
// a dateline's, an announcement's, a future event's? meeting.ts then resolves and picks.

import { execAll } from '../patterns.ts';
import { clauseOf, quoted, sentences, withoutQuotations } from './clauses.ts';
import { creditBefore, dateOfOwnLine } from './date-line.ts';
import { dateSentence } from './date-sentence.ts';
import type { DateMention, DateReader } from './forms.ts';
import { isFull, iso } from './forms.ts';
import { LEAD, lead } from './lead.ts';
import { PERSIAN_SAID_AFTER, WELCOMED_ON_ARRIVAL } from './relative-persian.ts';
import { saidDuringMeeting } from './said-during.ts';
import { RELATED } from './story-list.ts';
import {
  CORE_ALL,
  EVE_OF,
  namesNoDay,
  otherBefore,
  datesMeetingWord as reportsMeetingWord,
  sentenceTellsMeeting,
  speaksOfFuture,
  toldAsDone,
  ZH_AHEAD,
} from './words.ts';
import {
  BRIEFING_AFTER,
  OWNED_BY_OTHER,
  RECALLED,
  RECALLED_AFTER,
  RECALLED_AGO,
  RECALLED_IN_SENTENCE,
  REPORTED,
  SAID_SENTENCE,
  saidBefore,
} from './words-told.ts';

/**
 * Chinese opens a sentence on its purpose ("為迎接世壯運即將於5月17日開幕,市長於5月16日接見…", to welcome the Games that
 * open on the 17th, the mayor received … on the 16th): what is still ahead there is the purpose's, not the main clause's.
 */
const ZH_PURPOSE = /^\s*(?:為了?|为了?)[^,，。;；]+[,，]/u;
const ownPart = (text: string, sentence: string, at: number): string => {
  const purpose = ZH_PURPOSE.exec(sentence)?.[0];
  return purpose && at >= purpose.length ? text.replace(purpose, ' ') : text;
};

/** English future in the past ("would also today hold official talks", "would meet on Tuesday"), not "would have met". */
const FUTURE_IN_PAST = /\bwould\b(?!\s+(?:have|not\s+have)\b)/i;

/**
 * "The MoU was signed on Wednesday", "were signed yesterday": a signing told in the passive on a day counted from the record's
 * own is the event the record reports, not a document's old date ("the treaty signed on 5 May 1990" stays another's).
 */
const signedLately = (m: DateMention, before: string): boolean =>
  m.relative !== null && /\b(?:was|were|been)\s+signed\s+$/i.test(before);

/** How far past the lead a sentence reporting the meeting itself may date it ("The talks took place on Monday, 6 March"). */
const LATER = 7;
export type Reading = {
  mention: DateMention;
  paragraph: number;
  /** The index of its paragraph among all the record's paragraphs (paragraph counts prose only). */
  at: number;
  /** In a sentence that reports the meeting. */
  attached: boolean;
  /** The clause of the date names the talks themselves, not only a visit around them. */
  core: boolean;
  /** Past tense in its sentence: a record written just before its stated date may still report it. */
  past: boolean;
  dateline: boolean;
  sentence: number;
  /** After the lead: counts only when the lead dates no meeting and its clause names the talks. */
  late: boolean;
  /** The day something was said or announced ("the ministry said on Thursday"), not done. */
  announced: boolean;
  /** After a reporting verb ("his office said Tuesday"): the day it was told, which the meeting may precede. */
  saidOn: boolean;
  /** Its sentence reports a meeting, whoever's day the date is ("X met Y, his office said Tuesday"). */
  reports: boolean;
  /** A line that is only a date (a byline): the record's date, not the meeting's. */
  byline: boolean;
  firstPerson: boolean;
  /** Its sentence also has "last week", "recently": the sentence may not be about this date's day. */
  vague: boolean;
  /** A day still to come ("talks to be held on Wednesday"): never the meeting's, but it tells the talks are ahead. */
  future: boolean;
  /** A day without its year whose paragraph gives that day in full elsewhere ("15일 … 2020.01.15."): that full date. */
  sameDayInFull: string | null;
  /** In a photo's caption whose sentence tells a meeting ("▲ … 지난 4일 함안을 방문했다."): the meeting's only where nothing else dates it. */
  caption: boolean;
};

/** The one full date in the paragraph, other than m, on m's day (and month, if m names one). */
function sameDayInFull(m: DateMention, mentions: readonly DateMention[]): string | null {
  if (m.year !== null || m.day === null || m.relative) return null;
  const same = new Set(
    mentions
      .filter((o) => o !== m && isFull(o) && o.day === m.day && (m.month === null || o.month === m.month))
      .map((o) => iso(o.year ?? 0, o.month ?? 0, o.day ?? 0)),
  );
  const [only] = same;
  return only && same.size === 1 ? only : null;
}

/**
 * Words of time open a sentence before its date, not a dateline's city: "This morning, Wednesday 9th March 2022, …", "Pada
 * Selasa, 30 Juli 2024, …", Malay "Hari Isnin, 23 Julai 2018, …", Vietnamese "Nhân dịp năm mới, ngày 20/01, …" (for the new year).
 */
const TIME_OPENER = /^\s*(?:This|That|Today|Tonight|Yesterday|Earlier|Later|Last|Early|Late|On|In|Pada|Hari|Nhân\s+dịp)\b/;

/** The words that open a stay over several days: "beginning June 7", "starting on Monday", "à partir du", "mulai". */
const SPAN_START =
  /(?<![\p{L}])(?:beginning|starting|commencing|à\s+partir\s+du|a\s+partir\s+del?|ab\s+dem|mulai|bắt\s+đầu\s+từ)(?:\s+on)?\s*$/iu;

/**
 * "(18/7/1977 - 18/7/2022)", "20.3.1992 – 20.3.2022": two full dates of different years joined by a
 * dash are a span of years (an anniversary, a term of office, a treaty's life), never a meeting's day.
 */
function spanOfYears(text: string, mentions: readonly DateMention[], m: DateMention): boolean {
  if (!isFull(m)) return false;
  const end = m.index + m.phrase.length;
  return mentions.some(
    (o) =>
      o !== m &&
      isFull(o) &&
      o.year !== m.year &&
      /^\s*[-–—~]\s*$/.test(o.index >= end ? text.slice(end, o.index) : text.slice(o.index + o.phrase.length, m.index)),
  );
}

/** A date that runs on to a later day ("held from Feb. 17 to 19", "17.–19. Juli", "17일부터", "17日から"): the first day of several. */
const RUNS_ON = /^\s*(?:(?:[-–—~〜～]|to|until|till|through|thru|bis|au|al|a|đến|tới|sampai|hingga|s\.?d\.?)\s*\d|부터|から)/iu;

/** A photo caption or credit: its dates are the photo's. */
export const CAPTION =
  /^\s*[▲△]|^\s*\(?(?:photo|ảnh|사진|foto|写真)\b|^\s*\(?(?:фото|صورة|照片|图片|圖片|bild)(?![\p{L}])|\((?:photo|ảnh|foto|자료사진)[^)]*\)\s*$|(?:Ảnh|Photo|Foto|사진|写真|图)\s*[:：=]|Chú\s+thích\s+ảnh/iu;

export function readDates(texts: string[], dates: DateReader): Reading[] {
  const out: Reading[] = [];
  let sentenceNo = 0;
  let listed = false;
  for (const [i, { text, prose: p }] of lead(texts, LATER).entries()) {
    const related = RELATED.exec(text);
    if (related && text.slice(related[0].length).trim() === '') listed = true;
    // Another story's headline, in a list or on a "Baca juga:" line: its dates are that story's.
    if (listed || related) {
      sentenceNo += sentences(text).length;
      continue;
    }
    const caption = CAPTION.test(text);
    const spans = sentences(text);
    const mentions = dates.mentions(text);
    const cores = [...execAll(CORE_ALL, text)].map((x) => x.index);
    for (const m of mentions) {
      if (spanOfYears(text, mentions, m)) continue;
      const si = Math.max(
        0,
        spans.findIndex((x) => m.index >= x.start && m.index < x.end),
      );
      const s = dateSentence(text, spans, si);
      const sentence = text.slice(s.start, s.end);
      const c = clauseOf(text, s, m);
      const before = text.slice(c.start, m.index);
      const rest = text.slice(m.index + m.phrase.length);
      const after = text.slice(m.index + m.phrase.length, c.end);
      const clause = text.slice(c.start, c.end);
      const korean = /[\uac00-\ud7af]/.test(sentence);
      // The reporter's own words, when they tell a meeting beside a quotation ("“… will improve,” X said after meeting Y yesterday").
      const unquoted = quoted(text, m.index) ? sentence : withoutQuotations(sentence);
      const reporters = unquoted !== sentence && reportsMeetingWord(unquoted) ? unquoted : sentence;
      const main = ownPart(reporters, sentence, m.index - s.start);
      const future = korean
        ? /오는\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) || (speaksOfFuture(sentence) && !toldAsDone(sentence))
        : speaksOfFuture(before) ||
          // A sentence about what is still to happen, wherever its future word stands ("Das Treffen, … am 1. Juli 2020, soll …").
          // Not for words it only quotes, when the reporter's own words tell the meeting.
          ((speaksOfFuture(main) || ZH_AHEAD.test(main)) && !toldAsDone(sentence)) ||
          (speaksOfFuture(after) && !toldAsDone(clause)) ||
          FUTURE_IN_PAST.test(clause);
      // "…," ucap X sewaktu menjamu Y, Kamis (15/9/2022): said at the meeting, whose day it is too.
      const during = saidDuringMeeting(text, m.index);
      const announced =
        !during &&
        (REPORTED.test(rest) || SAID_SENTENCE.test(sentence) || (m.relative !== null && PERSIAN_SAID_AFTER.test(rest)));
      const saidOn = !during && saidBefore(text, m.index);
      const firstPerson =
        /^\s*(?:I|We)\b/.test(sentence) &&
        !/^\s*(?:I|We)\s+(?:met|spoke|held|had\s+talks|received|hosted|called\s+on)\b/.test(sentence);
      const reported =
        sentenceTellsMeeting(sentence, m.relative === null, !m.span && !RUNS_ON.test(rest)) &&
        !namesNoDay(sentence) &&
        !firstPerson;
      const other =
        // A caption's other dates are the photo's: a file photo's, a day the caption does not tie to a meeting.
        (caption && (!reported || future)) ||
        (otherBefore(before) && !signedLately(m, before)) ||
        EVE_OF.test(before) ||
        RECALLED.test(before) ||
        RECALLED_AGO.test(text.slice(s.start, m.index)) ||
        RECALLED_AFTER.test(after) ||
        RECALLED_IN_SENTENCE.test(text.slice(m.index + m.phrase.length, s.end)) ||
        OWNED_BY_OTHER.test(text.slice(Math.max(0, m.index - 14), m.index)) ||
        BRIEFING_AFTER.test(rest) ||
        (m.relative !== null && quoted(text, m.index)) ||
        // "… امروز وارد کابل شد و مورد استقبال … قرار گرفت": the day of an arrival and its welcome, not of talks.
        (m.relative !== null && WELCOMED_ON_ARRIVAL.test(sentence));
      if (other) continue;
      // "I" or "we" speak in a speech, and their dates are not a meeting's, unless they report one ("I met X on 11 September").
      // "HANOI, May 3 (VNA) –", "新华社北京5月9日电": the dispatch's date, weaker than the date the lead gives the meeting.
      // "РОВАНИЕМИ, 6 мая - РИА Новости." after a line of chrome: a city in capitals opening a lead paragraph.
      const opener = text.slice(0, m.index);
      // "NAIROBI, Kenya, Feb 9 –": the city may carry its country or state before the date.
      // A colon may end the place before a date that states its year ("Kolonia, Pohnpei: February 27, 2024- Governor …"); a tag's
      // colon before a day and month ("Hội nhập Quốc tế Web.ĐTN: Từ 20 - 24/5, …") opens a sentence, not a dateline. In mixed case only opening the
      // first paragraph of prose, even under a headline and a tag line ("Suva, Fiji, 15 September 2023 - … met … yesterday").
      // A dispatch's date is never "yesterday" or "on Tuesday" ("President Ali, yesterday met …"), and a word of time
      // before the date ("Hôm nay, ngày 26 tháng 9 năm 2024 …", "Today, 5 May, …") makes it the day told, not a city's.
      // "【新華社東京4月16日】": a Japanese dispatch line in lenticular brackets, the agency and city before its date.
      const dateline =
        /^\s*[電电]/.test(rest) ||
        (/^\s*】/u.test(rest) && /【[^】\n]{0,24}$/u.test(opener)) ||
        (m.index < 40 &&
          // A dateline never says "on": "The city of Nairobi hosted, on 19 October 2023, the …" dates the hosting.
          !m.hasOn &&
          // A weekday told with its word for "day" ("Pazartesi günü", "hari Senin") is the sentence's, not a dateline's.
          (m.relative === null || (m.relative === 'weekday' && !/\s/.test(m.phrase))) &&
          !TIME_OPENER.test(opener) &&
          !mentions.some((o) => o.relative !== null && o.index < m.index) &&
          (((i === 0 || p === 0) &&
            /^\s*[\p{Lu}][\p{L} .'-]*(?:,\s*\p{Lu}\p{L}*(?:[ .'-]+\p{Lu}\p{L}*){0,2}\.?)?(?:\s*[[(][^\])]{1,30}[\])])?[,:]\s*$/u.test(
              opener,
            ) &&
            (isFull(m) || !/:\s*$/.test(opener))) ||
            (p < LEAD && /^\s*\p{Lu}[\p{Lu} .'-]+(?:,\s*\p{Lu}\p{L}*(?:[ .'-]+\p{Lu}\p{L}*){0,2}\.?)?,\s*$/u.test(opener))));
      // "The ministers spoke by telephone…, the ministry said on Monday": the day in the reporting clause is the telling's.
      const tellingOnly = saidOn && !reportsMeetingWord(clause);
      // "30.12.2024 17:14 NHK": a date with the clock right after it is when the item was posted, wherever it stands.
      // "中俄外長會面 … Mar 30, 2022 在北京…": a Latin-lettered date in Chinese, Japanese or Korean prose is the site's stamp, not the writer's.
      const stamp =
        (isFull(m) && /^\d/.test(m.phrase) && /^\s*\d{1,2}:\d{2}(?!\s*(?:[-–~]|to|bis|à))/.test(rest)) ||
        (isFull(m) && /[A-Za-z]/.test(m.phrase) && /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{4}/.test(sentence)) ||
        // "2007-11-08 정병철 기자": the reporter's byline run into the text dates the story, not its meeting; so does a date
        // opening the paragraph when its sentence gives its own ("May 3, 2021 Minister visits …: … met … on 1 May 2021").
        (isFull(m) && /^\s*[\uac00-\ud7af]{2,4}\s?기자/.test(rest)) ||
        (isFull(m) && opener.trim() === '' && mentions.some((o) => o.index > m.index && o.index < s.end && isFull(o)));
      out.push({
        mention: m,
        paragraph: p,
        at: i,
        attached: reported && !dateline && !announced && !tellingOnly && !stamp,
        announced,
        saidOn,
        reports: reported,
        byline: stamp || dateOfOwnLine(text, dates) !== null || creditBefore(opener),
        firstPerson,
        vague: namesNoDay(sentence),
        // "a four-day visit beginning June 7": the first day of a stay, not the day of its talks.
        core: !SPAN_START.test(before) && cores.some((j) => j >= s.start && j < s.end && nearest(mentions, m, j, text)),
        past: toldAsDone(sentence),
        dateline,
        sentence: sentenceNo + si,
        late: p >= LEAD,
        future,
        sameDayInFull: sameDayInFull(m, mentions),
        caption,
      });
    }
    sentenceNo += spans.length;
  }
  return out;
}

/**
 * No other date stands between this one and the meeting word at j: the word is this date's.
 * A date that restates the one beside it ("this evening [Wednesday 26 February]", "today (5 May)") stands with it.
 */
const nearest = (all: readonly DateMention[], m: DateMention, j: number, text: string): boolean =>
  !all.some((o) => o !== m && (o.index - m.index) * (o.index - j) < 0 && !beside(o, m, text));

const beside = (a: DateMention, b: DateMention, text: string): boolean => {
  const [x, y] = a.index < b.index ? [a, b] : [b, a];
  return /^[\s,([]*$/.test(text.slice(x.index + x.phrase.length, y.index));
};
