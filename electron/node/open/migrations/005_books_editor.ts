// The book editor: books remember when they were last opened (the list shows recent first), and a
// point remembers that its wording was drafted from the source (so "reworded" is expected, not a warning).
export const sql = `
ALTER TABLE books ADD COLUMN opened_at TEXT;
UPDATE books SET opened_at = updated_at;
ALTER TABLE points ADD COLUMN drafted INTEGER NOT NULL DEFAULT 0;
`;
