// Plain-text meeting record → ParsedRecord. Pure: no I/O, same text gives the same result.
// Each reading rule offers candidates with their evidence; one resolver (evidence.ts) picks.
// Order matters only where one field anchors another: the publication date anchors the
// meeting date ("yesterday", "on Tuesday", "18일").

import { BriefbookError } from '../../../shared/errors.ts';
import { PARTICIPANT_TEXT_CHARS } from '../../../shared/limits.ts';
import type { RecordEvidence } from '../../../shared/types/evidence.ts';
import type { DateNote, Participant } from '../../../shared/types.ts';
import { leadingParagraphs } from '../extract/long-text.ts';
import { creditCandidates } from './credits.ts';
import { LOG_OF_DAYS } from './dates/fallback.ts';
import { doubtStaleDates, printsUnixEpoch } from './dates/stale.ts';
import { headsRelatedList } from './dates/story-list.ts';
import { utcDayYields } from './dates/utc-day.ts';
import { dateReader, readMeetingDate } from './dates.ts';
import { type Candidate, candidate, resolveField } from './evidence.ts';
import { readHeader } from './header.ts';
import { detectLanguage } from './language.ts';
import { labelParagraphs, splitParagraphs } from './paragraphs.ts';
import { meetingCaptions, pictureSides } from './participants/caption-meeting.ts';
import { deniesMeeting, reportsMeeting } from './participants/meeting.ts';
import type { MentionsRead } from './participants/types.ts';
import { findParticipants, hostCountryOf } from './participants.ts';
import { withoutPinyinGlosses } from './pinyin-glosses.ts';
import { findPlace } from './place.ts';
import { extractPublisher } from './publisher.ts';
import { governmentCountry, publisherName } from './publisher-names.ts';
import { deriveFirst } from './title-derive.ts';
import { withoutOwnOutlet } from './title-tails.ts';
import type { ParsedRecord, ParseOptions, PeopleDirectory } from './types.ts';

export type { ParsedRecord, ParseOptions } from './types.ts';

export function parseRecordText(source: string, opts: ParseOptions = {}): ParsedRecord {
  const hints = opts.hints ?? {};
  // A mirror's pinyin glosses ("市長(zhǎng)") are read past; the record keeps them (pinyin-glosses.ts).
  const text = withoutPinyinGlosses(source);
  // Dates are read once per line in this parse, however many rules look at the line.
  // A page not in English writes its numeric dates day first, even beside an AM/PM clock (dates/forms.ts).
  const dates = dateReader(detectLanguage(text) !== 'en');
  const header = readHeader(text, hints, dates);
  const { publisher: stated, paragraphs: raw, datelinePlace } = extractPublisher(splitParagraphs(header.lines));
  const paragraphs = labelParagraphs(raw);
  if (paragraphs.length === 0) {
    throw new BriefbookError(
      'IMPORT_EMPTY',
      'This text has no paragraphs to import: it is empty or only page menus and headers. Copy the text of the press release or readout itself.',
    );
  }
  const texts = paragraphs.map((p) => p.text);
  const found: Candidate[] = [
    // A page stamped in UTC whose own time gives the neighbouring day: that day (dates/utc-day.ts).
    ...utcDayYields(doubtStaleDates(header.candidates, texts, dates)),
    ...candidate('publisher', stated, 'dateline', 0.7, 'from the news-agency tag that opens the text'),
    ...creditCandidates(texts),
  ];

  // A weekday, page chrome or a photo credit that a rule took for the outlet is none.
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i] as Candidate;
    if (c.field !== 'publisher') continue;
    const name = publisherName(c.value);
    if (name === null) found.splice(i, 1);
    else if (name !== c.value) found[i] = { ...c, value: name };
  }
  const publisher = resolveField('publisher', found);
  let publishedAt = resolveField('publishedAt', found);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  // The page's first lines, as far as a list of other stories ("Related News"), whose dates and places are theirs.
  const related = lines.slice(0, 12).findIndex(headsRelatedList);
  const head = lines.slice(0, related === -1 ? 12 : related).filter((l) => !printsUnixEpoch(l, dates));
  // A press conference, a speech or a letter reports no meeting: whatever date its lead gives is not one.
  const headline = resolveField('title', found);
  // The outlet's name printed beside the headline ("… – Isto É") is the site's, when the record names it its publisher.
  const ownTitle = headline.value === null ? headline : { ...headline, value: withoutOwnOutlet(headline.value, publisher.value) };
  // …nor does one whose first line denies it ('Kovač se nije sastao s …'), a headline the header may have set aside.
  // Asked once: the participant rules read the same decision (participants/find.ts).
  const meetingReported = reportsMeeting(texts, ownTitle.value, hints.captions);
  const reports = meetingReported && !deniesMeeting(lines[0] ?? '');
  const meetingRead = reports
    ? readMeetingDate(
        texts,
        publishedAt.value,
        publishedAt.why,
        head,
        dates,
        // Two dates the page gives for itself disagree: counting "today" from either would invent a day.
        publishedAt.value === null && new Set(publishedAt.candidates.map((c) => c.value)).size > 1,
      )
    : null;
  if (meetingRead) found.push(...meetingRead.candidates);
  // Talks the lead tells as still to come, and no meeting held: a preview, whose people have not met yet.
  const talksAhead = meetingRead?.ahead === true;
  const meets = reports && !talksAhead;
  const meetingDate = resolveField('meetingDate', found);
  // A page of entries of several days ("令和6年9月30日 … 令和6年7月19日 …"): the date the header read is its first entry's, not the page's.
  if (publishedAt.value !== null && meetingDate.value === publishedAt.value && meetingDate.why.startsWith(LOG_OF_DAYS)) {
    for (const [i, c] of found.entries())
      if (c.field === 'publishedAt' && c.value === publishedAt.value)
        found[i] = {
          ...c,
          confidence: Math.min(c.confidence, 0.3),
          why: `${c.why}, though it dates the first of several entries, not the page`,
        };
    publishedAt = resolveField('publishedAt', found);
  }

  const titleEvidence =
    ownTitle.value !== null
      ? ownTitle
      : resolveField(
          'title',
          candidate(
            'title',
            // The first paragraph with words: a lone ':' or '1' left above the text is no sentence.
            deriveFirst(texts),
            'derived',
            0.3,
            'made from the first sentence: the record has no headline',
          ),
        );

  // The place is the meeting's: a preview, a speech or a statement names cities (where a trip is bound,
  // where a speech was given) that are no meeting place. On the corpus: 15 places of records with no
  // meeting taken out (15 publishers), 2 meetings' places lost where the meeting went unseen.
  const placeRead = meets ? findPlace(texts, { title: ownTitle.value, dateline: datelinePlace, head, dates }) : null;
  found.push(...candidate('place', placeRead?.place ?? null, 'body', placeRead?.confidence ?? 0, placeRead?.why ?? ''));
  const place = resolveField('place', found);
  found.push(
    ...candidate(
      'language',
      detectLanguage(`${ownTitle.value ?? ''}\n${texts.join('\n')}`),
      'body',
      0.9,
      'from the letters and words of the text',
    ),
  );
  const language = resolveField('language', found);

  const participants = talksAhead
    ? []
    : readParticipants(
        texts,
        header.captions ?? [],
        {
          title: ownTitle.value,
          publisher: publisher.value,
          place: place.value,
          pageCaptions: hints.captions,
          meetingReported,
        },
        opts.directory,
        opts.mentionsRead,
      );

  const evidence: RecordEvidence = {
    title: titleEvidence,
    publisher,
    publishedAt,
    meetingDate,
    place,
    language,
  };
  return {
    title: titleEvidence.value ?? '',
    titleDerived: ownTitle.value === null,
    publisher: publisher.value,
    publishedAt: publishedAt.value,
    meetingDate: meetingDate.value,
    place: place.value,
    language: language.value ?? 'und',
    participants,
    paragraphs,
    dateNotes: dateNotesOf(evidence),
    ...(header.captions?.length ? { captions: header.captions } : {}),
    ...(talksAhead ? { talksAhead: true } : {}),
    meetingReported,
    evidence,
    source: { text: source, hints },
  };
}

