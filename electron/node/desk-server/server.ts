// The desk server: Hocuspocus (the Yjs sync server) with its Database extension writing each
// document to PostgreSQL, and its Redis extension when the ministry runs several nodes. It checks
// each officer's token, refuses a book marked above what it is accredited for, and honours an
// owner's restriction of a book to named officers. It listens on TLS, or on loopback only.
import { readFileSync } from 'node:fs';
import { createServer as createHttp, type Server as HttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { type Document, type Extension, type Hocuspocus, Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { CLASSIFICATIONS } from '../../shared/classification.ts';
import type { Classification } from '../../shared/types.ts';
import { docAccess, docClassification } from '../desk/doc.ts';
import { DeskStore, type DocumentInfo } from './store.ts';

export type DeskServerOptions = {
  postgres: string;
  port?: number;
  host?: string;
  accredited?: Classification;
  tls?: { cert: string; key: string };
  redis?: string;
  quiet?: boolean;
};

export type DeskServer = { port: number; url: string; close: () => Promise<void> };

const rank = (c: string | null | undefined) => CLASSIFICATIONS.indexOf((c ?? 'UNCLASSIFIED') as Classification);
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The words an officer reads when a book may not go to this server. */
export const overAccredited = (marking: string, accredited: string) =>
  `This book is marked ${marking}; the desk server is accredited for ${accredited} only; it stays on this laptop.`;

/** A refusal the provider hands to the client as the reason for `authenticationFailed`. */
const refuse = (reason: string) => Object.assign(new Error(reason), { reason });

/** The token the client sends: the officer's token and, for a book, its marking (so the server refuses before any content arrives). */
export function parseCredentials(raw: string): { token: string; marking: string | null } {
  try {
    const value = JSON.parse(raw) as { token?: unknown; marking?: unknown };
    return { token: String(value.token ?? ''), marking: typeof value.marking === 'string' ? value.marking : null };
  } catch {
    return { token: raw, marking: null };
  }
}

function documentInfo(name: string, doc: Y.Doc): DocumentInfo {
  if (!name.startsWith('book:')) return { classification: null, owner: null, officers: null };
  return { classification: docClassification(doc), ...docAccess(doc) };
}

/**
 * The shared library, which every officer reads, names no book: a list of books an older laptop
 * wrote into it is emptied (each officer hears of books from `/desk/books`, restricted ones only if named).
 */
function dropBookList(document: Y.Doc): void {
  const list = document.getMap('books');
  if (list.size) document.transact(() => list.clear());
}

/**
 * Hocuspocus's Redis extension: the nodes pass each other every update and who is in which book,
 * and take turns storing a document. A Redis that does not answer stops the start in words, rather
 * than leave officers on this node cut off from those on the others.
 */
async function redisLink(address: string): Promise<Redis> {
  const url = new URL(address);
  const redis = new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      db: Number(url.pathname.slice(1) || 0),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      maxRetriesPerRequest: 3,
    },
  });
  const answered = await Promise.race([
    redis.pub.ping().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000).unref()),
  ]).catch(() => false);
  if (!answered) {
    redis.pub.disconnect();
    redis.sub.disconnect();
    throw new Error(`Redis at ${url.host} does not answer; the nodes share updates through it (--redis).`);
  }
  return redis;
}

