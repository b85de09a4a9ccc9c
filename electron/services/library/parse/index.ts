// Plain-text meeting record → ParsedRecord. Pure: no I/O, same text gives the same result.

import { BriefbookError } from '../../../api/errors.ts';
import type { DateNote } from '../../../api/types.ts';
import { removeChrome } from './chrome.ts';
import { firstFullDate, findMeetingDate } from './dates.ts';
import { detectLanguage } from './language.ts';
import { labelParagraphs, splitParagraphs } from './paragraphs.ts';
import { findParticipants, hostCountryOf } from './participants.ts';
import { findPlace } from './place.ts';
import { extractPublisher, governmentCountry } from './publisher.ts';
import { deriveTitle, takeTitle } from './title.ts';
import { normalizeText } from './text.ts';
import type { ParsedRecord, ParseOptions } from './types.ts';

export type { ParsedRecord, ParseOptions } from './types.ts';

export function parseRecordText(text: string, _opts: ParseOptions = {}): ParsedRecord {
  const lines = normalizeText(text).split('\n');
  const chrome = removeChrome(lines);
  const heading = takeTitle(chrome.lines, chrome.subject, chrome.hadChrome);
  const { publisher: stated, paragraphs: raw } = extractPublisher(splitParagraphs(heading.lines));
  const paragraphs = labelParagraphs(raw);
  if (paragraphs.length === 0) {
    throw new BriefbookError(
      'IMPORT_EMPTY',
      'This text has no paragraphs to import: it is empty or only page menus and headers. Copy the text of the press release or readout itself.',
    );
  }
  const texts = paragraphs.map((p) => p.text);

  const publisher = chrome.publisher ?? stated;
  const publishedAt = (chrome.dateLine !== null ? firstFullDate(chrome.dateLine) : null) ?? heading.headerDate;
  const meeting = findMeetingDate(texts, publishedAt);
  const dateNotes: DateNote[] = meeting.note ? [meeting.note] : [];
  const place = findPlace(texts);
  const title = heading.title ?? deriveTitle(texts[0] ?? '');

  return {
    title,
    titleDerived: heading.title === null,
    publisher,
    publishedAt,
    meetingDate: meeting.date,
    place,
    language: detectLanguage(`${heading.title ?? ''}\n${texts.join('\n')}`),
    participants: findParticipants(texts, { publisherCountry: governmentCountry(publisher), hostCountry: hostCountryOf(place) }),
    paragraphs,
    dateNotes,
  };
}
