// Every API method, called a few hundred times with inputs made from its own schema — fitting ones and
// broken ones (wrong types, missing and extra fields, huge strings, NUL and control characters, deep
// nesting, NaN and huge numbers) — through the one dispatch both transports use, and a sample through
// the browser host over HTTP. Every answer is a well-formed Result; an input error is BAD_INPUT in one
// line, never INTERNAL; and a call that fails leaves the library exactly as it was.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import type { Dispatch } from '../../electron/node/rpc/dispatch.ts';
import { contract } from '../../electron/shared/contract.ts';
import { ErrorCodes, type Result } from '../../electron/shared/errors.ts';
import { METHOD_NAMES, type MethodName } from '../../electron/shared/methods.ts';
import type { Book, RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import { broken, fitting, librarySnapshot, type Pools, type Rng, rng, writes } from '../helpers/fuzz.ts';
import { useHost } from '../helpers/host.ts';
import { koreanSeed, tempBackend, tempDir, unwrap } from '../helpers/library.ts';

const SEED = 20_260_113;
/** FUZZ_METHODS=books.saveFile,pdf.export replays the run for those methods only. */
const ONLY = process.env.FUZZ_METHODS?.split(',');
const BROKEN_PER_METHOD = 200;
const FITTING_PER_METHOD = 50;
/** Methods that render a PDF or parse files: fewer fitting calls, so the whole run stays well under a minute. */
const HEAVY: Partial<Record<MethodName, number>> = {
  'pdf.export': 6,
  'pdf.preview': 2,
  'app.printBook': 4,
  'library.reparse': 2,
  'library.import': 4,
  'library.importData': 4,
  'library.importText': 4,
  'books.saveFile': 30,
  'books.openFile': 20,
  'books.openData': 6,
  'books.draftPoint': 10,
  'ledger.fillBook': 10,
  // Each new topic or alias tags every paragraph again.
  'topics.create': 12,
  'topics.addAlias': 12,
};

const schemaOf = (m: MethodName) =>
  z.toJSONSchema(contract[m].input, { io: 'input', unrepresentable: 'any' }) as Parameters<typeof fitting>[0];
const fits = (m: MethodName, input: unknown) => contract[m].input.safeParse(input ?? {}).success;

/** What is wrong with an answer, or null when it is a well-formed Result. */
function malformed(result: Result<unknown>, inputError: boolean): string | null {
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') return 'not a Result';
  try {
    JSON.stringify(result);
  } catch {
    return 'cannot be sent as JSON';
  }
  if (result.ok) return inputError ? 'an invalid input was accepted' : null;
  const { code, message } = result.error ?? {};
  if (!ErrorCodes.includes(code)) return `unknown error code ${code}`;
  if (typeof message !== 'string' || message.trim() === '') return 'no message';
  if (code === 'INTERNAL') return `INTERNAL: ${message.slice(0, 300)}`;
  if (inputError && code !== 'BAD_INPUT') return `${code} for an input error`;
  if (inputError && /[\n\r]/.test(message)) return 'a message over several lines';
  return null;
}

function shown(input: unknown): string {
  try {
    const s = JSON.stringify(input) ?? String(input);
    return s.length > 200 ? `${s.slice(0, 200)}… (${s.length} chars)` : s;
  } catch {
    return String(input);
  }
}

describe('fuzzing every API method', () => {
  const lib = tempBackend();
  const files = tempDir('briefbook-fuzz-files-');
  const idsByField = new Map<string, string[]>();
  const cwd = process.cwd();
  const pools: Pools = {
    ids: (field) => idsByField.get(field) ?? idsByField.get('*') ?? [],
    // Every path a fitting input names is inside a throw-away folder: the fuzzer never reads or writes elsewhere.
    path: (r: Rng) =>
      join(
        files,
        r.pick([
          'missing.txt',
          'record.txt',
          'sub/none.pdf',
          'no-folder/out.pdf',
          'out.pdf',
          'book.briefbook',
          'sub',
          'a\nb.txt',
          'a\0b.briefbook',
          'nul\0.pdf',
          `${'x'.repeat(300)}.pdf`,
          `${'한'.repeat(100)}.briefbook`,
          'é.briefbook',
        ]),
      ),
  };

  before(async () => {
    // A relative path a broken input names lands here too, never in the repository.
    process.chdir(files);
    writeFileSync(join(files, 'record.txt'), readFileSync(koreanSeed));
    mkdirSync(join(files, 'sub'));
    const records = unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}));
    const paragraphs: string[] = [];
    for (const r of records) {
      const detail = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: r.id }));
      paragraphs.push(...detail.paragraphs.map((p) => p.id), ...detail.paragraphs.map((p) => p.label));
    }
    const books: Book[] = [];
    for (const title of ['Fuzz one', 'Fuzz two']) {
      const book = unwrap<Book>(await lib.dispatch('books.create', { title }));
      for (const r of records)
        await lib.dispatch('books.addPoint', { bookId: book.id, recordId: r.id, paragraphId: paragraphs[1] ?? '1' });
      books.push(unwrap<Book>(await lib.dispatch('books.get', { id: book.id })));
    }
    unwrap(await lib.dispatch('books.saveFile', { bookId: books[0]?.id, outPath: join(files, 'book.briefbook') }));
    const list = async (m: MethodName) =>
      ((await lib.dispatch(m, {})) as { ok: boolean; value?: { id: string }[] }).value?.map((x) => x.id) ?? [];
    const recordIds = records.map((r) => r.id);
    const bookIds = books.map((b) => b.id);
    const sections = books.flatMap((b) => b.sections.map((s) => s.id)).concat(['talking-points', 'background']);
    const points = books.flatMap((b) => b.sections.flatMap((s) => s.points.map((p) => p.id)));
    const topics = await list('topics.list');
    const people = await list('people.list');
    const ledger = await list('ledger.list');
    const set = (fields: string[], ids: string[]) => {
      for (const f of fields) idsByField.set(f, ids);
    };
    set(['bookId'], bookIds);
    set(['recordId'], recordIds);
    set(['paragraphId'], paragraphs);
    set(['pointId'], points);
    set(['sectionId', 'section', 'sectionIds'], sections);
    set(['topicId', 'topic'], topics);
    set(['keepId', 'mergeId', 'person'], people);
    set(['counterpart', 'country', 'sourceCountry'], ['Viet Nam', 'Republic of Korea', 'Japan', ...topics.slice(0, 5)]);
    set(['*', 'id'], [...recordIds, ...bookIds, ...points, ...topics.slice(0, 5), ...people.slice(0, 5), ...ledger]);
  });

  after(() => {
    process.chdir(cwd);
    lib.dispose();
    rmSync(files, { recursive: true, force: true });
  });

  /** Calls one method with every input; returns what went wrong, by input. */
  async function fuzz(dispatch: Dispatch, db: typeof lib.db, method: MethodName, inputs: unknown[]): Promise<string[]> {
    const problems: string[] = [];
    const invalid = inputs.filter((i) => !fits(method, i));
    const valid = inputs.filter((i) => fits(method, i));

    // Inputs the contract refuses: not one of them may touch the library.
    const before = librarySnapshot(db);
    for (const input of invalid) {
      const problem = malformed(await dispatch(method, input), true);
      if (problem) problems.push(`${problem} ← ${shown(input)}`);
    }
    if (librarySnapshot(db) !== before) problems.push('invalid inputs changed the library');

    // Inputs that fit: any answer but INTERNAL; a failure leaves the library as it was.
    let baseline = { writes: writes(db), snapshot: before };
    for (const input of valid) {
      if (writes(db) !== baseline.writes) baseline = { writes: writes(db), snapshot: librarySnapshot(db) };
      const result = await dispatch(method, input);
      const problem = malformed(result, false);
      if (problem) problems.push(`${problem} ← ${shown(input)}`);
      if (!result.ok && writes(db) !== baseline.writes && librarySnapshot(db) !== baseline.snapshot)
        problems.push(`a failed call (${result.error.code}) changed the library ← ${shown(input)}`);
    }
    return problems;
  }

  function inputsFor(method: MethodName, index: number): { inputs: unknown[]; invalid: number } {
    const r = rng(SEED + index);
    const schema = schemaOf(method);
    const budget = HEAVY[method] ?? FITTING_PER_METHOD;
    const good = Array.from({ length: Math.ceil(budget / 2) }, () => fitting(schema, r, pools));
    const base = good.length ? good : [fitting(schema, r, pools)];
    const bad = Array.from({ length: BROKEN_PER_METHOD }, () => broken(r.pick(base), r));
    // Broken values that still fit the contract are kept only within the method's budget of fitting calls.
    const stillFit = bad.filter((i) => fits(method, i));
    const refused = bad.filter((i) => !fits(method, i));
    const inputs = [...refused, ...good.filter((i) => fits(method, i)), ...stillFit.slice(0, Math.floor(budget / 2))];
    return { inputs, invalid: refused.length };
  }

  test('through the dispatch: a few hundred inputs per method, each answered with a well-formed Result', async (t) => {
    const problems: string[] = [];
    let calls = 0;
    let refusedTotal = 0;
    for (const [index, method] of METHOD_NAMES.entries()) {
      if (ONLY && !ONLY.includes(method)) continue;
      const { inputs, invalid } = inputsFor(method, index);
      calls += inputs.length;
      refusedTotal += invalid;
      for (const p of await fuzz(lib.dispatch, lib.db, method, inputs)) problems.push(`${method}: ${p}`);
    }
    const methods = ONLY?.length ?? METHOD_NAMES.length;
    assert.ok(calls > methods * 150, `only ${calls} calls`);
    assert.ok(refusedTotal > methods * 100, `only ${refusedTotal} invalid inputs`);
    t.diagnostic(`${calls} calls on ${methods} methods, ${refusedTotal} of them with inputs the contract refuses`);
    assert.deepEqual(problems.slice(0, 15), [], `${problems.length} problems in ${calls} calls`);
  });

  describe('over HTTP', () => {
    const host = useHost();

    async function post(
      method: string,
      body: string | Uint8Array<ArrayBuffer>,
    ): Promise<{ status: number; result: Result<unknown> | null }> {
      const res = await fetch(`http://127.0.0.1:${host().port}/rpc/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host().token}`, 'Content-Type': 'application/json' },
        body,
      });
      const text = await res.text();
      try {
        return { status: res.status, result: JSON.parse(text) as Result<unknown> };
      } catch {
        return { status: res.status, result: null };
      }
    }

    test('a sample of every method’s inputs, and malformed bodies, get a status and a JSON Result', async () => {
      const problems: string[] = [];
      // The same checks as above, with the call going over HTTP: what the page sends is JSON.
      const overHttp: Dispatch = async (method, input) => {
        const { status, result } = await post(method, JSON.stringify(input) ?? '');
        if (status !== 200 || !result) problems.push(`${method}: HTTP ${status} ← ${shown(input)}`);
        return result ?? { ok: false, error: { code: 'INTERNAL', message: 'not JSON' } };
      };
      for (const [index, method] of METHOD_NAMES.entries()) {
        if (ONLY && !ONLY.includes(method)) continue;
        const sample = inputsFor(method, index)
          .inputs.filter((_, i) => i % 20 === 0)
          .map((input) => JSON.parse(JSON.stringify(input) ?? '{}') as unknown);
        for (const p of await fuzz(overHttp, host().backend.db, method, sample)) problems.push(`${method}: ${p}`);
      }
      const raw: (string | Uint8Array<ArrayBuffer>)[] = [
        '{',
        '[]',
        'null',
        '"x"',
        '1e999',
        '{"id":',
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        `{"id":"${'\\u0000'.repeat(1000)}"}`,
        new Uint8Array([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      ];
      for (const body of raw) {
        for (const method of ['library.get', 'books.create', 'no.such', '%E0%A4%A']) {
          const { status, result } = await post(method, body);
          if (result?.ok !== false || result.error.code === 'INTERNAL' || ![200, 400].includes(status))
            problems.push(`${method} (${status}) ← ${shown(String(body).slice(0, 40))}: ${shown(result)}`);
        }
      }
      assert.deepEqual(problems.slice(0, 15), [], `${problems.length} problems`);
    });
  });
});
