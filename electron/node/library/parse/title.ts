// The record's title: a mail subject, the heading above the first sentence, or, when the
// record has none (news-agency copy), a short title made from its first sentence.

import { type DateReader, dateOfDateLine, READ_ALWAYS } from './dates.ts';
import { readMarker } from './paragraphs.ts';
import { endsSentence, wordCount } from './text.ts';
import {
  blockFrom,
  CLOCKED,
  ERA_DATE,
  endsWithLine,
  firstOfRun,
  isDateOnly,
  SOURCE_TAG,
  substantialLine,
  withoutSiteTail,
} from './title-lines.ts';

export type TitleResult = {
  title: string | null;
  /** Lines left for the body, title and its repetitions removed. */
  lines: string[];
  /** A date-only heading line ("Seoul, 18 September 2020"): the release date. */
  headerDate: string | null;
  /** A heading line naming the issuing body ("Ministry of Foreign Affairs of Japan"). */
  publisher: string | null;
  /** How sure the heading position makes the title: lower when several lines could be it. */
  confidence: number;
  why: string;
};

/**
 * A line of prose: a sentence, or too long to be a heading. Headlines run long in Vietnamese,
 * where every syllable is a word, so a line without a full stop needs 25 words to be prose.
 */
export const isProse = (line: string): boolean => size(line) >= 25 || (endsSentenceHere(line) && size(line) >= 3);

/** Words, counting Chinese and Japanese (written without spaces) at two characters a word. */
const size = (line: string): number =>
  Math.max(
    wordCount(line),
    Math.round((line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length / 2),
  );

/** A full stop inside a closing date in brackets ("회담 (10.18.)") does not end a sentence. */
const endsSentenceHere = (line: string): boolean => endsSentence(line.replace(/\s*\([\d.\s~/-]+\)\s*$/, ''));

/**
 * Prose in its place: a long line without a full stop directly above a paragraph of sentences
 * is a headline however long (Vietnamese and UN readout headlines run past 30 words).
 */
export const isProseAt = (line: string, i: number, lines: string[]): boolean => {
  if (!isProse(line)) return false;
  if (endsSentenceHere(line) || size(line) >= 60 || /\s[•|]\s/.test(line)) return true;
  // The lead may sit below a short byline ("Ban Ki-Moon, Former Secretary-General").
  const next = lines
    .slice(i + 1)
    .filter((l) => l.trim() !== '')
    .slice(0, 2);
  return !next.some((l) => endsSentenceHere(l) && size(l) >= 8);
};

/**
 * A letterhead: the name of a government body alone on a line above the title ("Ministry of
 * Foreign Affairs of Japan", "U.S. Department of State · Office of the Spokesperson").
 */
const LETTERHEAD =
  /^(?:The\s+)?(?:U\.S\.\s+|United States\s+)?(?:Ministry|Department|Embassy|Office|(?:Permanent\s+)?Mission|Government|Consulate(?:\s+General)?|High Commission)\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}](?:[^.!?]|(?<=(?:^|[\s.])\p{Lu})\.)*$/u;
/**
 * The same in the scripts whose bodies are one word: "외교부", "통일부", "外務省", "外交部", and
 * "Bộ Ngoại giao", "Đại sứ quán …", a paper's masthead "Báo Đồng Nai điện tử" in Vietnamese.
 */
const LOCAL_LETTERHEAD =
  /^(?:[\p{Script=Hangul}]{1,8}(?:부|처|청|대사관|총영사관|대표부|위원회)|[\p{Script=Han}]{1,6}(?:省|部|大使馆|大使館|总领事馆|總領事館)|Bộ\s+[\p{Lu}][\p{L}]*(?:\s+[\p{L}]+){0,4}|Đại sứ quán\s+[\p{L}\s]{2,40}|Tổng lãnh sự quán\s+[\p{L}\s]{2,40}|Báo\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}(?:\s+điện\s+tử)?)$/u;
const letterheadOf = (line: string): string | null =>
  (LETTERHEAD.test(line) && wordCount(line) <= 14) || LOCAL_LETTERHEAD.test(line)
    ? (line.split(/\s+[·|•–—]\s+/)[0] ?? line).trim()
    : null;

