import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Input } from '../../shared/contract.ts';
import type {
  Book,
  BookSummary,
  ExportResult,
  ImportOutcome,
  RecordDetail,
  RecordSummary,
  SearchHit,
} from '../../shared/types.ts';
import { startHost } from '../host.ts';
import { rendererDir, resolveDataDir } from '../paths.ts';
import type { Backend } from '../rpc/backend.ts';
import { printable } from '../rpc/printable.ts';
import { buildDemoBook } from './demo.ts';
import { bookLine, bookText, hitLine, recordLine, recordText } from './format.ts';
import { ensureInterfaceBuilt } from './interface.ts';
import { CliError, call, type Flags, openBackend } from './session.ts';
import { searchFilters } from './topics.ts';

export { CliError, type Flags } from './session.ts';

function print(flags: Flags, json: unknown, text: () => string): void {
  process.stdout.write(`${flags.json ? JSON.stringify(json, null, 2) : text()}\n`);
}

function pointIds(book: Book): string[] {
  return book.sections.flatMap((s) => s.points.map((p) => p.id));
}

function need(value: string | undefined, what: string): string {
  if (!value || value.trim() === '') throw new CliError(`briefbook: ${what}. Run \`briefbook --help\` for usage.`, 2);
  return value;
}

function requirePdfPath(out: string | undefined): string {
  const path = need(out, 'say where to write the PDF with --out FILE.pdf');
  if (!path.toLowerCase().endsWith('.pdf')) throw new CliError(`briefbook: the output file must end in .pdf (got ${path}).`, 2);
  return resolve(path);
}

async function withBackend<T>(flags: Flags, fn: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = openBackend(flags);
  try {
    return await fn(backend);
  } finally {
    backend.close();
  }
}

export async function runImport(args: string[], flags: Flags): Promise<number> {
  if (args.length === 0) need(undefined, 'name at least one file or folder to import');
  return withBackend(flags, async (backend) => {
    const outcomes: ImportOutcome[] = await call(backend, 'library.import', { paths: args.map((a) => resolve(a)) });
    if (outcomes.length === 0)
      throw new CliError('briefbook: there were no records to import there (.txt, .md, .html, .pdf or .docx files).');
    const json: unknown[] = [];
    for (const o of outcomes) {
      if (o.ok) {
        const detail: RecordDetail = await call(backend, 'library.get', { id: o.record.id });
        const { usedParagraphIds: _used, ...record } = detail;
        json.push({ file: o.file, duplicate: o.duplicate, ...record });
        if (!flags.json) {
          console.log(
            `${o.duplicate ? 'already in library' : 'imported'}  ${printable(o.file)}  →  ${o.record.id}  ${printable(o.record.title)} (${o.record.paragraphCount} paragraphs)`,
          );
        }
      } else {
        json.push({ file: o.file, error: o.error });
        if (!flags.json)
          console.log(
            `${o.error.code === 'CANCELLED' ? 'not imported' : 'failed'}    ${printable(o.file)}: ${printable(o.error.message)}`,
          );
      }
    }
    if (flags.json) console.log(JSON.stringify(json, null, 2));
    return outcomes.every((o) => o.ok) ? 0 : 1;
  });
}

export async function runRecords(flags: Flags): Promise<number> {
  return withBackend(flags, async (backend) => {
    const records: RecordSummary[] = await call(backend, 'library.list', {});
    print(flags, records, () => (records.length ? records.map(recordLine).join('\n') : 'The library is empty.'));
    return 0;
  });
}

export async function runRecord(args: string[], flags: Flags): Promise<number> {
  const id = need(args[0], 'name the record id (see `briefbook records`)');
  return withBackend(flags, async (backend) => {
    const record: RecordDetail = await call(backend, 'library.get', { id });
    print(flags, record, () => recordText(record));
    return 0;
  });
}

export async function runSearch(args: string[], flags: Flags): Promise<number> {
  const query = flags.topic ? args.join(' ') : need(args.join(' '), 'say what to search for (or choose a topic with --topic)');
  const filters = searchFilters(flags);
  return withBackend(flags, async (backend) => {
    const hits: SearchHit[] = await call(backend, 'library.search', filters ? { query, filters } : { query });
    print(flags, hits, () => (hits.length ? hits.map(hitLine).join('\n') : `Nothing in the library matches “${query}”.`));
    return 0;
  });
}

export async function runBooks(flags: Flags): Promise<number> {
  return withBackend(flags, async (backend) => {
    const books: BookSummary[] = await call(backend, 'books.list', {});
    print(flags, books, () => (books.length ? books.map(bookLine).join('\n') : 'There are no briefing books yet.'));
    return 0;
  });
}

