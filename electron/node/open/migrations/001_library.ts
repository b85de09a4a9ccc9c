// Records, their paragraphs and the full-text index.
// The index stores text with đ/Đ folded to d/D (SQLite's remove_diacritics does not fold them);
// the fold keeps every character's position, so highlights map back onto the original text.
export const sql = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE records (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_derived INTEGER NOT NULL DEFAULT 0,
  publisher TEXT,
  published_at TEXT,
  meeting_date TEXT,
  place TEXT,
  language TEXT NOT NULL,
  participants_json TEXT NOT NULL DEFAULT '[]',
  date_notes_json TEXT NOT NULL DEFAULT '[]',
  source_name TEXT,
  imported_at TEXT NOT NULL
);

CREATE TABLE paragraphs (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (record_id, ordinal)
);
CREATE INDEX paragraphs_by_record ON paragraphs(record_id, ordinal);

CREATE VIRTUAL TABLE paragraph_index USING fts5(
  body,
  paragraph_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