/**
 * A wire desk's version tags before a headline are not part of it: "(LEAD)", "(2nd LD)",
 * "(URGENT)", "(UPDATE 2)". Tags that say what the story is ("[포토]", "[단독]") stay.
 */
const DESK_TAGS =
  /^(?:\s*(?:\((?:LEAD|\d+(?:st|nd|rd|th)? ?LD(?: LEAD)?|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE|ATTN[^)]*|EDITORS?:[^)]*)\)))+\s*/iu;

/**
 * The kind of item a page files the story under, before a bar or colon: "视频 | …", "VIDEO: …",
 * "ข่าวเด่น : …" (featured). The headline is what follows.
 */
const KIND_PREFIX =
  /^(?:视频|視頻|图集|圖集|直播|组图|video|videos|photos?|gallery|infographic|live|watch|clip|ข่าวเด่น|ข่าว|ảnh|clip|영상|포토)\s*[|｜:：]\s+(?=\S)/iu;

/** A credit or caption, not a headline: "Nguyễn Phương (Theo Yonhap)", "… Kementerian Luar Negeri. TEMPO/Istman". */
const CREDIT_LINE = /\((?:theo|nguồn|via|source|according to|sumber|출처|来源)\b[^)]*\)$/iu;
const HAS_SENTENCE_INSIDE = /\p{Ll}{2,}[.!?]\s+\S/u;

const isTitleLike = (line: string, dates: DateReader): boolean =>
  /\p{L}/u.test(line) &&
  wordCount(line) <= 60 &&
  !endsSentenceHere(line) &&
  // "Minister X said before leaving:" introduces a quotation; a headline does not end on a colon.
  !(/[:：]$/.test(line) && wordCount(line) >= 3) &&
  !CREDIT_LINE.test(line) &&
  !HAS_SENTENCE_INSIDE.test(line) &&
  readMarker(line).marker.kind === 'none' &&
  dateOfDateLine(line, dates) === null &&
  !ERA_DATE.test(line) &&
  !CLOCKED.test(line) &&
  !isDateOnly(line);

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Lines above the first line of prose are the heading area. Web pages put navigation above
 * the title and often print the title twice, so there the repeated line, else the last
 * heading line, is the title and what stands above it is dropped. A plain document puts its
 * title first.
 */

/**
 * A headline some pages print after the text or its caption (broadcasters' pages: text, then
 * section, reporter, the headline twice, then "입력 …"): a line printed twice in a row directly
 * above a byline.
 */
function headlineBelow(lines: string[], marks: number[], dates: DateReader): { title: string; at: number[] } | null {
  const limit = Math.min(lines.length, 120);
  for (let i = 0; i < limit; i++) {
    const l = lines[i]?.trim() ?? '';
    if (l === '' || !isTitleLike(l, dates) || isProse(l)) continue;
    let j = i + 1;
    while (j < limit && (lines[j]?.trim() ?? '') === '') j++;
    if (!same(lines[j] ?? '', l)) continue;
    if (marks.some((m) => m > j && m <= j + 3)) return { title: l, at: [i, j] };
  }
  return null;
}

