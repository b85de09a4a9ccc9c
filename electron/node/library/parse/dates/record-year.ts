// A record with no publication date may still state the year of its meeting in so many words:
// "2023년도 재외공관장 회의", "chuyến thăm … trong năm 2016", "การประชุม… ประจำปี 2566". A month and day
// the lead gives ("3월 27일", "chiều 8/11", "20 พ.ย.") then take that year, and only that one: a
// record naming two years, or its year only beside something else, leaves the day unknown.

import { sentences } from './clauses.ts';
import { type DateMention, daysIn, iso } from './forms.ts';
import { lead } from './lead.ts';
import { CAPTION } from './readings.ts';
import { datesMeetingWord, OTHER, speaksOfFuture } from './words.ts';
import { RECALLED } from './words-told.ts';

/**
 * A year written as a year, as these languages always write one: "2023년(도)", "2016年", "năm 2015", "tahun 2019",
 * "ประจำปี 2566" / "พ.ศ. 2558" (Buddhist era, 543 years ahead). A bare "2000" may be a count; "APEC Year 2017" a name.
 */
const YEAR =
  /(?<!\d)((?:19|20)\d{2})\s*(?:년도?|年)|(?<![\p{L}\d])(?:năm|tahun)\s+((?:19|20)\d{2})(?!\d)|(?:ประจำปี|ปี|พ\.\s?ศ\.)\s*(25\d{2})(?!\d)/giu;

/** Korean "지난" right before a bare year: "지난 2015년" is back in 2015, a year recalled. */
const BACK_IN = /지난\s*$/u;

/** A year that opens or closes a stretch of time: "từ đầu năm 2020 đến nay", "since 2019", "2019년부터", "2019年以来". */
const SPAN = /(?<![\p{L}])(?:từ|since|sejak|desde|depuis|seit|с)\s|부터|까지|以来|đến\s+nay/iu;

/**
 * An invitation to come later ("invited President Obama to visit in 2015", "mời … sang thăm Việt Nam trong năm 2015",
 * "방한을 초청했다"), or a bid to host ("申請舉辦2020年…論壇", "bid to host the 2030 Games"): its year is the event's to come. Not "at the invitation of" ("theo lời mời của"), which is the host's.
 */
const INVITED =
  /\binvit(?:ed|es|ing)\b[^.]{0,80}\bto (?:visit|attend|come)\b|(?<![\p{L}])(?<!lời )mời(?! của)(?![\p{L}])|초청(?:했|하였|한다|할)|mengundang|\binvit[óo]\b|\bbid(?:s|ding)? to host\b|申[請请]|申[办辦]|유치/iu;

/**
 * An appointment or a taking of office just before the year: "các Đại sứ … được bổ nhiệm năm 2020", "appointed in 2020",
 * "2020년 임명된", "2020年就任". The year is the appointment's, which a meeting may follow by months or years.
 */
const APPOINTED_BEFORE =
  /(?:\b(?:appointed|elected|took\s+office|sworn\s+in)\b|(?<![\p{L}])(?:bổ\s+nhiệm|nhậm\s+chức|dilantik|diangkat|nommée?s?|nombrad[oa]s?|ernannt|gewählt)(?![\p{L}]))[^.,;]{0,12}$/iu;
/** Korean, Japanese and Chinese put the verb after the year: "2020년 임명된", "2020年就任". */
const APPOINTED_AFTER = /^[^.,;。]{0,8}(?:임명|취임|부임|就任|着任|任命|上任)/u;

/**
 * A year whose results or situation are reviewed: "điểm lại những thành quả … trong năm 2017", "tình hình phát triển kinh tế -
 * xã hội … năm 2024", "reviewed the achievements of 2017", "2017년 성과", "2017年の成果". A meeting may look back on a year gone
 * by (a Tết gathering in January reviews the year before), so that year is not the meeting's.
 */
