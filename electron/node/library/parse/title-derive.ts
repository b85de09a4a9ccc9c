// A title for a record that has none of its own: the named event its first sentence mentions,
// else its first clause.

import { isWeekdayName } from './dates/weekday-names.ts';
import { wordCount } from './text.ts';
import { withoutOpeningDate } from './title-date-before.ts';
import { gluedKoreanHead, withoutFilingTags } from './title-glued.ts';
import { headBeforeLead } from './title-lead-opens.ts';
import { cutAtGluedDate, cutAtTrailingDate, withoutSiteTail } from './title-lines.ts';

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
/** The title made from the first paragraph with words (a lone ':' or '1' left above the text is no sentence). */
export function deriveFirst(texts: string[]): string {
  const at = texts.findIndex((t) => /\p{L}[\s\S]*\p{L}/u.test(t));
  return deriveTitle(texts[at] ?? '', at !== -1 && at < texts.length - 1);
}

export function deriveTitle(paragraph: string, textFollows = false): string {
  // The stop or dash a list marker leaves before the words ("-. 박 의장, …" read as a bullet) ends no sentence.
  // The page's date before the first words is no part of what happened.
  // A page's title with its section after it ("… > World") opens the text: the section is the site's.
  // The tags a headline goes without ("ข่าวเด่น : …", "(LEAD) …") go from the first sentence too (title-glued.ts).
  const opening = withoutSiteTail(withoutOpeningDate(paragraph.replace(LEFT_MARKS, '')));
  const firstParagraph = withoutFilingTags(opening) || opening;
  // A Korean headline run into its lead after the headline's last word ("…한미동맹 논의황교안 대통령 권한대행 …").
  const korean = gluedKoreanHead(firstParagraph);
  if (korean) return korean;
  // A headline run into its date stamp and the page's next line ("…「新年会」 2025年2月1日 最終更新日時 …").
  const glued = cutAtGluedDate(firstParagraph);
  if (glued && !/[.!?。]/u.test(glued.head)) return glued.head;
  // A headline with only its date in figures after it ("… agricultural cooperation 05/30/2023").
  const dated = cutAtTrailingDate(firstParagraph);
  if (dated && !/[.!?。]/u.test(dated.head)) return dated.head;
  // A headline run into its lead with no space, the lead opening on its weekday ("…ambassadeursDonderdag 1 februari …").
  const weekday = headBeforeGluedWeekday(firstParagraph);
  if (weekday) return weekday;
  // A headline run into its lead after a space, the lead opening on a word only a sentence opens on (title-lead-opens.ts).
  const beforeLead = headBeforeLead(firstParagraph);
  if (beforeLead) return beforeLead;
  // A name's initial ("Niniek K. Naryatie") ends no sentence.
  const sentence = (/^.*?(?<!(?:^|[\s(])\p{Lu})[.!?](?=\s|$)/u.exec(firstParagraph)?.[0] ?? firstParagraph).trim();
  // A paragraph of one short sentence, standing alone above the text, is the story told in a line:
  // a headline set as a sentence ("Le président … a reçu hier en audience des émissaires …."), kept whole.
  if (
    textFollows &&
    sentence === firstParagraph.trim() &&
    sentence.length <= WHOLE_LINE &&
    !sentence.includes('\n') &&
    // A teaser cut short ("… los lazos con el...") is no line of its own.
    !/(?:\.\.|…)$/.test(sentence)
  )
    return sentence.replace(/[.。]$/, '');
  return namedEvent(sentence) ?? firstClause(sentence);
}

/** A lower-case letter and, with no space, a capitalised word: where one line was run into the next. */
const CAMEL_JOIN = /(?<=\p{Ll})\p{Lu}\p{Ll}+(?=[\s,])/gu;

/** The headline before a weekday's name glued to its last word, when it is a line of words and no sentence. */
function headBeforeGluedWeekday(paragraph: string): string | null {
  for (const m of paragraph.matchAll(CAMEL_JOIN)) {
    if (!isWeekdayName(m[0])) continue;
    const head = paragraph.slice(0, m.index).trim();
    return wordCount(head) >= 3 && !/[.!?。]/u.test(head) ? head : null;
  }
  return null;
}

/** Stops, dashes and bullets before a paragraph's first word; the "=" a Korean dateline leaves ("(서울=뉴스1) 기자 = …"). */
const LEFT_MARKS = /^[\s.,;:·•=\-–—]+/u;

/** The longest one-sentence first paragraph kept whole as the title. */
const WHOLE_LINE = 220;

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
