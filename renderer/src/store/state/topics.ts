// The shape of the store's topics slice (types only: the slice's behaviour is in ../topics.ts).
import type {
  CommitmentStatus,
  Counterpart,
  LastMeeting,
  LedgerEntry,
  ParagraphTopic,
  SavedSearch,
  SearchFilters,
  SearchResult,
  Topic,
  TopicTimeline,
} from '../../../../electron/shared/types.ts';
import type { Status } from './status.ts';

export type TopicsSlice = {
  topics: Topic[];
  counterparts: Counterpart[];
  homeCountry: string | null;
  /** The counterpart the topic view and the ledger show. */
  counterpart: string | null;
  topicId: string | null;
  timeline: TopicTimeline | null;
  timelineStatus: Status;
  lastMeeting: LastMeeting | null;
  ledger: LedgerEntry[];
  ledgerStatus: Status;
  searchQuery: string;
  searchFilters: SearchFilters;
  searchResult: SearchResult | null;
  facetedSearchStatus: Status;
  savedSearches: SavedSearch[];
  paragraphTags: ParagraphTopic[];
  paragraphTagsRecordId: string | null;

  loadTopics: () => Promise<void>;
  loadCounterparts: () => Promise<void>;
  chooseCounterpart: (country: string) => Promise<void>;
  chooseTopic: (topicId: string) => Promise<void>;
  loadTimeline: () => Promise<void>;
  loadLedger: () => Promise<void>;
  setCommitment: (id: string, change: { status?: CommitmentStatus; note?: string }) => Promise<void>;
  fillBookFromLedger: () => Promise<number | null>;
  createTopic: (name: string, aliases: string[]) => Promise<Topic | null>;
  addAlias: (topicId: string, alias: string, sourceCountry: string | null) => Promise<boolean>;
  setSearchQuery: (query: string) => void;
  setSearchFilter: (key: keyof SearchFilters, value: string | undefined) => Promise<void>;
  runSearch: () => Promise<void>;
  /** The next page of records for the current search (appended). */
  moreSearchResults: () => Promise<void>;
  moreResultsLoading: boolean;
  loadSavedSearches: () => Promise<void>;
  saveSearch: (name: string) => Promise<void>;
  applySavedSearch: (saved: SavedSearch) => Promise<void>;
  removeSavedSearch: (id: string) => Promise<void>;
  loadParagraphTags: (recordId: string) => Promise<void>;
  tagParagraph: (paragraphId: string, topicId: string, on: boolean) => Promise<void>;
};