export function takeTitle(
  lines: string[],
  subject: string | null,
  fromPage: boolean,
  hintTitle: string | null = null,
  /** Where byline and metadata lines stood (their lines are blank now): a headline stands just above them. */
  marks: number[] = [],
  /** The parse's date reader, so lines read before are not read again. */
  dates: DateReader = READ_ALWAYS,
): TitleResult {
  // A line followed directly by one starting in lowercase is mid-sentence in hard-wrapped text,
  // when the paragraph it starts reads as prose.
  const bodyStart = lines.findIndex(
    (l, i) =>
      l.trim() !== '' &&
      (isProseAt(l, i, lines) || (/^\p{Ll}/u.test(lines[i + 1]?.trim() ?? '') && isProse(blockFrom(lines, i)))),
  );
  if (subject !== null) {
    const rest = lines.filter((l, i) => !(same(l, subject) && (bodyStart === -1 || i <= bodyStart)));
    return { title: subject, lines: rest, headerDate: null, publisher: null, confidence: 0.8, why: "the mail's subject" };
  }
  if (bodyStart <= 0) {
    const below = headlineBelow(lines, marks, dates);
    if (below) {
      const rest = lines.filter((_, i) => !below.at.includes(i));
      const why = 'the headline printed twice above the byline, after the text';
      return { title: below.title, lines: rest, headerDate: null, publisher: null, confidence: 0.7, why };
    }
    return { title: null, lines, headerDate: null, publisher: null, confidence: 0, why: '' };
  }

  const header = lines
    .slice(0, bodyStart)
    .map((l, i) => ({ l: withoutSiteTail(l.trim()), i }))
    .filter((h) => h.l !== '');
  let headerDate: string | null = null;
  for (const h of header) headerDate ??= dateOfDateLine(h.l, dates);
  const letterhead = header.find((h) => letterheadOf(h.l) !== null);
  const publisher = letterhead ? letterheadOf(letterhead.l) : null;
  const titleLike = header.filter((h) => isTitleLike(h.l, dates) && h !== letterhead);
  // Section names, menu entries and place lines ("International", "Making news", "New York")
  // are a word or three; a title says what happened, so it is longer when a longer line is there.
  const substantial = titleLike.filter((h) => substantialLine(h.l));
  const candidates = substantial.length > 0 ? substantial : titleLike;
  /** Heading lines that are neither title nor prose: furniture, unless the record has no title at all. */
  const furniture = (l: string): boolean =>
    letterheadOf(l) !== null || (!substantialLine(l) && !endsSentence(l) && !/[-–—]$/.test(l) && substantial.length > 0);
  if (candidates.length === 0) {
    const rest = lines.filter((l, i) => i >= bodyStart || (dateOfDateLine(l.trim(), dates) === null && !furniture(l.trim())));
    return { title: null, lines: rest, headerDate, publisher, confidence: 0, why: '' };
  }
  const hinted = hintTitle ? candidates.find((h) => same(h.l, hintTitle)) : undefined;
  // Printed twice, or once more with a breadcrumb glued before it ("الرئيسية세계 …Headline").
  const repeated = candidates.filter((h) => candidates.filter((o) => same(o.l, h.l) || endsWithLine(o.l, h.l)).length > 1);
  // Headline, then byline or date: the heading line just above the first byline is the headline.
  // A date alone on its line under the headline marks it too ("23 September 2012", "平成29年4月28日").
  const dated = header
    .filter((h) => dateOfDateLine(h.l, dates) !== null || ERA_DATE.test(h.l) || CLOCKED.test(h.l) || CREDIT_LINE.test(h.l))
    .map((h) => h.i);
  const mark = [...marks, ...dated].sort((a, b) => a - b).find((m) => m <= bodyStart && candidates.some((h) => h.i < m));
  const lastAbove = mark === undefined ? undefined : candidates.filter((h) => h.i < mark).at(-1);
  // Korean papers print a deck (부제) or two under the headline, then the byline ("…북핵·남중국해 문제
  // 논의" / "베트남 외교장관 첫 공식 방한…"): of Korean heading lines standing together, the first is the headline.
  const aboveMark = lastAbove === undefined ? undefined : firstOfRun(header, candidates, lastAbove);
  const chosen = hinted ?? aboveMark ?? repeated[0] ?? (fromPage ? candidates[candidates.length - 1] : candidates[0]);
  if (!chosen) return { title: null, lines, headerDate, publisher, confidence: 0, why: '' };
  const title = chosen.l.replace(DESK_TAGS, '').replace(KIND_PREFIX, '').replace(SOURCE_TAG, '') || chosen.l;
  // One heading line, a line the page prints twice, or the file's own title: a clear headline.
  // Several candidate lines and the position alone to go by: worth a look.
  const clear = hinted !== undefined || aboveMark !== undefined || repeated.length > 0 || candidates.length === 1;
  const confidence = clear ? 0.8 : 0.55;
  const why =
    aboveMark !== undefined && !hinted
      ? 'the headline above the byline'
      : repeated.length > 0 && !hinted
        ? 'the headline above the text, printed twice on the page'
        : clear
          ? 'the headline above the text'
          : `the ${fromPage ? 'last' : 'first'} of ${candidates.length} heading lines above the text`;

  const rest = lines.filter((l, i) => {
    if (i >= bodyStart) return !(i === bodyStart && same(l, title));
    if (l.trim() === '') return true;
    // Above the title on a page: navigation and section names.
    if (fromPage && i < chosen.i) return false;
    return !same(l, title) && dateOfDateLine(l.trim(), dates) === null && i !== chosen.i && !furniture(l.trim());
  });
  return { title, lines: rest, headerDate, publisher, confidence, why };
}

