// The topic list in the library: the shipped catalogue plus the user's own topics and aliases,
// and the compiled matcher, rebuilt whenever the list changes.
import { fail } from '../../shared/errors.ts';
import type { Topic } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { CATALOGUE, CATALOGUE_VERSION, type CatalogueAlias } from './catalogue.ts';
import { aliasKey, buildMatcher, type TopicMatcher } from './matcher.ts';

const meta = (db: Db, key: string): string | null =>
  (statement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
const setMeta = (db: Db, key: string, value: string | null): void => {
  if (value === null) statement(db, 'DELETE FROM meta WHERE key = ?').run(key);
  else statement(db, 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
};

export { meta, setMeta };

const aliasOf = (a: CatalogueAlias) => (typeof a === 'string' ? { alias: a, source: '' } : a);

/** True when the library holds an older shipped catalogue than this release's (or none). */
export function catalogueDue(db: Db): boolean {
  return Number(meta(db, 'topic_catalogue') ?? 0) < CATALOGUE_VERSION;
}

/**
 * Writes the shipped topics and aliases into the library (the user's changes stay) and records the
 * catalogue version. Runs at open, from the migrations; returns the topics that gained a name or an
 * alias, which the caller tags the library for again.
 */
export function writeCatalogue(db: Db): string[] {
  return transaction(db, () => {
    const changed: string[] = [];
    const at = new Date().toISOString();
    const insertTopic = db.prepare('INSERT OR IGNORE INTO topics (id, name, kind, builtin, created_at) VALUES (?, ?, ?, 1, ?)');
    const insertAlias = db.prepare(
      'INSERT OR IGNORE INTO topic_aliases (topic_id, alias, folded, source_country, builtin) VALUES (?, ?, ?, ?, 1)',
    );
    for (const t of CATALOGUE) {
      let added = Number(insertTopic.run(t.id, t.name, t.kind, at).changes);
      for (const a of [t.name, ...t.aliases].map(aliasOf))
        added += Number(insertAlias.run(t.id, a.alias, aliasKey(a.alias), a.source).changes);
      if (added > 0) changed.push(t.id);
    }
    setMeta(db, 'topic_catalogue', String(CATALOGUE_VERSION));
    bumpVersion(db);
    return changed;
  });
}

function bumpVersion(db: Db): void {
  setMeta(db, 'topics_version', String(Number(meta(db, 'topics_version') ?? 0) + 1));
}

const matchers = new WeakMap<Db, { version: string; matcher: TopicMatcher }>();

/** Changes whenever the library's topic list does. */
export function topicsVersion(db: Db): string {
  return meta(db, 'topics_version') ?? '0';
}

/** The matcher for the library's current topic list (cached until the list changes). */
export function topicMatcher(db: Db): TopicMatcher {
  const version = topicsVersion(db);
  const cached = matchers.get(db);
  if (cached?.version === version) return cached.matcher;
  const rows = db
    .prepare('SELECT a.topic_id, t.name, a.alias, a.source_country FROM topic_aliases a JOIN topics t ON t.id = a.topic_id')
    .all() as { topic_id: string; name: string; alias: string; source_country: string }[];
  const matcher = buildMatcher(
    rows.map((r) => ({ topicId: r.topic_id, topicName: r.name, alias: r.alias, sourceCountry: r.source_country })),
  );
  matchers.set(db, { version, matcher });
  return matcher;
}

export function listTopics(db: Db): Topic[] {
  const topics = db.prepare('SELECT id, name, kind, builtin FROM topics ORDER BY kind DESC, name').all() as {
    id: string;
    name: string;
    kind: 'subject' | 'country';
    builtin: number;
  }[];
  const aliases = db.prepare('SELECT topic_id, alias, source_country, builtin FROM topic_aliases ORDER BY rowid').all() as {
    topic_id: string;
    alias: string;
    source_country: string;
    builtin: number;
  }[];
  const counts = new Map(
    (
      db.prepare(`SELECT topic_id, count(*) AS n FROM paragraph_topics WHERE origin != 'removed' GROUP BY topic_id`).all() as {
        topic_id: string;
        n: number;
      }[]
    ).map((r) => [r.topic_id, r.n]),
  );
  return topics.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    builtin: t.builtin === 1,
    paragraphCount: counts.get(t.id) ?? 0,
    aliases: aliases
      .filter((a) => a.topic_id === t.id && a.alias !== t.name)
      .map((a) => ({ alias: a.alias, sourceCountry: a.source_country || null, builtin: a.builtin === 1 })),
  }));
}