/** The older "how a date was obtained" notes, kept for callers that read them. */
/**
 * Who took part: the last step of a parse, and the only one that asks the people directory (who is
 * known), given what the steps before it read (the record's own headline, publisher and place).
 */
function readParticipants(
  texts: string[],
  captions: string[],
  read: {
    title: string | null;
    publisher: string | null;
    place: string | null;
    pageCaptions?: readonly string[] | undefined;
    meetingReported?: boolean | undefined;
  },
  directory: PeopleDirectory | undefined,
  mentionsRead: MentionsRead[] | undefined,
): Participant[] {
  // A meeting told only in a photo's caption the text opens on gives the people the captions name, not a date read
  // from the text. A caption the page marked up under its photo stays the photo's story (parse-meeting-page-captions).
  const told = read.meetingReported === false ? meetingCaptions(captions, texts, read.title) : [];
  const captionOnly = told.length > 0;
  const context = {
    publisherCountry: governmentCountry(read.publisher),
    hostCountry: hostCountryOf(read.place),
    title: read.title,
    ...(read.pageCaptions?.length ? { pageCaptions: read.pageCaptions } : {}),
    ...(read.meetingReported === undefined ? {} : { meetingReported: read.meetingReported || captionOnly }),
    ...(directory ? { directory } : {}),
    ...(mentionsRead ? { mentionsRead } : {}),
  };
  // Bounded: the mention rules grow faster than the text, and who met is said near the top.
  const found = findParticipants(leadingParagraphs(texts, PARTICIPANT_TEXT_CHARS), context, captions);
  return captionOnly ? pictureSides(found, told) : found;
}

/**
 * A parsed record as a new parse against `directory` would read it: only its participants are read
 * again (nothing else asks the directory). For a record parsed ahead, after the records stored
 * before it taught the directory a name it mentions. `mentionsRead`, left by that parse: only the
 * directory's own rule then runs again (the others never ask it), so the reading costs little.
 */
export function withDirectory(parsed: ParsedRecord, directory: PeopleDirectory, mentionsRead?: MentionsRead[]): ParsedRecord {
  if (parsed.talksAhead) return parsed;
  const read = {
    title: parsed.titleDerived ? null : parsed.title,
    publisher: parsed.publisher,
    place: parsed.place,
    pageCaptions: parsed.source?.hints.captions,
    meetingReported: parsed.meetingReported,
  };
  return {
    ...parsed,
    participants: readParticipants(
      parsed.paragraphs.map((p) => p.text),
      parsed.captions ?? [],
      read,
      directory,
      mentionsRead,
    ),
  };
}

function dateNotesOf(evidence: RecordEvidence): DateNote[] {
  const notes: DateNote[] = [];
  for (const field of ['publishedAt', 'meetingDate'] as const) {
    const e = evidence[field];
    // Only dates worked out from another (a weekday, "이날", a day without its year), as before.
    if (e?.value && e.candidates[0]?.source === 'body' && /publication date/.test(e.why)) {
      notes.push({ field, value: e.value, from: e.why });
    }
  }
  return notes;
}
