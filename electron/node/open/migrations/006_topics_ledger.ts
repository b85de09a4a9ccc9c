// Topics and their aliases, the topics each paragraph touches, the side each record speaks for,
// the commitment ledger and saved searches.
// The shipped topic list is written by migration 013 (a newer one at open, migrations/catalogue.ts),
// and the paragraphs already in the library are tagged by migration 013 too ('topics_pending', the
// flag releases before it checked on every request, is cleared there).
export const sql = `
CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'subject',
  builtin INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

-- source_country '' = the alias means the topic whoever speaks; else only for that country's records.
CREATE TABLE topic_aliases (
  topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  folded TEXT NOT NULL,
  source_country TEXT NOT NULL DEFAULT '',
  builtin INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (topic_id, folded, source_country)
);

-- origin: 'auto' (found by the aliases), 'user' (added by hand), 'removed' (taken off by hand;
-- kept so that tagging again never puts it back).
CREATE TABLE paragraph_topics (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  inferred INTEGER NOT NULL DEFAULT 0,
  reason TEXT,
  matched TEXT,
  PRIMARY KEY (paragraph_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX paragraph_topics_by_topic ON paragraph_topics(topic_id, origin, record_id);
CREATE INDEX paragraph_topics_by_record ON paragraph_topics(record_id);

-- Which country a record speaks for (its publisher, language or title), and everyone in it.
CREATE TABLE record_sides (
  record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  source_country TEXT,
  reason TEXT NOT NULL,
  date TEXT,
  indexed_at TEXT NOT NULL
);
CREATE INDEX record_sides_by_date ON record_sides(date);
CREATE TABLE record_countries (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  country TEXT NOT NULL,
  PRIMARY KEY (country, record_id)
) WITHOUT ROWID;
CREATE INDEX record_countries_by_record ON record_countries(record_id);
CREATE TABLE record_people (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  person TEXT NOT NULL,
  folded TEXT NOT NULL,
  country TEXT,
  PRIMARY KEY (folded, record_id)
) WITHOUT ROWID;
CREATE INDEX record_people_by_record ON record_people(record_id);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  paragraph_id TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  who TEXT NOT NULL,
  who_country TEXT,
  kind TEXT NOT NULL,
  what TEXT NOT NULL,
  sentence TEXT NOT NULL,
  date TEXT,
  countries TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open',
  note TEXT NOT NULL DEFAULT '',
  previous_id TEXT REFERENCES commitments(id) ON DELETE SET NULL,
  similarity REAL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX commitments_by_record ON commitments(record_id, ordinal);
CREATE INDEX commitments_by_previous ON commitments(previous_id);
-- The index's rowid is the commitment's rowid, so a record's entries are removed by rowid.
CREATE VIRTUAL TABLE commitment_index USING fts5(
  what,
  commitment_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE saved_searches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  filters_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL
);

INSERT OR REPLACE INTO meta (key, value) VALUES ('topics_pending', '1');
`;