export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const host = options.host ?? (options.tls ? '0.0.0.0' : '127.0.0.1');
  if (!options.tls && !LOOPBACK.has(host))
    throw new Error(
      'The desk server needs --tls-cert and --tls-key to listen beyond this machine: officers’ books never travel in clear.',
    );
  const accredited = options.accredited ?? 'RESTRICTED';
  // Redis first: a node that cannot reach it stops before it opens anything else.
  const redis = options.redis ? await redisLink(options.redis) : null;
  const store = new DeskStore(options.postgres);
  await store.init();

  const tooHigh = (marking: string | null | undefined) =>
    marking !== null && marking !== undefined && rank(marking) > rank(accredited);
  // Who may restrict each open book (its stored owner) and the restriction as last stored: an
  // officer who is not the owner and changes it is cut off, and the book is not stored from then.
  const access = new Map<string, { owner: string | null; officers: string }>();
  const tampered = new Set<string>();
  const save = async (name: string, doc: Y.Doc) => {
    const info = documentInfo(name, doc);
    // A book that became too highly marked is never written here (the client never sends one either).
    if (tooHigh(info.classification) || tampered.has(name)) return false;
    const stored = await store.store(name, Y.encodeStateAsUpdate(doc), (state) => {
      const merged = new Y.Doc();
      Y.applyUpdate(merged, state);
      return documentInfo(name, merged);
    });
    access.set(name, { owner: access.get(name)?.owner ?? stored.owner, officers: JSON.stringify(stored.officers) });
    return true;
  };
  const cutOff = async (instance: Hocuspocus, document: Document) => {
    instance.closeConnections(document.name);
    await instance.unloadDocument(document);
  };

  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => store.fetch(documentName),
      store: async ({ documentName, document }) => {
        await save(documentName, document);
      },
    }),
  ];
  if (redis) extensions.push(redis);

  const server = new Server({
    quiet: true,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 2000,
    extensions,
    async onAuthenticate({ token, documentName, instance }) {
      const credentials = parseCredentials(token ?? '');
      const officer = credentials.token ? await store.officerFor(credentials.token) : null;
      if (!officer)
        throw refuse(
          'The desk server did not accept this laptop’s token: ask the desk administrator for a new one (briefbook desk-server token --name NAME) and join again.',
        );
      const info = await store.info(documentName);
      // A document another client is sending right now counts too, stored or not.
      const open = instance.documents.get(documentName);
      const live = open && documentName.startsWith('book:') ? docClassification(open) : null;
      const marking = [credentials.marking, info?.classification, live].find((m) => tooHigh(m)) ?? null;
      if (marking) throw refuse(overAccredited(marking, accredited));
      if (info?.officers && info.owner !== officer && !info.officers.includes(officer))
        throw refuse(
          `This book is restricted by ${info.owner ?? 'its owner'} to named officers, and ${officer} is not one of them.`,
        );
      return { officer };
    },
    async afterLoadDocument({ documentName, document }) {
      if (documentName === 'desk:library') return dropBookList(document);
      if (!documentName.startsWith('book:')) return;
      const stored = await store.info(documentName);
      const owner = stored?.owner ?? docAccess(document).owner;
      access.set(documentName, { owner, officers: JSON.stringify(stored?.officers ?? docAccess(document).officers) });
    },
    async onChange({ documentName, document, instance, context }) {
      if (documentName === 'desk:library') return dropBookList(document);
      if (!documentName.startsWith('book:')) return;
      // A client that sends a book marked above the accreditation anyway is cut off; nothing is stored.
      if (tooHigh(docClassification(document))) return cutOff(instance, document);
      const known = access.get(documentName);
      const officers = JSON.stringify(docAccess(document).officers);
      const officer = (context as { officer?: string } | undefined)?.officer;
      if (known && officer && officers !== known.officers && known.owner && officer !== known.owner) {
        tampered.add(documentName);
        return cutOff(instance, document);
      }
    },
    async afterUnloadDocument({ documentName }) {
      access.delete(documentName);
      tampered.delete(documentName);
    },
    async onStateless({ payload, connection, document, documentName }) {
      // "persist:<update>": the client asks for its updates to be on disk before it drops them
      // from its outbox. Until the server holds all of that update (its sync message may still be
      // on the way), it answers "behind" and the client asks again.
      if (!payload.startsWith('persist:')) return;
      const pending = payload.slice('persist:'.length);
      if (pending && !Y.snapshotContainsUpdate(Y.snapshot(document), Buffer.from(pending, 'base64'))) {
        connection.sendStateless('behind');
        return;
      }
      const stored = await save(documentName, document);
      connection.sendStateless(stored ? 'persisted' : 'refused');
    },
    async onRequest({ request, response }) {
      if (!request.url?.startsWith('/desk')) return;
      // What a laptop asks before it syncs: the accreditation, and (given its token) who it is.
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const officer = bearer ? await store.officerFor(bearer) : null;
      response.writeHead(bearer && !officer ? 401 : 200, { 'Content-Type': 'application/json' });
      // The books it may open, decided here: a restricted book is not even named to the others.
      if (request.url.startsWith('/desk/books'))
        response.end(JSON.stringify({ books: officer ? await store.booksFor(officer) : [] }));
      else response.end(JSON.stringify({ server: 'briefbook-desk', accredited, officer }));
      throw null;
    },
  });

  // Hocuspocus's own HTTP server is plain; ours is HTTPS when given a certificate, and hands it
  // every request and WebSocket upgrade.
  const forward = (listener: HttpServer) => {
    listener.on('request', (req: IncomingMessage, res) => server.httpServer.emit('request', req, res));
    listener.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      server.httpServer.emit('upgrade', req, socket, head),
    );
    return listener;
  };
  const listener = forward(
    options.tls
      ? (createHttps({ cert: readFileSync(options.tls.cert), key: readFileSync(options.tls.key) }) as unknown as HttpServer)
      : createHttp(),
  );
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(options.port ?? 0, host, () => resolve());
  });
  const address = listener.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host;
  return {
    port,
    url: `${options.tls ? 'wss' : 'ws'}://${shownHost}:${port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
      // Stores what is still waiting for its debounce, then lets go of every document.
      await server.destroy();
      listener.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}

export async function issueToken(postgres: string, name: string): Promise<string> {
  const store = new DeskStore(postgres);
  try {
    await store.init();
    return await store.issueToken(name);
  } finally {
    await store.close();
  }
}
