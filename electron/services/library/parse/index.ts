// Plain-text meeting record → ParsedRecord. Pure: no I/O, same text gives the same result.

import { BriefbookError } from '../../../api/errors.ts';
import type { DateNote } from '../../../api/types.ts';
import { removeChrome } from './chrome.ts';
import { findMeetingDate, firstFullDate } from './dates.ts';
import { detectLanguage } from './language.ts';
import { labelParagraphs, splitParagraphs } from './paragraphs.ts';
import { findParticipants, hostCountryOf } from './participants.ts';
import { findPlace } from './place.ts';
import { extractPublisher, governmentCountry } from './publisher.ts';
import { normalizeText } from './text.ts';
import { deriveTitle, takeTitle } from './title.ts';
import type { ParsedRecord, ParseOptions } from './types.ts';

export type { ParsedRecord, ParseOptions } from './types.ts';

export function parseRecordText(text: string, opts: ParseOptions = {}): ParsedRecord {
  const hints = opts.hints ?? {};
  const lines = normalizeText(text).split('\n');
  const chrome = removeChrome(lines);
  const heading = takeTitle(chrome.lines, chrome.subject, chrome.hadChrome, hints.title ?? null);
  const { publisher: stated, paragraphs: raw, datelinePlace } = extractPublisher(splitParagraphs(heading.lines));
  const paragraphs = labelParagraphs(raw);
  if (paragraphs.length === 0) {
    throw new BriefbookError(
      'IMPORT_EMPTY',
      'This text has no paragraphs to import: it is empty or only page menus and headers. Copy the text of the press release or readout itself.',
    );
  }
  const texts = paragraphs.map((p) => p.text);

  // The site or file names its owner more reliably than a tag in the text ("WVR/VNA -" on the
  // page of The World and Vietnam Report); a letterhead is the issuing body itself.
  const publisher = chrome.publisher ?? nonEmpty(hints.publisher) ?? heading.publisher ?? stated;
  const publishedAt =
    (chrome.dateLine !== null ? firstFullDate(chrome.dateLine) : null) ?? heading.headerDate ?? nonEmpty(hints.publishedAt);
  const meeting = findMeetingDate(texts, publishedAt);
  const dateNotes: DateNote[] = meeting.note ? [meeting.note] : [];
  const ownTitle = heading.title ?? nonEmpty(hints.title);
  const title = ownTitle ?? deriveTitle(texts[0] ?? '');
  const place = findPlace(texts, { title: ownTitle, dateline: datelinePlace });

  return {
    title,
    titleDerived: ownTitle === null,
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

const nonEmpty = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);
