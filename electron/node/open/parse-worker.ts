// The import's parse worker (the import worker's script, started in this role): reads and parses the
// files the writer hands it, in order, with its own connection to the library, which it only reads
// (the people directory). It never writes, so it may be stopped at any moment.

import type { MessagePort } from 'node:worker_threads';
import { extractDocument } from '../library/extract/index.ts';
import { parseDocument } from '../library/import.ts';
import { sourceBytes, sourceName } from '../library/import-source.ts';
import { type DirectoryAnswers, rememberingDirectory } from '../library/parse-ahead.ts';
import { AHEAD_BYTES, type AheadReply, type AheadRequest, type ReadAhead, signalAnswer } from '../library/parse-ahead-pool.ts';
import { storeAhead } from '../library/store-record.ts';
import { peopleDirectory } from '../people/directory.ts';
import { openDatabaseFile } from './connection.ts';

export function serveParses(port: MessagePort, dbFile: string, shared: Int32Array): void {
  const db = openDatabaseFile(dbFile, { busyTimeoutMs: 30_000 });
  const queue: number[] = [];
  const sources = new Map<number, AheadRequest & { type: 'parse' }>();
  let running = false;
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
      const parsed = parseDocument(db, doc, name, rememberingDirectory(peopleDirectory(db), answers));
      return { name, doc, parsed, answers, store: storeAhead(db, parsed) };
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