export function getTopic(db: Db, id: string): Topic {
  const topic = listTopics(db).find((t) => t.id === id);
  if (!topic) fail('NOT_FOUND', `There is no topic “${id}” in the library.`);
  return topic;
}

/** A topic by its id, name or any alias (diacritics and case ignored); null when none. */
export function findTopic(db: Db, text: string): { id: string; name: string } | null {
  const key = aliasKey(text);
  if (!key) return null;
  const byId = db.prepare('SELECT id, name FROM topics WHERE id = ?').get(text.trim()) as
    | { id: string; name: string }
    | undefined;
  if (byId) return byId;
  // Source-dependent aliases ("East Sea") name two topics; a plain alias names one.
  const row = db
    .prepare(
      `SELECT t.id, t.name FROM topic_aliases a JOIN topics t ON t.id = a.topic_id WHERE a.folded = ?
        ORDER BY a.source_country = '' DESC, t.builtin DESC LIMIT 1`,
    )
    .get(key) as { id: string; name: string } | undefined;
  return row ?? null;
}

const slug = (name: string): string =>
  aliasKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'topic';

function checkAlias(db: Db, alias: string, topicId: string): void {
  const key = aliasKey(alias);
  if (!/[\p{L}\p{N}]/u.test(key)) fail('BAD_INPUT', `“${alias}” has no letters or digits to look for.`);
  const clash = db
    .prepare(
      `SELECT t.name FROM topic_aliases a JOIN topics t ON t.id = a.topic_id WHERE a.folded = ? AND a.source_country = '' AND a.topic_id != ?`,
    )
    .get(key, topicId) as { name: string } | undefined;
  if (clash)
    fail(
      'BAD_INPUT',
      `“${alias}” already stands for the topic “${clash.name}”. Remove it there first, or choose another wording.`,
    );
}

export function createTopic(db: Db, name: string, aliases: readonly string[]): string {
  const trimmed = name.trim();
  const existing = findTopic(db, trimmed);
  if (existing) fail('BAD_INPUT', `There is already a topic “${existing.name}” that “${trimmed}” stands for.`);
  let id = slug(trimmed);
  for (let n = 2; db.prepare('SELECT 1 FROM topics WHERE id = ?').get(id); n++) id = `${slug(trimmed)}-${n}`;
  transaction(db, () => {
    db.prepare(`INSERT INTO topics (id, name, kind, builtin, created_at) VALUES (?, ?, 'subject', 0, ?)`).run(
      id,
      trimmed,
      new Date().toISOString(),
    );
    for (const alias of [trimmed, ...aliases.map((a) => a.trim()).filter(Boolean)]) {
      checkAlias(db, alias, id);
      db.prepare('INSERT OR IGNORE INTO topic_aliases (topic_id, alias, folded, source_country) VALUES (?, ?, ?, ?)').run(
        id,
        alias,
        aliasKey(alias),
        '',
      );
    }
    bumpVersion(db);
  });
  return id;
}

export function addAlias(db: Db, topicId: string, alias: string, sourceCountry: string | null): void {
  getTopic(db, topicId);
  const trimmed = alias.trim();
  checkAlias(db, trimmed, topicId);
  transaction(db, () => {
    db.prepare('INSERT OR IGNORE INTO topic_aliases (topic_id, alias, folded, source_country) VALUES (?, ?, ?, ?)').run(
      topicId,
      trimmed,
      aliasKey(trimmed),
      sourceCountry ?? '',
    );
    bumpVersion(db);
  });
}

export function removeAlias(db: Db, topicId: string, alias: string): void {
  const topic = getTopic(db, topicId);
  if (aliasKey(alias) === aliasKey(topic.name))
    fail('BAD_INPUT', `“${alias}” is the topic’s own name; rename or remove the topic instead.`);
  const result = db.prepare('DELETE FROM topic_aliases WHERE topic_id = ? AND folded = ?').run(topicId, aliasKey(alias));
  if (result.changes === 0) fail('NOT_FOUND', `The topic “${topic.name}” has no alias “${alias}”.`);
  bumpVersion(db);
}

/** Aliases that mean the topic whoever speaks, for widening a search. */
export function plainAliases(db: Db, topicId: string): string[] {
  return (
    db.prepare(`SELECT alias FROM topic_aliases WHERE topic_id = ? AND source_country = ''`).all(topicId) as { alias: string }[]
  ).map((r) => r.alias);
}
