// A desk officer's corrections to what the parser understood of a record (title, dates, place,
// participants…): kept apart from the parsed values so the original stays visible and a
// correction can be reverted; one row per record and field. Also the fingerprints that
// recognise one record imported in two formats.
export const sql = `
CREATE TABLE IF NOT EXISTS record_corrections (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  value_json TEXT NOT NULL,
  corrected_at TEXT NOT NULL,
  PRIMARY KEY (record_id, field)
);

-- The same record in another format (a saved page and its text, a PDF and its Word copy) must be
-- recognised: a hash of the record's letters and digits only, and a MinHash signature of its word
-- shingles whose bands find near-identical records without comparing against every record.
CREATE TABLE IF NOT EXISTS record_fingerprints (
  record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  letters_hash TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS record_fingerprints_by_hash ON record_fingerprints(letters_hash);
CREATE TABLE IF NOT EXISTS record_fingerprint_bands (
  band TEXT NOT NULL,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS record_fingerprint_bands_by_band ON record_fingerprint_bands(band);
`;
