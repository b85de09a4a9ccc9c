// The shapes the participant rules share: a mention is one place the text names or points at a
// person; a person gathers the mentions of one individual.

export type Mention = {
  index: number;
  /** "Park Geun-hye's trip": the person is what the clause is about, not who was in the room. */
  possessive?: boolean;
  /** Greetings conveyed, thanked, congratulated, quoted, "on behalf of": mentioned, not present. */
  passing?: boolean;
  /** In a sentence about what will happen ("will meet", "is scheduled to"): not this meeting. */
  future?: boolean;
  surface: string;
  name: string | null;
  /** The same name in another script, written beside it: "왕이(王毅)", "Bùi Thanh Sơn (부이 타인 선)". */
  alias?: string;
  role: string | null;
  country: string | null;
  /** Where the country came from when the words around the name did not say it. */
  countryFrom?: string;
  kind: 'named' | 'role' | 'generic' | 'host' | 'guest';
  /** What the mention looked like, for the reader: "named with a title". */
  how: string;
  /** Found only because the people directory knows the name. */
  directory?: boolean;
  /** Named in a list of those attending or of a delegation: in the room whatever the role. */
  attending?: boolean;
  /** Read from one plural office over several countries: where that office stands. */
  officeList?: number;
  /** Named as the wife, daughter or son-in-law who came along: the name may hold the leader's ("Iriana Joko Widodo"). */
  kin?: boolean;
};

export type Person = {
  name: string | null;
  tokens: string[];
  role: string | null;
  country: string | null;
  first: number;
  mentions: Mention[];
  /** Where the country came from when the mentions did not say it. */
  countryFrom?: string;
};

import type { PeopleDirectory } from '../../../../shared/people.ts';

export type { KnownPerson, PeopleDirectory } from '../../../../shared/people.ts';

/**
 * What the rules that never ask the people directory found in a text: the mentions kept, the spans
 * read (a source's span is read but not kept) and where each kept mention ends. A reading against a
 * newer directory starts from it and runs only the directory's own rule, which comes last.
 */
export type MentionsRead = { text: string; mentions: Mention[]; covered: [number, number][]; ends: [number, number][] };

export type ParticipantContext = {
  publisherCountry: string | null;
  hostCountry: string | null;
  directory?: PeopleDirectory;
  /** Readings of this record's texts from an earlier parse, and where a parse leaves its own. */
  mentionsRead?: MentionsRead[];
  /** The record's own headline: a briefing or press conference says so there. */
  title?: string | null;
  /** What the page marks as photo captions among the paragraphs: kept out of the decision whether anyone met. */
  pageCaptions?: readonly string[];
  /** Whether the record tells of a meeting, when the parse has asked already (reportsMeeting, the costliest question, asked once). */
  meetingReported?: boolean;
};
