// One sync with the desk server: send what this laptop changed, receive what the others did,
// write it into the library, and drop from the outbox only what the server says it has stored.
// The Yjs sync protocol (through Hocuspocus's provider) sends each side exactly what the other
// lacks, so a sync interrupted anywhere is simply done again: nothing is lost, nothing doubled.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { CLASSIFICATIONS } from '../../shared/classification.ts';
import { fail } from '../../shared/errors.ts';
import type { Classification, DeskStatus, DeskSyncReport } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { applyBookDoc, shareAllBooks } from './books.ts';
import { docClassification, LOCAL_ORIGIN } from './doc.ts';
import { applyPeople, PEOPLE_DOC } from './people.ts';
import { applyRecords, shareRecords } from './records.ts';
import {
  acknowledge,
  bookDocName,
  type DeskConnection,
  deskSettings,
  docNames,
  editDoc,
  LIBRARY_DOC,
  loadDoc,
  outbox,
  saveDeskSettings,
  saveDoc,
} from './store.ts';

/** What one sync sent and received (the API's desk.sync answer). */
export type SyncReport = DeskSyncReport;

const TIMEOUT_MS = 15_000;
const rank = (c: string | null) => CLASSIFICATIONS.indexOf((c ?? 'UNCLASSIFIED') as Classification);

export const overAccreditedMessage = (marking: string, accredited: string) =>
  `This book is marked ${marking}; the desk server is accredited for ${accredited} only; it stays on this laptop.`;

const httpUrl = (url: string) => url.replace(/^ws(s?):/, 'http$1:').replace(/\/$/, '');

/** What the server says of itself (its accreditation, and who the token belongs to); fails in words when it cannot be reached. */
export async function serverInfo(url: string, token: string): Promise<{ accredited: Classification; officer: string }> {
  let response: Response;
  let body: { server?: string; accredited?: Classification; officer?: string | null };
  try {
    response = await fetch(`${httpUrl(url)}/desk`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
    body = (await response.json()) as typeof body;
    if (body.server !== 'briefbook-desk' || !body.accredited) throw new Error('it is not a Briefbook desk server');
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return fail(
      'DESK_UNREACHABLE',
      `The desk server at ${url} cannot be reached (${cause}). You are offline: your changes stay on this laptop and go out at the next sync.`,
    );
  }
  if (response.status === 401 || !body.officer) return fail('DESK_REFUSED', TOKEN_REFUSED);
  return { accredited: body.accredited, officer: body.officer };
}

/** The books the server lets this officer open (it names no restricted book to anyone outside its list). */
async function sharedBooks(url: string, token: string): Promise<string[]> {
  try {
    const response = await fetch(`${httpUrl(url)}/desk/books`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
    return ((await response.json()) as { books?: string[] }).books ?? [];
  } catch (error) {
    return fail(
      'DESK_UNREACHABLE',
      `The desk server at ${url} stopped answering (${(error as Error).message}); try the sync again.`,
    );
  }
}

export const TOKEN_REFUSED =
  'The desk server did not accept this laptop’s token: ask the desk administrator for a new one (briefbook desk-server token --name NAME) and join again.';

type DocSync = { doc: Y.Doc; received: { changes: number; bytes: number } };

/** Connects one document, exchanges what each side lacks, and waits until the server has stored this laptop's part. */
function syncDoc(
  socket: HocuspocusProviderWebsocket,
  settings: DeskConnection,
  name: string,
  doc: Y.Doc,
  marking: string | null,
  pending: Uint8Array | null,
): Promise<DocSync> {
  const received = { changes: 0, bytes: 0 };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_ORIGIN) return;
    received.changes++;
    received.bytes += update.byteLength;
  };
  doc.on('update', onUpdate);
  return new Promise<DocSync>((resolve, reject) => {
    let provider: HocuspocusProvider | null = null;
    const done = (error: Error | null) => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
      provider?.destroy();
      if (error) reject(error);
      else resolve({ doc, received });
    };
    const timer = setTimeout(
      () =>
        done(
          Object.assign(new Error(`The desk server stopped answering while “${name}” was syncing.`), {
            code: 'DESK_UNREACHABLE',
          }),
        ),
      TIMEOUT_MS,
    );
    const persist = () => provider?.sendStateless(`persist:${pending ? Buffer.from(pending).toString('base64') : ''}`);
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token: JSON.stringify({ token: settings.token, marking }),
      onAuthenticationFailed: ({ reason }) => done(Object.assign(new Error(reason), { code: 'DESK_REFUSED' })),
      // A one-off sync does not wait for the server to come back: what was not acknowledged stays in the outbox.
      onClose: () =>
        done(
          Object.assign(
            new Error(`The desk server went away while “${name}” was syncing; what it had not stored goes out at the next sync.`),
            { code: 'DESK_UNREACHABLE' },
          ),
        ),
      onSynced: ({ state }) => {
        if (state) persist();
      },
      onStateless: ({ payload }) => {
        if (payload === 'persisted') done(null);
        else if (payload === 'behind') setTimeout(persist, 50);
        else if (payload === 'refused')
          done(Object.assign(new Error(`The desk server would not store “${name}”.`), { code: 'DESK_REFUSED' }));
      },
    });
    // A provider on a shared socket starts only when attached.
    provider.attach();
  });
}

