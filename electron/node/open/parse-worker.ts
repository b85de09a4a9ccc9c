// The import's parse worker (the import worker's script, started in this role, kept warm by
// library/parse-worker-host.ts): reads and parses the files each import's writer hands it, in
// order, with its own connection to the library, which it only reads (the people directory, the
// topic list). It never writes, so it may be stopped at any moment.

import type { MessagePort } from 'node:worker_threads';
import type { Db } from '../db/statements.ts';
import { extractDocument } from '../library/extract/index.ts';
import { parseDocument } from '../library/import.ts';
import { sourceBytes, sourceName } from '../library/import-source.ts';
import { parseRecordText } from '../library/parse/index.ts';
import type { MentionsRead } from '../library/parse/types.ts';
import { type DirectoryAnswers, rememberingDirectory } from '../library/parse-ahead.ts';
import { AHEAD_BYTES, type AheadReply, type AheadRequest, type ReadAhead, signalAnswer } from '../library/parse-ahead-pool.ts';
import type { ParseWorkerJob, ParseWorkerNote, ParseWorkerServe } from '../library/parse-worker-host.ts';
import { storeAhead } from '../library/store-record.ts';
import { peopleDirectory } from '../people/directory.ts';
import { openDatabaseFile } from './connection.ts';
import { WARM_UP_TEXTS } from './warm-up-texts.ts';

/** How stale the people directory this worker reads may be (records); the writer checks every answer. */
const DIRECTORY_RECORDS = 48;
/** Serves one import: its writer's requests on `port`, an answer signalled on `shared` each. */
function serveParses(db: Db, port: MessagePort, shared: Int32Array): void {
  const queue: number[] = [];
  const sources = new Map<number, AheadRequest & { type: 'parse' }>();
  let running = false;
  // The directory as the writer left it at most DIRECTORY_RECORDS records ago: reading it again
  // after every group the writer stores cost more than reading again the few records whose
  // answers then differ.
  let known = peopleDirectory(db);
  let since = 0;
  const directory = () => {
    if (++since > DIRECTORY_RECORDS) {
      known = peopleDirectory(db);
      since = 0;
    }
    return known;
  };
  const reply = (m: AheadReply) => {
    port.postMessage(m);
    signalAnswer(shared);
  };

  const read = async (request: AheadRequest & { type: 'parse' }): Promise<ReadAhead | null> => {
    try {
      const bytes = sourceBytes(request.source);
      if (bytes.length > AHEAD_BYTES) return null;
      const name = sourceName(request.source);
      const doc = await extractDocument(bytes, name);
      const answers: DirectoryAnswers = new Map();
      const mentions: MentionsRead[] = [];
      const parsed = parseDocument(db, doc, name, rememberingDirectory(directory(), answers), mentions);
      // What storing needs from the record alone (hashes, folded text, topics) is worked out here,
      // on a warm thread, rather than on the writer's.
      return { name, doc, parsed, answers, mentions, store: storeAhead(db, parsed) };
    } catch {
      // The writer reads it again and reports what is wrong in its own words.
      return null;
    }
  };

  // One file a turn, so that a drop sent meanwhile is seen before the next file starts.
  const work = async () => {
    running = true;
    while (queue.length > 0) {
      const index = queue.shift() as number;
      const request = sources.get(index);
      sources.delete(index);
      if (request) reply({ type: 'read', index, read: await read(request) });
      await new Promise<void>((r) => setImmediate(r));
    }
    running = false;
  };

  // The import is over (or was cancelled): what it still asked for is dropped.
  port.on('close', () => {
    queue.length = 0;
    sources.clear();
  });
  port.on('message', (m: AheadRequest) => {
    if (m.type === 'drop') sources.delete(m.index);
    else {
      queue.push(m.index);
      sources.set(m.index, m);
      if (!running) void work();
    }
  });
  reply({ type: 'ready' });
}

/** The warm-up's texts (parsed, nothing is stored): the made-up records and the library's latest few records. */
function warmUpTexts(db: Db): string[] {
  const latest = db
    .prepare(
      `SELECT group_concat(text, char(10) || char(10)) AS text FROM paragraphs WHERE record_id IN
         (SELECT id FROM records ORDER BY imported_at DESC LIMIT 4) GROUP BY record_id`,
    )
    .all() as { text: string }[];
  const texts = [...WARM_UP_TEXTS, ...latest.map((r) => r.text).filter((t) => t.length < 20_000)];
  // Twice: V8 compiles a pattern to machine code the second time it runs.
  return [...texts, ...texts];
}

function warmOn(db: Db, text: string): void {
  try {
    const parsed = parseRecordText(text, { fileName: 'warm-up.txt', directory: peopleDirectory(db) });
    storeAhead(db, parsed);
  } catch {
    // A record the parser refuses warms it just as well.
  }
}

/**
 * The warm-up one text a turn, so that an import that arrives meanwhile is seen at once: from
 * then on (`importing` true) its own records warm the thread, and the made-up ones are left
 * (on a first import they cost a second or more of CPU while the import waited for them).
 * Resolves when the warm-up is over, done or left.
 */
export function warmUpUnlessImporting(db: Db, importing: () => boolean): Promise<void> {
  const texts = warmUpTexts(db);
  return new Promise<void>((resolve) => {
    const next = () => {
      const text = texts.shift();
      if (text === undefined || importing()) return resolve();
      warmOn(db, text);
      setImmediate(next);
    };
    setImmediate(next);
  });
}

/** The parse worker's life: open the library, warm up, then serve each import its host connects. */
export function runParseWorker(host: MessagePort, job: ParseWorkerJob): void {
  const db = openDatabaseFile(job.dbFile, { busyTimeoutMs: 30_000 });
  let importing = false;
  host.on('message', (m: ParseWorkerServe) => {
    importing = true;
    serveParses(db, m.port, new Int32Array(m.shared));
  });
  const warmed = job.warmUp === false ? Promise.resolve() : warmUpUnlessImporting(db, () => importing);
  void warmed.then(() => host.postMessage({ type: 'warm' } satisfies ParseWorkerNote));
}
