// Reading dates (dates/forms.ts, dates/relative.ts) and the meeting date (dates/meeting.ts).

export { dateOfDateLine, pageDateOfDateLine } from './dates/date-line.ts';
export {
  type DateMention,
  type DateReader,
  dateReader,
  findDateMentions,
  firstFullDate,
  isFull,
  iso,
  READ_ALWAYS,
} from './dates/forms.ts';
export { meetingDateCandidates, readMeetingDate } from './dates/meeting.ts';
