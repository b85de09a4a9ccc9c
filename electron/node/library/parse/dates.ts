// Reading dates (dates/forms.ts, dates/relative.ts) and the meeting date (dates/meeting.ts).
export {
  type DateMention,
  type DateReader,
  dateOfDateLine,
  dateReader,
  findDateMentions,
  firstFullDate,
  isFull,
  iso,
  pageDateOfDateLine,
  READ_ALWAYS,
} from './dates/forms.ts';
export { meetingDateCandidates, readMeetingDate } from './dates/meeting.ts';