export async function runBook(args: string[], flags: Flags): Promise<number> {
  const [sub, ...rest] = args;
  return withBackend(flags, async (backend) => {
    if (sub === 'new') {
      const title = need(flags.title, 'give the book a title with --title');
      const input: Input<'books.create'> = { title };
      if (flags.classification)
        input.classification = flags.classification.toUpperCase() as Input<'books.create'>['classification'];
      const book: Book = await call(backend, 'books.create', input);
      print(flags, { id: book.id, title: book.title, classification: book.classification }, () => book.id);
      return 0;
    }
    if (sub === 'add') {
      const [bookId, recordId, paragraphId] = rest;
      need(bookId, 'name the book id, the record id and the paragraph (e.g. `book add b1 r2 3`)');
      need(recordId, 'name the record id and the paragraph after the book id');
      need(paragraphId, 'name the paragraph (its id or its number, e.g. 3)');
      const input: Input<'books.addPoint'> = { bookId: bookId as string, recordId, paragraphId };
      if (flags.section) input.section = flags.section;
      // The point added is the one the book did not have before: an earlier point citing the same
      // paragraph number of another record must not be taken for it.
      const before = new Set(pointIds(await call(backend, 'books.get', { id: bookId as string })));
      const book: Book = await call(backend, 'books.addPoint', input);
      const point = book.sections.flatMap((s) => s.points).find((p) => !before.has(p.id));
      print(
        flags,
        book,
        () =>
          `Added ${point?.citation ? `para ${point.citation.label} of “${printable(point.citation.recordTitle)}”` : 'the point'} to “${printable(book.title)}”.`,
      );
      return 0;
    }
    if (sub === 'show') {
      const book: Book = await call(backend, 'books.get', { id: need(rest[0], 'name the book id (see `briefbook books`)') });
      print(flags, book, () => bookText(book));
      return 0;
    }
    if (sub === 'save') {
      const bookId = need(rest[0], 'name the book id to save (see `briefbook books`)');
      const out = need(flags.out, 'say where to write the book with --out FILE.briefbook');
      if (!out.toLowerCase().endsWith('.briefbook'))
        throw new CliError(`briefbook: the book file must end in .briefbook (got ${out}).`, 2);
      const saved = await call(backend, 'books.saveFile', { bookId, outPath: resolve(out) });
      print(
        flags,
        saved,
        () =>
          `Saved “${saved.fileName}” (${saved.records} record${saved.records === 1 ? '' : 's'}, ${saved.bytes} bytes) to ${saved.path}.`,
      );
      return 0;
    }
    if (sub === 'open') {
      const path = need(rest[0], 'name the .briefbook file to open');
      const opened = await call(backend, 'books.openFile', { path: resolve(path) });
      print(
        flags,
        opened,
        () =>
          `Opened “${opened.book.title}” as book ${opened.book.id}: ${opened.recordsAdded} record(s) added, ${opened.recordsMatched} already in the library.`,
      );
      return 0;
    }
    throw new CliError(
      `briefbook: unknown book command “${sub ?? ''}”; use book new, book add, book show, book save or book open.`,
      2,
    );
  });
}

/** `settings get [country]` and `settings set country <name>`: the desk's own country. */
export async function runSettings(args: string[], flags: Flags): Promise<number> {
  const [sub, key, ...value] = args;
  if (sub !== 'get' && sub !== 'set')
    throw new CliError('briefbook: say `settings get` or `settings set country <name>`. Run `briefbook --help` for usage.', 2);
  if (key !== undefined && key !== 'country')
    throw new CliError(`briefbook: there is no setting “${key}”; the one setting is \`country\` (the desk's own country).`, 2);
  return withBackend(flags, async (backend) => {
    if (sub === 'get') {
      const settings = await call(backend, 'settings.get', {});
      print(flags, { country: settings.country }, () => settings.country ?? 'The desk’s country is not set yet.');
      return 0;
    }
    need(key, 'name the setting and its value: `settings set country <name>`');
    const name = need(value.join(' '), 'name the country, e.g. `settings set country "United States"`');
    const settings = await call(backend, 'settings.set', { country: name });
    print(flags, { country: settings.country }, () => `The desk’s country is ${settings.country}.`);
    return 0;
  });
}

export async function runExport(args: string[], flags: Flags): Promise<number> {
  const bookId = need(args[0], 'name the book id to export (see `briefbook books`)');
  const out = requirePdfPath(flags.out);
  return withBackend(flags, async (backend) => {
    const result: ExportResult = await call(backend, 'pdf.export', { bookId, outPath: out });
    print(flags, result, () => `Wrote ${result.path} (${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB)`);
    return 0;
  });
}

export async function runDemo(flags: Flags): Promise<number> {
  const out = requirePdfPath(flags.out);
  const dir = mkdtempSync(join(tmpdir(), 'briefbook-demo-'));
  try {
    return await withBackend({ ...flags, data: dir }, async (backend) => {
      const book = await buildDemoBook(backend.dispatch);
      const result: ExportResult = await call(backend, 'pdf.export', { bookId: book.id, outPath: out });
      print(flags, result, () => `Wrote the sample briefing book to ${result.path} (${result.pages} pages)`);
      return 0;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runServe(flags: Flags): Promise<number> {
  let port = 0;
  if (flags.port !== undefined) {
    port = Number(flags.port);
    if (!/^\d+$/.test(flags.port) || port > 65535)
      throw new CliError(`briefbook: --port must be a number from 0 to 65535 (got ${flags.port}).`, 2);
  }
  const dataDir = resolve(resolveDataDir(flags.data));
  const staticDir = rendererDir();
  ensureInterfaceBuilt(staticDir);
  let host: Awaited<ReturnType<typeof startHost>>;
  try {
    host = await startHost({ dataDir, port, staticDir });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE')
      throw new CliError(`briefbook: port ${port} is already in use; choose another with --port, or 0 for any free port.`);
    throw error;
  }
  console.log(`Briefbook is running at ${host.url}`);
  console.log(`Library: ${dataDir}`);
  console.log('Open the address above in your browser. Press Ctrl+C to stop.');
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  return 0;
}
