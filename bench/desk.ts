// npm run bench:desk — 20 officers edit one book at once through the desk server on loopback.
//
// Each officer (a Yjs document with its own WebSocket, as a laptop has) makes 200 edits: typing
// into its own point and, one edit in five, into a point everyone shares. Measured per run: the
// time from the first edit until every laptop holds the same book (converged), the desk server's
// resident memory, and the bytes each edit puts on the wire (Yjs updates), against the peer's way
// of sending the whole book after each edit. Several runs; the table gives the median.
import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, writeBook } from '../electron/node/desk/doc.ts';
import type { Book } from '../electron/shared/types.ts';
import { postgresBin, type RunningServer, startPostgres, startServer, token } from '../tests/helpers/desk.ts';

const OFFICERS = Number(process.env.BENCH_OFFICERS ?? 20);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

function startingBook(id: string): Book {
  const points = Array.from({ length: OFFICERS + 1 }, (_, i) => ({
    id: `p${i}`,
    text: i === 0 ? 'Shared key message.' : `Officer ${i}'s background note.`,
    kind: 'talking-point',
    marking: null,
    citation: null,
  }));
  return {
    id,
    title: 'Bench book',
    meeting: null,
    meetingDate: null,
    place: null,
    principal: null,
    counterpart: null,
    preparedBy: null,
    classification: 'RESTRICTED',
    sections: [{ id: 's1', key: 'talking-points', title: 'Talking points', points }],
  } as unknown as Book;
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

async function run(server: RunningServer, credentials: string, n: number) {
  const name = `book:bench${n}`;
  const seed = new Y.Doc();
  writeBook(seed, startingBook(`bench${n}`));
  const base = Y.encodeStateAsUpdate(seed);
  const officers = await Promise.all(
    Array.from({ length: OFFICERS }, async () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, base);
      const socket = new HocuspocusProviderWebsocket({ url: server.url });
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: credentials });
      provider.attach();
      await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
      return { doc, socket, provider };
    }),
  );
  let updateBytes = 0;
  let wholeBytes = 0;
  let edits = 0;
  const started = performance.now();
  await Promise.all(
    officers.map(async ({ doc }, i) => {
      const onUpdate = (u: Uint8Array, origin: unknown) => {
        if (origin === LOCAL_ORIGIN) updateBytes += u.byteLength;
      };
      doc.on('update', onUpdate);
      const points = doc.getMap<Y.Map<unknown>>('points');
      for (let e = 0; e < EDITS; e++) {
        const target = points.get(e % 5 === 0 ? 'p0' : `p${i + 1}`)?.get('text') as Y.Text;
        doc.transact(() => target.insert(target.length, ` w${i}.${e}`), LOCAL_ORIGIN);
        edits++;
        // The peer's way: after each edit, the whole book goes to everyone.
        wholeBytes += Buffer.byteLength(JSON.stringify(doc.toJSON()));
        await new Promise((r) => setTimeout(r, 1));
      }
      doc.off('update', onUpdate);
    }),
  );
  const want = (OFFICERS * EDITS) as number;
  const converged = () => {
    const first = officers[0]?.doc.getMap('points').toJSON();
    const firstText = JSON.stringify(first);
    return (
      officers.every(({ doc }) => JSON.stringify(doc.getMap('points').toJSON()) === firstText) &&
      firstText.split(' w').length - 1 >= want
    );
  };
  while (!converged()) await new Promise((r) => setTimeout(r, 5));
  const ms = performance.now() - started;
  const memory = rssKb(server.process.pid as number);
  for (const o of officers) {
    o.provider.destroy();
    o.socket.destroy();
  }
  return { ms, memoryMb: memory / 1024, perEdit: updateBytes / edits, wholePerEdit: wholeBytes / edits };
}

if (!postgresBin()) {
  console.error('bench:desk needs PostgreSQL (apt-get install -y postgresql).');
  process.exit(1);
}
const pg = await startPostgres();
const server = await startServer(pg.url);
const credentials = JSON.stringify({ token: token(pg.url, 'Bench'), marking: 'RESTRICTED' });
const results: Awaited<ReturnType<typeof run>>[] = [];
try {
  for (let n = 0; n < RUNS; n++) {
    const r = await run(server, credentials, n);
    console.log(
      `run ${n + 1}: converged in ${r.ms.toFixed(0)} ms, server ${r.memoryMb.toFixed(0)} MB, ${r.perEdit.toFixed(0)} B/edit (whole book ${r.wholePerEdit.toFixed(0)} B/edit)`,
    );
    results.push(r);
  }
} finally {
  await server.stop();
  pg.stop();
}
const m = (k: keyof (typeof results)[number]) => median(results.map((r) => r[k]));
console.log(`\n${OFFICERS} officers × ${EDITS} edits to one book over loopback, median of ${RUNS} runs\n`);
console.log('| measure | the desk (Yjs updates) | the peer’s way (whole book each edit) | ratio |');
console.log('| --- | --- | --- | --- |');
console.log(`| time to converge | ${m('ms').toFixed(0)} ms | | |`);
console.log(`| desk server memory (RSS) | ${m('memoryMb').toFixed(0)} MB | | |`);
console.log(
  `| bytes sent per edit | ${m('perEdit').toFixed(0)} B | ${m('wholePerEdit').toFixed(0)} B | ${(m('wholePerEdit') / m('perEdit')).toFixed(0)}× less |`,
);
