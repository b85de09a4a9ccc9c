// A desk officer imports a backlog, a slow saved web page first, while the book autosaves in the
// app and a colleague's script adds points with the command line, all on the same library. An
// import reads and parses with no lock held and writes each record in milliseconds, so every
// write lands, the autosaves keep running while the import does, and the browser host keeps
// answering. How long each waited is reported (bench/ measures speed), never asserted: these
// machines are shared and a busy neighbour would fail the test, not the product.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generate } from '../../bench/import.ts';
import { type RunningHost, startHost } from '../../electron/node/host.ts';
import type { Result } from '../../electron/shared/errors.ts';
import type { Book, ImportOutcome } from '../../electron/shared/types.ts';
import { koreanSeed, repoRoot, tempDir, unwrap } from '../helpers/library.ts';

/** A saved web page of 3 MB: a short readout inside an enormous menu. Extracting it takes seconds. */
function slowPage(file: string): void {
  const menu = Array.from(
    { length: 40_000 },
    (_, i) => `<li><a href="/news/${i}">Related story ${i} on regional affairs</a></li>`,
  );
  writeFileSync(
    file,
    `<!doctype html><html><head><title>Foreign Ministers meet in Hanoi</title></head><body><nav><ul>${menu.join('\n')}</ul></nav>
<article><h1>Foreign Ministers meet in Hanoi</h1>
<p>1. On 3 May 2024 the Foreign Ministers of Viet Nam and the Republic of Korea met in Hanoi to review cooperation.</p>
<p>2. The two ministers agreed to expand trade and investment and to open new direct flights between their capitals.</p>
<p>3. They discussed the situation in the East Sea and agreed on the importance of freedom of navigation.</p>
</article></body></html>`,
  );
}

describe('a slow import never keeps the desk officer waiting', () => {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  let host: RunningHost;

  /** One HTTP call to the browser host, timed from the client's side. */
  function http(path: string, body?: unknown): Promise<{ status: number; text: string; ms: number }> {
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path,
          method: body === undefined ? 'GET' : 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - start }));
        },
      );
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }
  const rpc = async <T>(method: string, input: unknown) => {
    const r = await http(`/rpc/${method}`, input);
    return { result: JSON.parse(r.text) as Result<T>, ms: r.ms };
  };

  /** `briefbook book add` in its own process, every SQLite call it makes timed (tests/helpers/db-call-times.mjs). */
  function cliAdd(bookId: string, recordId: string, n: number) {
    const times = join(dir, `cli-${n}.json`);
    return new Promise<{ code: number | null; err: string; calls: { sql: string; ms: number; at: number }[] }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          join(repoRoot, 'tests/helpers/db-call-times.mjs'),
          join(repoRoot, 'bin/briefbook.mjs'),
          'book',
          'add',
          bookId,
          recordId,
          '3',
          '--data',
          dataDir,
        ],
        { env: { ...process.env, BRIEFBOOK_DB_TIMES: times } },
      );
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('close', (code) => resolve({ code, err, calls: JSON.parse(readFileSync(times, 'utf8')) }));
    });
  }

  // The browser host imports only what the user uploads (it reads no paths), so the files go as bytes.
  const uploaded = (paths: string[]) => paths.map((p) => ({ name: basename(p), base64: readFileSync(p).toString('base64') }));
  const folder = (d: string) =>
    readdirSync(d)
      .sort()
      .map((f) => join(d, f));

  before(async () => {
    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Briefbook</title>');
    host = await startHost({ dataDir, port: 0, staticDir });
  });
  after(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a slow import while autosave and CLI writes go on: every write lands, none waits more than a second', async (t) => {
    const [seed] = unwrap<ImportOutcome[]>((await rpc('library.importData', { files: uploaded([koreanSeed]) })).result);
    assert.ok(seed?.ok);
    const recordId = seed.record.id;
    const book = unwrap<Book>((await rpc('books.create', { title: 'Talks with Viet Nam' })).result);
    const withPoint = unwrap<Book>(
      (await rpc('books.addPoint', { bookId: book.id, recordId, paragraphId: `${recordId}:3` })).result,
    );
    const pointId = withPoint.sections.flatMap((s) => s.points)[0]?.id as string;

    const backlog = join(dir, 'backlog');
    mkdirSync(backlog);
    slowPage(join(backlog, '000-slow-page.html'));
    generate(backlog, 200);

    let importing = true;
    let importEnd = 0;
    const job = rpc<ImportOutcome[]>('library.importData', { files: uploaded(folder(backlog)), jobId: 'backlog' }).then((r) => {
      importing = false;
      importEnd = Date.now();
      return r;
    });

    // Autosave as the editor does it, and the two calls the app makes to stay alive, over HTTP.
    const saves: { ok: boolean; ms: number; during: boolean; error?: string }[] = [];
    const others: { what: string; status: number; ms: number }[] = [];
    const autosave = (async () => {
      for (let n = 1; importing || n <= 20; n++) {
        const during = importing;
        const { result, ms } = await rpc<Book>('books.updatePoint', { bookId: book.id, pointId, text: `Draft ${n}` });
        saves.push({ ok: result.ok, ms, during, ...(result.ok ? {} : { error: result.error.message }) });
        const info = await http('/rpc/app.info', {});
        const page = await http('/');
        others.push({ what: 'app.info', status: info.status, ms: info.ms }, { what: 'GET /', status: page.status, ms: page.ms });
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    // The command line on the same library, one process after another.
    const cli: Awaited<ReturnType<typeof cliAdd>>[] = [];
    const commandLine = (async () => {
      for (let n = 1; importing || n <= 3; n++) cli.push(await cliAdd(book.id, recordId, n));
    })();
    const [{ result: imported }] = await Promise.all([job, autosave, commandLine]);

    const outcomes = unwrap<ImportOutcome[]>(imported);
    assert.equal(outcomes.length, 201);
    assert.deepEqual(
      outcomes.filter((o) => !o.ok),
      [],
      'every file of the backlog is imported',
    );

    // Every write landed.
    assert.deepEqual(
      saves.filter((s) => !s.ok),
      [],
      'every autosave succeeded',
    );
    for (const run of cli) assert.equal(run.code, 0, run.err);
    const final = unwrap<Book>((await rpc('books.get', { id: book.id })).result);
    const points = final.sections.flatMap((s) => s.points);
    assert.equal(points.length, 1 + cli.length, 'every point the command line added is in the book');
    assert.equal(points.find((p) => p.id === pointId)?.text, `Draft ${saves.length}`);

    // How long each waited: reported, not asserted.
    const slowest = (xs: { ms: number }[]) => Math.max(...xs.map((x) => x.ms));
    const cliCalls = cli.flatMap((r) => r.calls);
    const during = saves.filter((s) => s.during).length;
    const cliDuring = cliCalls.filter((c) => c.at <= importEnd).length;
    t.diagnostic(
      `${saves.length} autosaves (${during} during the import), slowest ${slowest(saves).toFixed(0)} ms; ` +
        `app.info and GET / slowest ${slowest(others).toFixed(0)} ms; ${cli.length} CLI runs, ${cliCalls.length} SQLite calls ` +
        `(${cliDuring} during the import), slowest ${slowest(cliCalls).toFixed(0)} ms`,
    );
    assert.ok(during >= 5, `the autosaves ran while the import did (${during})`);
    for (const o of others) assert.equal(o.status, 200, o.what);
    assert.ok(cliDuring >= 1, `the command line wrote while the import ran (${cliDuring} calls)`);
  });
});