const EVENT =
  /^(?:Consultations?|Meetings?|Dialogues?|Summits?|Talks|Conferences?|Forums?|Visits?|Luncheon|Dinner|Sessions?|Committee|Commission|Consultative|Roundtable|Symposium|Exchange|Call|Phone Call|Ceremony)$/;
const CONNECTOR = /^(?:[–—&-]|and|of|the|for|on|in|between)$/;
const capitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
const bare = (w: string): string => w.replace(/[,;:.)]+$/, '');

/**
 * A title for a record without one. First choice: the named event the first sentence
 * mentions ("the Vietnam – RoK Consultation at the deputy minister level on the Coordination
 * of the ASEAN – RoK Relationship" gives "Vietnam – RoK Consultation on the Coordination of
 * the ASEAN – RoK Relationship"): a capitalised phrase ending in an event word, with its
 * "on/of/between …" complement and without a "at the … level" qualifier. Otherwise the
 * first clause, cut at a word boundary to at most 90 characters.
 */
export function deriveTitle(firstParagraph: string): string {
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph).trim();
  return namedEvent(sentence) ?? firstClause(sentence);
}

function namedEvent(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!EVENT.test(bare(w))) continue;
    // Walk back over capitalised words and dashes: "Vietnam – RoK Consultation".
    let start = i;
    while (start > 0) {
      const prev = words[start - 1] ?? '';
      if (/[,;:]$/.test(prev) || !(capitalised(prev) || /^[–—&-]$/.test(prev))) break;
      start -= 1;
    }
    while (start < i && /^[–—&-]$/.test(words[start] ?? '')) start += 1;
    // "The" opening a sentence is not part of the name.
    if (start < i && /^the$/i.test(words[start] ?? '')) start += 1;
    if (start === i && !/^\p{Lu}/u.test(w)) continue;
    let end = i + 1;
    const phrase = words.slice(start, end);
    if (!/[,;:.]$/.test(w)) {
      let j = end;
      // Skip "at the deputy minister level": it qualifies the event, it does not name it.
      if (words[j] === 'at') {
        const lvl = words.slice(j, j + 7).findIndex((x) => /^level[,;:.]?$/.test(x));
        if (lvl > 0 && !/[,;:.]$/.test(words[j + lvl - 1] ?? '')) j += lvl + 1;
      }
      if (/^(?:on|of|between|for|with)$/.test(words[j] ?? '')) {
        const tail = complement(words, j);
        if (tail.length > 0) phrase.push(...tail);
      }
      end = j;
    }
    const title = phrase.join(' ').replace(/[,;:.]+$/, '');
    if (wordCount(title) >= 2) return title.length <= 120 ? title : firstClause(title);
  }
  return null;
}

/** "on the Coordination of the ASEAN – RoK Relationship": a preposition and a capitalised phrase. */
function complement(words: string[], at: number): string[] {
  const out: string[] = [words[at] ?? ''];
  let lastCap = -1;
  for (let k = at + 1; k < words.length; k++) {
    const w = words[k] ?? '';
    const b = bare(w);
    if (capitalised(b) && !/^\d/.test(b)) lastCap = out.length;
    else if (!CONNECTOR.test(b)) break;
    out.push(b);
    if (b !== w) break;
  }
  return lastCap === -1 ? [] : out.slice(0, lastCap + 1);
}

function firstClause(sentence: string): string {
  const s = sentence.replace(/[.!?]+$/, '');
  // A comma before a number belongs to a date ("September 18, 2020"), not a clause boundary.
  const clause = /^(.{30,}?)(?:[,;:](?!\s\d)|\s[–—])(?:\s|$)/.exec(s)?.[1] ?? s;
  if (clause.length <= 90) return clause.trim();
  const cut = clause.slice(0, 91);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut.slice(0, 90)).replace(/[\s,;:–—-]+$/, '')}…`;
}
