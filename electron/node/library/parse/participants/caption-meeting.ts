// A meeting told only under a photo. Some pages tell their meeting in the picture's caption alone
// ("박 군수(왼쪽)와 … 대사가 대사관에서 만나 대화하고 있다. 사진 봉화군", "Bộ trưởng … đón người đồng cấp … (Ảnh: …)")
// and give the text below to what was said. The caption counts as the meeting when it tells one
// as taking place or done, and neither it nor the text says the meeting is still to come, an
// earlier one recalled, or the picture an archive one (a preview is often illustrated so).

import { reportsMeeting } from './meeting.ts';
import { namesTimeAhead, recalledEarlier } from './meeting-plans.ts';
import { meetingSaid } from './meeting-said.ts';
import { ahead } from './meeting-tense.ts';

/** A picture from the archive or an illustration: the meeting it shows is not the record's. */
const FILE_PHOTO =
  /\b(?:file|archive|stock)\s+(?:photo|picture|image)\b|자료\s?사진|資料写真|資料画像|资料图|資料圖|资料照片|資料照片|ảnh\s+(?:tư\s+liệu|minh\s+họa)|Archiv(?:foto|bild)|foto\s+(?:d['’]archivio|de\s+archivo|arsip|de\s+arquivo)|ilustrasi/iu;

/** How many of the text's first paragraphs are asked whether they tell the meeting as still to come. */
const LEAD = 8;

/** The sentences of a line. */
const sentencesOf = (p: string): string[] => p.split(/(?<=[.!?。])\s+|\n/u).filter((s) => s.trim() !== '');

/**
 * The photo captions that tell the meeting the text leaves untold: each with a meeting word, not ahead, not dated to
 * an earlier time; none when a caption is an archive picture or a sentence of the headline or the text's lead tells a
 * meeting still to come.
 */
export function meetingCaptions(captions: readonly string[], paragraphs: string[], title: string | null): string[] {
  if (captions.some((c) => FILE_PHOTO.test(c))) return [];
  const told = captions.filter((c) => meetingSaid(c) && !ahead(c) && !recalledEarlier(c) && !namesTimeAhead(c));
  if (told.length === 0) return [];
  const lead = [title ?? '', ...paragraphs.slice(0, LEAD)].flatMap(sentencesOf);
  if (lead.some((s) => meetingSaid(s) && (ahead(s) || namesTimeAhead(s)))) return [];
  // The record's own vetoes still hold: a press conference, a speech, a question, a departure.
  return reportsMeeting([...told, ...paragraphs], title) ? told : [];
}

/**
 * The people of a meeting told only in captions: those the captions telling it name, when one of those captions names
 * two at least (the two sides; a name read from the text alone is not one the picture shows).
 */
export function pictureSides<P extends { name: string | null }>(found: P[], told: readonly string[]): P[] {
  const shows = (c: string, p: P): boolean => p.name !== null && p.name !== '' && c.includes(p.name);
  const named = (c: string): P[] => found.filter((p) => shows(c, p));
  return told.some((c) => named(c).length >= 2) ? found.filter((p) => told.some((c) => shows(c, p))) : [];
}
