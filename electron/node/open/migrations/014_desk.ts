// The desk: this library joined to a desk server (several officers share books and records).
// Each shared document's Yjs state is kept here so the laptop is complete offline; the outbox holds
// the updates made here until the server has stored them, so nothing is lost if it goes down.
// IF NOT EXISTS: a library opened again at an earlier version (as the upgrade tests do) runs it twice.
export const sql = `
CREATE TABLE IF NOT EXISTS desk_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS desk_docs (
  name TEXT PRIMARY KEY,
  book_id TEXT,
  state BLOB NOT NULL,
  synced_at TEXT
);

CREATE TABLE IF NOT EXISTS desk_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS desk_outbox_by_doc ON desk_outbox(doc, id);

CREATE TABLE IF NOT EXISTS desk_records (
  hash TEXT PRIMARY KEY,
  record_id TEXT NOT NULL
);
`;
