// Saved searches: a query with its filters, kept in the library under a name the user chose.
import { randomBytes } from 'node:crypto';
import { fail } from '../../shared/errors.ts';
import type { SavedSearch, SearchFilters } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';

type Row = { id: string; name: string; query: string; filters_json: string; created_at: string };
const toSaved = (r: Row): SavedSearch => ({
  id: r.id,
  name: r.name,
  query: r.query,
  filters: JSON.parse(r.filters_json) as SearchFilters,
  createdAt: r.created_at,
});

export function listSavedSearches(db: Db): SavedSearch[] {
  return (db.prepare('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as Row[]).map(toSaved);
}

/** Saves (or, under an existing name, replaces) a search. */
export function saveSearch(db: Db, name: string, query: string, filters: SearchFilters): SavedSearch {
  const trimmed = name.trim();
  if (!query.trim() && !filters.topic) fail('BAD_INPUT', 'There is nothing to save: type a query or choose a topic first.');
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  const existing = db.prepare('SELECT id FROM saved_searches WHERE name = ?').get(trimmed) as { id: string } | undefined;
  const id = existing?.id ?? `q${randomBytes(5).toString('hex')}`;
  db.prepare('INSERT OR REPLACE INTO saved_searches (id, name, query, filters_json, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    trimmed,
    query.trim(),
    JSON.stringify(clean),
    new Date().toISOString(),
  );
  return toSaved(db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as Row);
}

export function removeSavedSearch(db: Db, id: string): void {
  if (db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes === 0)
    fail('NOT_FOUND', 'That saved search no longer exists.');
}
