// Whether a heading line can be a headline at all: not a date, a credit, a byline, a release number,
// a caption, a label or a sentence of the text.

import { headlineOfDay } from './byline.ts';
import { type DateReader, dateOfDateLine } from './dates.ts';
import { readMarker } from './paragraphs.ts';
import { ADDRESS_GREETING } from './participants/meeting-words.ts';
import { wordCount } from './text.ts';
import { isPhotoCaption } from './title-caption.ts';
import { CONTACT, isCapitals, SPACED_LETTERS } from './title-letterhead.ts';
import {
  CLOCKED,
  ERA_DATE,
  isDateOnly,
  isDoubledLabel,
  isWriterByline,
  RELEASE_KIND,
  RELEASE_NUMBER,
  STAFF_CREDIT,
} from './title-lines.ts';
import { endsSentenceHere, size } from './title-prose.ts';
import { asksAsHeadline, isOpeningHours, isWidgetLine } from './title-shapes.ts';

/** A credit or caption, not a headline: "Nguyễn Phương (Theo Yonhap)", "… Kementerian Luar Negeri. TEMPO/Istman". */
export const CREDIT_LINE =
  /\((?:theo|nguồn|via|source|according to|sumber|출처|来源)\b[^)]*\)$|\((?:file\s+)?(?:photo|picture|pic|image)\s*[|:/][^)]*\)$/iu;
/**
 * A sentence's end inside a line, then more words: a lead, not a headline. A courtesy title's full stop
 * ("Hon. PM National Day Message", "Press Release on the Hon. Foreign Minister's …", "Gen. X visits …",
 * "Participa el Alcalde Mtro. X en …", "Cllr. X welcomes …") ends no sentence; titles of one lowercase
 * letter ("Mr.", "Dr.") never read as one.
 */
export const HAS_SENTENCE_INSIDE =
  /(?<![\p{L}\p{M}])(?!(?:Hon|Mrs|Messrs|Prof|Gen|Sen|Rep|Gov|Amb|Capt|Sgt|Rev|Cllr|Sra|Srta|Dra|Lic|Ing|Mtro|Mtra|Arq|Gral|Profr|Profa|Pdte|Abg|Drs|Mme|Mlle|Mgr)\.)[\p{L}\p{M}]*\p{Ll}{2}[.!?]\s+\S/u;

/**
 * A sentence ended inside the line, then more of it: a photo's caption with its credit or the names it shows
 * ("… 공식 환영식에 참석했다. 연합뉴스", "… 촬영하고 있다.(좌로부터 …)"), or a caption run into its credit with no
 * space ("El alcalde de Guayaquil, Aquiles Álvarez.X de Aquiles Álvarez"). Korean sentences end on 다, letters
 * HAS_SENTENCE_INSIDE (lowercase before the stop) does not read; a headline says what happened without a stop.
 * Read under the copy's first line only (title.ts): a caption opening the copy is left to the text for now. A quote's
 * sentences ("이번 … 기쁩니다. 이는 …") are a pull quote's, which the lead rules weigh (title-lead.ts).
 */
export const SENTENCE_THEN_MORE =
  /^(?!\s*["“”'‘’「『])[\s\S]*?(?:\p{Script=Hangul}다\.(?:\s+|(?=[(（]))\S|\p{Ll}{2}[.!?]\p{Lu}\p{Ll}*\s+\S)/u;

/**
 * A run of words in lowercase letters only, three or more, opening on a letter ("wagub sumut bersama dpr aceh"): the
 * story's address slug or its tags, never its headline, which writes its names with their capitals.
 */
const isLowercaseSlug = (line: string): boolean => {
  const t = line.trim();
  return /^\p{Ll}/u.test(t) && wordCount(t) >= 3 && /^[\p{Ll}\p{M}\p{N}\s,.'’-]+$/u.test(t);
};

/** A line opening on a table cell's border and ending on one, an empty cell or more allowed. */
const TABLE_ROW = /^\s*\|[^|]+\|(?:\s*\|)+\s*$/u;

/** A line that is only a date, a headline's mark; not a headline that ends on its day in brackets ("…メッセージ(令和2年5月26日)"). */
export const isDateMark = (line: string, dates: DateReader): boolean =>
  dateOfDateLine(line, dates) !== null && !headlineOfDay(line);

export const isTitleLike = (line: string, dates: DateReader): boolean =>
  /\p{L}/u.test(line) &&
  // A row of a page laid out in a table ("| Regional politics | |"): its navigation, not the headline.
  !TABLE_ROW.test(line) &&
  !RELEASE_NUMBER.test(line) &&
  !RELEASE_KIND.test(line.trim()) &&
  !SPACED_LETTERS.test(line.trim()) &&
  !(CONTACT.test(line) && wordCount(line) <= 12) &&
  wordCount(line) <= 60 &&
  (!endsSentenceHere(line) || isCapitals(line) || asksAsHeadline(line, size)) &&
  !STAFF_CREDIT.test(line) &&
  !isWriterByline(line) &&
  !isDoubledLabel(line) &&
  !isLowercaseSlug(line) &&
  !isWidgetLine(line) &&
  !isOpeningHours(line) &&
  // "Minister X said before leaving:" introduces a quotation; a headline does not end on a colon.
  !(/[:：]$/.test(line) && wordCount(line) >= 3) &&
  !CREDIT_LINE.test(line) &&
  !isPhotoCaption(line) &&
  // A speech's greeting to its audience ("동포 여러분 안녕하십니까?", "Ladies and gentlemen,"): its first words, not its title.
  !ADDRESS_GREETING.test(line.trim()) &&
  !HAS_SENTENCE_INSIDE.test(line) &&
  readMarker(line).marker.kind === 'none' &&
  !isDateMark(line, dates) &&
  !ERA_DATE.test(line) &&
  !CLOCKED.test(line) &&
  !isDateOnly(line);
