// Topics, faceted search, the topic timeline and the commitment ledger.
import type { SnippetPart } from './snippet.ts';

// —— Topics, faceted search, the topic timeline and the commitment ledger (issue 7) ——

export type TopicAlias = {
  alias: string;
  /** Set when the alias means this topic only for one side's records ("East Sea" for Viet Nam). */
  sourceCountry: string | null;
  builtin: boolean;
};

export type Topic = {
  id: string;
  name: string;
  /** Subjects are shown as tags; countries only widen searches ("Vietnam" finds "Viet Nam"). */
  kind: 'subject' | 'country';
  builtin: boolean;
  aliases: TopicAlias[];
  paragraphCount: number;
};

export type ParagraphTopic = {
  paragraphId: string;
  topicId: string;
  name: string;
  kind: 'subject' | 'country';
  /** Added by the user (kept whatever the aliases say). */
  byUser: boolean;
  /** Read from who is speaking ("East Sea" in a Vietnamese source), with the reason. */
  inferred: boolean;
  reason: string | null;
  /** The words that matched, as written. */
  matched: string | null;
};

export type SearchFilters = {
  /** A topic id, name or alias. */
  topic?: string | undefined;
  /** The counterpart country (any way of writing it: "Vietnam", "ROK"). */
  country?: string | undefined;
  /** A participant's name (diacritics and case ignored). */
  participant?: string | undefined;
  publisher?: string | undefined;
  /** YYYY-MM-DD, inclusive, against the meeting date (else the publication date). */
  from?: string | undefined;
  to?: string | undefined;
};

/** How a paragraph came to match: the words typed, another name of the topic, or its topic tag. */
export type MatchKind = 'literal' | 'alias' | 'tag';

export type GroupedHit = {
  paragraphId: string;
  label: string;
  snippet: SnippetPart[];
  via: MatchKind;
  topics: { id: string; name: string; inferred: boolean }[];
};

export type RecordGroup = {
  recordId: string;
  title: string;
  publisher: string | null;
  date: string | null;
  sourceCountry: string | null;
  /** The record's best matching paragraphs (a few; search.run's perRecord). */
  hits: GroupedHit[];
  /** How many more of its paragraphs match than `hits` shows. */
  otherHits?: number;
};

export type FacetValue = { value: string; label: string; count: number };

export type SearchResult = {
  query: string;
  /** The topic the query named, whose other names and tags widened the search. */
  topic: { id: string; name: string } | null;
  /** Matching paragraphs, in every record (not only this page's). */
  total: number;
  /** True when there were more matches than Briefbook lists (narrow the search to see the rest). */
  truncated: boolean;
  /** Records with a match, in all: the groups are one page of them, best first. */
  records: number;
  /** Records before this page; `nextOffset` asks for the next page (null: this is the last). */
  offset: number;
  nextOffset: number | null;
  groups: RecordGroup[];
  /** Counted over every matching paragraph and record, not only this page. */
  facets: { topic: FacetValue[]; country: FacetValue[]; participant: FacetValue[]; publisher: FacetValue[]; years: FacetValue[] };
};

export type SavedSearch = { id: string; name: string; query: string; filters: SearchFilters; createdAt: string };

export type Counterpart = { country: string; records: number; lastDate: string | null };

export type Side = 'ours' | 'theirs' | 'unknown';

export type TimelineRecord = {
  recordId: string;
  title: string;
  publisher: string | null;
  date: string | null;
  side: Side;
  sourceCountry: string | null;
  sideReason: string;
  paragraphs: {
    id: string;
    label: string;
    text: string;
    inferred: boolean;
    reason: string | null;
    /** The paragraph's own side when its speaker is on the other side from the record's (e.g. a quote); else the record's. */
    side?: Side;
  }[];
};

/** One meeting: the records of it from both sides (dated within a few days of each other). */
export type Meeting = { date: string | null; title: string; records: TimelineRecord[] };

export type TopicTimeline = { topic: { id: string; name: string }; counterpart: string; meetings: Meeting[] };

export type CommitmentStatus = 'open' | 'in-progress' | 'done' | 'dropped';

export type LedgerEntry = {
  id: string;
  recordId: string;
  recordTitle: string;
  paragraphId: string;
  label: string;
  /** "Both sides", a participant ("Kang Kyung-wha") or a country. */
  who: string;
  whoCountry: string | null;
  /** The person `who` is in the people directory (one entry however the record spells them); null for a side or a country. */
  person?: { id: string; name: string } | null;
  kind: 'agreed' | 'decided' | 'will' | 'proposed' | 'requested' | 'suggested';
  /** The commitment in the record's words, from its verb: "agreed to conclude the … agreement". */
  what: string;
  sentence: string;
  date: string | null;
  status: CommitmentStatus;
  note: string;
  /** The same commitment in an earlier record. */
  previous: { id: string; recordTitle: string; date: string | null; similarity: number } | null;
  /** Later records where it came up again. */
  later: { id: string; recordTitle: string; date: string | null }[];
};

export type LastMeeting = {
  counterpart: string;
  meeting: Meeting | null;
  /** What was agreed at it (and undertaken by either side), from the ledger. */
  agreed: LedgerEntry[];
};
