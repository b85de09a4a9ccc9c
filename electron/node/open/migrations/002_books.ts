// Briefing books, their sections and talking points.
// A point keeps a copy of its citation (title, date, label, source text) so it survives edits to the record.
export const sql = `
CREATE TABLE books (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  meeting TEXT,
  meeting_date TEXT,
  place TEXT,
  principal TEXT,
  counterpart TEXT,
  prepared_by TEXT,
  classification TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sections (
  id TEXT PRIMARY KEY,
  book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
  key TEXT,
  title TEXT NOT NULL,
  ordinal INTEGER NOT NULL
);
CREATE INDEX sections_by_book ON sections(book_id, ordinal);

CREATE TABLE points (
  id TEXT PRIMARY KEY,
  section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  record_id TEXT,
  paragraph_id TEXT,
  cite_label TEXT,
  cite_title TEXT,
  cite_published_at TEXT,
  source_text TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX points_by_section ON points(section_id, ordinal);
CREATE INDEX points_by_paragraph ON points(paragraph_id);
`;
