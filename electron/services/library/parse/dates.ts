// Reading dates (dates/forms.ts, dates/relative.ts) and the meeting date (dates/meeting.ts).
export { type DateMention, dateOfDateLine, findDateMentions, firstFullDate, iso } from './dates/forms.ts';
export { meetingDateCandidates } from './dates/meeting.ts';