/** The outbox of one document, as one update, and the last entry it covers. */
function pendingOf(db: Db, name: string): { update: Uint8Array | null; lastId: number; count: number; bytes: number } {
  const rows = statement(db, 'SELECT id, data FROM desk_outbox WHERE doc = ? ORDER BY id').all(name) as {
    id: number;
    data: Uint8Array;
  }[];
  if (!rows.length) return { update: null, lastId: 0, count: 0, bytes: 0 };
  return {
    update: Y.mergeUpdates(rows.map((r) => r.data)),
    lastId: (rows.at(-1) as { id: number }).id,
    count: rows.length,
    bytes: rows.reduce((n, r) => n + r.data.byteLength, 0),
  };
}

export async function deskSync(db: Db): Promise<SyncReport> {
  const settings = deskSettings(db);
  if (!settings) fail('BAD_INPUT', 'This library has not joined a desk: run `briefbook desk join URL --token TOKEN` first.');
  const { accredited, officer } = await serverInfo(settings.url, settings.token);
  saveDeskSettings(db, { accredited, officer });
  const report: SyncReport = {
    sent: { changes: 0, bytes: 0 },
    received: { changes: 0, bytes: 0 },
    books: { created: 0, updated: 0, removed: 0 },
    records: { added: 0, corrected: 0 },
    people: 0,
    refused: [],
  };
  // Every book and record of this laptop into its document first (the first share, and anything
  // made while the library was not joined).
  shareAllBooks(db);
  const bookIds = (statement(db, 'SELECT book_id FROM desk_docs WHERE book_id IS NOT NULL').all() as { book_id: string }[]).map(
    (r) => r.book_id,
  );
  // Books are not listed in the shared library: every officer reads that document, and a book
  // restricted to named officers must not be named to the others. The server lists them instead.
  editDoc(db, LIBRARY_DOC, null, (doc) => shareRecords(db, doc));
  const socket = new HocuspocusProviderWebsocket({
    url: settings.url,
    maxAttempts: 3,
    delay: 200,
    minDelay: 200,
    maxDelay: 1000,
  });
  try {
    const one = async (name: string, bookId: string | null) => {
      const local = loadDoc(db, name);
      const marking = bookId ? docClassification(local) : null;
      if (marking && rank(marking) > rank(accredited)) {
        report.refused.push(`${bookId}: ${overAccreditedMessage(marking, accredited)}`);
        return;
      }
      const pending = pendingOf(db, name);
      let synced: DocSync;
      try {
        synced = await syncDoc(socket, settings, name, local, marking, pending.update);
      } catch (error) {
        const e = error as Error & { code?: string };
        if (e.code === 'DESK_REFUSED' && bookId) {
          report.refused.push(`${bookId}: ${e.message}`);
          return;
        }
        return fail(e.code === 'DESK_REFUSED' ? 'DESK_REFUSED' : 'DESK_UNREACHABLE', e.message);
      }
      report.sent.changes += pending.count;
      report.sent.bytes += pending.bytes;
      report.received.changes += synced.received.changes;
      report.received.bytes += synced.received.bytes;
      transaction(db, () => {
        // Edits made here while the sync ran are kept: the received state is merged into the stored one.
        const current = loadDoc(db, name);
        Y.applyUpdate(current, Y.encodeStateAsUpdate(synced.doc), 'desk');
        if (pending.lastId) acknowledge(db, name, pending.lastId);
        saveDoc(db, name, current, bookId, true);
        // Nothing received: the library already says what the document says.
        if (synced.received.changes === 0) return;
        if (bookId) {
          const outcome = applyBookDoc(db, current);
          if (outcome !== 'empty') report.books[outcome]++;
        } else if (name === PEOPLE_DOC) {
          report.people += applyPeople(db, current);
        } else {
          const r = applyRecords(db, current);
          report.records.added += r.added;
          report.records.corrected += r.corrected;
        }
      });
    };
    await one(LIBRARY_DOC, null);
    await one(PEOPLE_DOC, null);
    const listed = await sharedBooks(settings.url, settings.token);
    for (const id of new Set([...bookIds, ...listed])) await one(bookDocName(id), id);
  } finally {
    socket.destroy();
  }
  return report;
}

/** What `desk status` shows: the desk joined, what waits to be sent, and the books that stay here. */
export function deskStatus(db: Db): DeskStatus {
  const settings = deskSettings(db);
  const accredited = settings?.accredited ?? null;
  const local = new Set<string>();
  if (accredited)
    for (const { name, bookId } of docNames(db))
      if (bookId && rank(docClassification(loadDoc(db, name))) > rank(accredited)) local.add(name);
  const waiting = outbox(db).filter((e) => !local.has(e.doc));
  return {
    joined: settings !== null,
    url: settings?.url ?? null,
    officer: settings?.officer ?? null,
    accredited,
    pendingChanges: waiting.length,
    pendingBytes: waiting.reduce((n, e) => n + e.bytes, 0),
    localOnlyBooks: local.size,
    lastSync: (statement(db, 'SELECT max(synced_at) AS at FROM desk_docs').get() as { at: string | null }).at,
  };
}
