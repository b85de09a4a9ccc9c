import type { RecordEvidence } from '../../../shared/types/evidence.ts';
import type { DateNote, Participant } from '../../../shared/types.ts';
import type { Candidate } from './evidence.ts';
import type { MentionsRead } from './participants/types.ts';

export type { MentionsRead } from './participants/types.ts';

/** What the text parser understands of one meeting record, before it is stored. */
export type ParsedRecord = {
  title: string;
  /** True when the record has no title of its own and one was made from its first sentence. */
  titleDerived: boolean;
  publisher: string | null;
  /** YYYY-MM-DD or null. */
  publishedAt: string | null;
  /** YYYY-MM-DD or null; resolved against publishedAt when the text gives only day and month. */
  meetingDate: string | null;
  place: string | null;
  /** BCP-47 primary tag: 'en', 'ko', 'vi'… */
  language: string;
  participants: Participant[];
  /** In reading order; label is the record's own numbering ("1", "2.1") or a sequential number. */
  paragraphs: { label: string; text: string }[];
  dateNotes: DateNote[];
  /** Photo captions set aside from the text, read again with it for who met. */
  captions?: string[];
  /** The record only announces talks still to come (a preview, a schedule): no one has met, so no one is listed. */
  talksAhead?: boolean;
  /** Whether the record tells of a meeting (participants/meeting.ts), as the participant rules read it; absent: ask again. */
  meetingReported?: boolean;
  /** Every field's candidates, the chosen value and how sure it is. */
  evidence: RecordEvidence;
  /** What was read, so a better parser can read it again later (absent for records from a .briefbook). */
  source?: { text: string; hints: ParseHints };
};

/** What the file itself says (a page's metadata, a PDF's or Word file's properties): used where the text is silent. */
export type ParseHints = {
  title?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  language?: string | null;
  /** Richer evidence the file carries (meta tags, JSON-LD, front matter), each with its reason. */
  candidates?: Candidate[];
  /** What a page marks as photo captions: kept out of the decision whether the record reports a meeting. */
  captions?: string[];
};

/** A known person: the people directory's answer for a name it recognises. */
export type KnownPerson = { name: string; role: string | null; country: string | null };

/**
 * Known people with their name in every script (the people directory, as a snapshot taken
 * before parsing): the parser stays pure and gives the same answer for the same text and directory.
 */
export type PeopleDirectory = { lookup(name: string): KnownPerson | null };

export type ParseOptions = {
  fileName?: string;
  hints?: ParseHints;
  directory?: PeopleDirectory;
  /** Where the participant rules leave what they read without the directory (see withDirectory). */
  mentionsRead?: MentionsRead[];
};
