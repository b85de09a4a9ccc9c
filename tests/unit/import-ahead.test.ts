// An import reads the next records on the second core (a parse worker, kept warm once a library is
// opened) while the import worker writes. Whatever thread read a record, the library must hold
// exactly what it holds when every record is read one after another on one thread, including a
// record naming a person that a record just before it introduced to the people directory.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generate } from '../../bench/import.ts';
import type { Db } from '../../electron/node/db/statements.ts';
import { type ImportSource, pathSources } from '../../electron/node/library/import.ts';
import { runImportJob } from '../../electron/node/library/import-job.ts';
import type { ImportOutcome } from '../../electron/shared/types.ts';
import { corpusDir, loadManifest } from '../../scripts/eval-import.ts';
import { samplesDir, tempBackend } from '../helpers/library.ts';

/** What the library holds of each record and each person, in an order that does not depend on timing. */
function holdings(db: Db): string {
  const records = db
    .prepare(
      `SELECT id, title, publisher, published_at, meeting_date, place, language, participants_json, evidence_json, check_fields
         FROM records ORDER BY id`,
    )
    .all();
  const people = db
    .prepare(
      `SELECT f.folded, p.name, p.country, (SELECT group_concat(role, '|') FROM (SELECT role FROM person_roles r
          WHERE r.person_id = p.id ORDER BY role, record_id)) AS roles
         FROM person_forms f JOIN people p ON p.id = f.person_id ORDER BY f.folded`,
    )
    .all();
  const topics = db.prepare('SELECT paragraph_id, topic_id, matched FROM paragraph_topics ORDER BY 1, 2, 3').all();
  const ledger = db.prepare('SELECT record_id, ordinal, who, kind, what FROM commitments ORDER BY 1, 2').all();
  return JSON.stringify({ records, people, topics, ledger });
}

describe('reading ahead on the second core', () => {
  let ahead: ReturnType<typeof tempBackend>;
  let warm: ReturnType<typeof tempBackend>;
  let alone: ReturnType<typeof tempBackend>;
  let sources: ImportSource[];
  let made = '';

  before(() => {
    ahead = tempBackend({ seed: false });
    warm = tempBackend({ seed: false });
    alone = tempBackend({ seed: false });
    // The desk's samples, then corpus records: the same ministers come back from record to record.
    const samples = readdirSync(samplesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(samplesDir, f));
    const corpus = loadManifest('tuning')
      .filter((m) => /\.(txt|md)$/.test(m.file))
      .slice(0, 40)
      .map((m) => resolve(corpusDir, m.file));
    // And records made from the corpus's paragraphs (bench:import's), each naming people others name.
    made = mkdtempSync(join(tmpdir(), 'import-ahead-'));
    sources = pathSources([...samples, ...corpus, ...generate(made, 160)]);
  });
  after(async () => {
    await Promise.all([ahead.dispose(), warm.dispose(), alone.dispose()]);
    rmSync(made, { recursive: true, force: true });
  });

  test('a long batch read ahead by a parse worker stores exactly what one thread reading every record stores', async () => {
    const outcomes = await runImportJob(ahead.db, sources);
    const one = await runImportJob(alone.db, sources, { inProcess: true });
    const shown = (os: ImportOutcome[]) => os.map((o) => (o.ok ? `${o.record.id} ${o.duplicate}` : o.error.code));
    assert.ok(outcomes.length >= 40);
    assert.deepEqual(shown(outcomes), shown(one));
    assert.equal(holdings(ahead.db), holdings(alone.db));
    assert.ok((alone.db.prepare('SELECT count(*) AS n FROM person_forms').get() as { n: number }).n > 20);
  });

  test('an import after the library warmed its parse worker stores the same, and so does the next one', async () => {
    await warm.ctx.workers.imports.warm(warm.db);
    const first = await warm.ctx.workers.imports.run(warm.db, sources.slice(0, 100));
    const second = await warm.ctx.workers.imports.run(warm.db, sources.slice(100));
    assert.ok([...first, ...second].every((o) => o.ok));
    assert.equal(holdings(warm.db), holdings(alone.db));
  });
});
