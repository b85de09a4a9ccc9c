// What the desk server keeps in PostgreSQL: each document's Yjs state (with its marking and, when
// its owner restricted it, the officers who may open it), and the officers' tokens, hashed: a
// copy of the database does not let anyone sign in.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';

export type DocumentInfo = { classification: string | null; owner: string | null; officers: string[] | null };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS desk_officers (
  name TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  issued_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS desk_documents (
  name TEXT PRIMARY KEY,
  state BYTEA NOT NULL,
  classification TEXT,
  owner TEXT,
  officers TEXT[],
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`;

/** The stored state holds nothing the new one lacks (the usual case: one node, or nodes in step). */
function sameState(stored: Uint8Array, next: Uint8Array): boolean {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, next);
  return Y.snapshotContainsUpdate(Y.snapshot(doc), stored);
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class DeskStore {
  readonly pool: pg.Pool;
  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 5 });
    // A dropped connection of an idle client must not end the server: the next query reconnects.
    this.pool.on('error', () => {});
  }

  async init(): Promise<void> {
    // Several nodes may start at once: one creates the tables, the others wait for its lock.
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(7141)');
      await client.query(SCHEMA);
      await client.query('SELECT pg_advisory_unlock(7141)');
    } finally {
      client.release();
    }
  }

  /** A new token for an officer (a new one replaces the old: reissuing is how a lost laptop is cut off). */
  async issueToken(name: string): Promise<string> {
    const token = `bbd_${randomBytes(24).toString('base64url')}`;
    await this.pool.query(
      `INSERT INTO desk_officers (name, token_hash) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, issued_at = now()`,
      [name, hashToken(token)],
    );
    return token;
  }

  async officerFor(token: string): Promise<string | null> {
    const r = await this.pool.query('SELECT name FROM desk_officers WHERE token_hash = $1', [hashToken(token)]);
    return (r.rows[0]?.name as string | undefined) ?? null;
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    const r = await this.pool.query('SELECT state FROM desk_documents WHERE name = $1', [name]);
    return (r.rows[0]?.state as Buffer | undefined) ?? null;
  }

  async info(name: string): Promise<DocumentInfo | null> {
    const r = await this.pool.query('SELECT classification, owner, officers FROM desk_documents WHERE name = $1', [name]);
    return (r.rows[0] as DocumentInfo | undefined) ?? null;
  }

  /**
   * Stores a document's state merged with what is already stored, in one transaction: with several
   * nodes, one may store a copy that lacks an update another node stored (and acknowledged) a
   * moment before; merging means no node ever writes an older state over a newer one. `infoOf`
   * reads the marking and access of the state actually stored.
   */
  async store(name: string, state: Uint8Array, infoOf: (state: Uint8Array) => DocumentInfo): Promise<DocumentInfo> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const r = await client.query('SELECT state FROM desk_documents WHERE name = $1 FOR UPDATE', [name]);
      const stored = r.rows[0]?.state as Buffer | undefined;
      const merged = stored && !sameState(stored, state) ? Y.mergeUpdates([stored, state]) : state;
      const info = infoOf(merged);
      await client.query(
        `INSERT INTO desk_documents (name, state, classification, owner, officers, updated_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, classification = excluded.classification,
           owner = coalesce(desk_documents.owner, excluded.owner), officers = excluded.officers, updated_at = now()`,
        [name, Buffer.from(merged), info.classification, info.owner, info.officers],
      );
      await client.query('COMMIT');
      return info;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** The books an officer may open: every book shared with the whole desk, and the restricted ones that name them. */
  async booksFor(officer: string): Promise<string[]> {
    const r = await this.pool.query(
      `SELECT substr(name, 6) AS id FROM desk_documents
       WHERE name LIKE 'book:%' AND (officers IS NULL OR owner = $1 OR $1 = ANY(officers)) ORDER BY updated_at, name`,
      [officer],
    );
    return r.rows.map((row) => row.id as string);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