const REVIEWED_BEFORE =
  /(?:\breview(?:ed|ing|s)?\b|\bachievements?\b|\bperformance\b|(?<![\p{L}])(?:điểm\s+lại|tổng\s+kết|tình\s+hình|kết\s+quả|thành\s+tựu|thành\s+quả|capaian|kinerja|bilan|Bilanz)(?![\p{L}]))[^.;!?。]{0,90}$/iu;
const REVIEWED_AFTER = /^\s*(?:의\s*)?(?:성과|실적|결산)|^\s*(?:の)?(?:成果|実績|回顾|回顧|总结|總結)/u;

export type RecordYear = { year: number; phrase: string };

/** Every year the line writes as a year, each with the words that say so. */
function yearsIn(text: string): RecordYear[] {
  if (!/\d{4}/.test(text)) return [];
  return [...text.matchAll(YEAR)].map((m) => {
    const be = m[3] ? Number(m[3]) - 543 : 0;
    return { year: be || Number(m[1] ?? m[2]), phrase: m[0].trim() };
  });
}

/**
 * The one year the headline and lead state for a meeting they report (in a sentence that names it, told
 * neither as still to come nor as an earlier one recalled), when no other year stands anywhere in them.
 */
export function recordYear(texts: string[], head: string[]): RecordYear | null {
  let found: RecordYear | null = null;
  let tied = false;
  // The page's first lines may run on into the text itself (a short header): its paragraphs past the lead are not read,
  // as the lead's own rules do not read them ("또한, … ‘2025년 APEC 정상회의’ 유치를 위해": another event's year).
  // A photo's caption among them ("![… 2023년도 재외공관장 회의 … 3월 27일 …]") shows the meeting itself: kept.
  const above = head.filter((l) => isCaption(l) || !texts.some((t) => t.includes(l.trim())));
  for (const line of [...above, ...lead(texts).map((l) => l.text)]) {
    // A photo's caption ("![…](…)", "[사진제공=…]") names its photo: that word makes its year no other thing's.
    const caption = isCaption(line);
    for (const s of sentences(line)) {
      const sentence = line.slice(s.start, s.end);
      for (const y of yearsIn(sentence)) {
        // Two years stated, or the year of something else (a plan, an anniversary, an earlier visit, "since 2020"): not known.
        if (
          (found && found.year !== y.year) ||
          speaksOfFuture(sentence) ||
          INVITED.test(sentence) ||
          RECALLED.test(sentence) ||
          (!caption && OTHER.test(sentence))
        )
          return null;
        const at = sentence.indexOf(y.phrase);
        // Korean "지난 2015년 … MOU를 맺고" (back in 2015): a year gone by, an earlier occasion's, not the record's.
        if (BACK_IN.test(sentence.slice(Math.max(0, at - 6), at))) return null;
        if (SPAN.test(sentence.slice(Math.max(0, at - 12), at + y.phrase.length + 4))) return null;
        if (
          APPOINTED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) ||
          APPOINTED_AFTER.test(sentence.slice(at + y.phrase.length)) ||
          REVIEWED_BEFORE.test(sentence.slice(0, at)) ||
          REVIEWED_AFTER.test(sentence.slice(at + y.phrase.length))
        )
          return null;
        found = y;
        tied = tied || datesMeetingWord(sentence);
      }
    }
  }
  return tied ? found : null;
}

/** A photo's caption: "▲ …", "사진 = …", a picture's alt text "![…](…)". */
const isCaption = (line: string): boolean => CAPTION.test(line) || line.trimStart().startsWith('![');

/** "3월 27일" in a record whose year is stated: that day of that year. */
export function inRecordYear(m: DateMention, year: RecordYear | null): { date: string; why: string; anchored: boolean } | null {
  if (!year || m.relative || m.year !== null || m.month === null || m.day === null) return null;
  if (m.day > daysIn(year.year, m.month)) return null;
  return {
    date: iso(year.year, m.month, m.day),
    why: `'${m.phrase}', the year from '${year.phrase}' the record states`,
    anchored: true,
  };
}
