// Records arrive as web pages, PDFs, Word minutes and Markdown; each reads like the text version,
// a whole batch reports its progress file by file, and cancel keeps what was already imported.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ImportOutcome, ImportProgress, RecordDetail } from '../../electron/shared/types.ts';
import { koreanSeed, repoRoot, tempBackend, unwrap } from '../helpers/library.ts';

const formats = join(repoRoot, 'tests', 'fixtures', 'formats');

describe('importing every kind of record file', () => {
  let lib: ReturnType<typeof tempBackend>;
  const importOne = async (path: string) => {
    const [outcome] = unwrap<ImportOutcome[]>(await lib.dispatch('library.import', { paths: [path] }));
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    return {
      outcome,
      record: unwrap<RecordDetail>(await lib.dispatch('library.get', { id: outcome.record.id })),
    };
  };

  before(() => {
    lib = tempBackend({ seed: false });
  });
  after(() => lib.dispose());

  test('the saved web page of a press release is the same record as its text copy', async () => {
    const text = await importOne(koreanSeed);
    const page = await importOne(join(formats, 'rok-viet-nam-meeting.html'));
    assert.equal(page.outcome.duplicate, true, 'the page was stored a second time');
    assert.equal(page.record.id, text.record.id);
    // What the page would have given on its own: the article, not its menus, share bar or related news.
    const { extractDocument } = await import('../../electron/node/library/extract/index.ts');
    const doc = await extractDocument(readFileSync(join(formats, 'rok-viet-nam-meeting.html')), 'page.html');
    // Not merely "nearly the same": the page gives exactly the paragraphs the text copy gives.
    const { parseRecordText } = await import('../../electron/node/library/parse/index.ts');
    assert.deepEqual(parseRecordText(doc.text).paragraphs, parseRecordText(readFileSync(koreanSeed, 'utf8')).paragraphs);
    for (const chrome of ['HOME', 'Facebook', 'Related news', 'Most popular', 'cookies', 'Copyright', 'Hit : 1690']) {
      assert.ok(!doc.text.includes(chrome), `${chrome} was kept`);
    }
    const { candidates, ...plain } = doc.hints;
    assert.deepEqual(plain, {
      title: 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon',
      publisher: 'Ministry of Foreign Affairs, Republic of Korea',
      publishedAt: '2020-09-22',
      language: 'en',
    });
    // The page's metadata also arrives as evidence, each piece with its reason.
    assert.ok(candidates?.some((c) => c.field === 'publishedAt' && c.value === '2020-09-22' && c.source === 'metadata'));
  });

  test('a PDF readout keeps its numbered paragraphs and loses the running header and page numbers', async () => {
    const { record } = await importOne(join(formats, 'ambassador-readout.pdf'));
    assert.equal(record.title, 'Foreign Minister receives the Korean Ambassador');
    assert.deepEqual(
      record.paragraphs.map((p) => p.label),
      ['1', '2', '3', '4'],
    );
    const all = record.paragraphs.map((p) => p.text).join('\n');
    assert.doesNotMatch(all, /Press Release|Page \d of/);
    // A paragraph wrapped over several lines comes back as one paragraph.
    assert.match(record.paragraphs[2]?.text ?? '', /^The Ambassador affirmed .* protection of citizens\.$/);
  });

  test('Word minutes keep their list numbering and bullets as the record’s own labels', async () => {
    const { record } = await importOne(join(formats, 'joint-committee-minutes.docx'));
    assert.equal(record.title, 'Minutes of the Viet Nam–Korea Joint Committee on Trade');
    assert.deepEqual(
      record.paragraphs.map((p) => p.label),
      ['1', '1.1', '1.2', '2', '3'],
    );
    assert.match(record.paragraphs[1]?.text ?? '', /^The Vietnamese side proposed a new target/);
  });

  test('Markdown reads as its words, without # or ** or link syntax', async () => {
    const file = join(lib.dir, 'readout.md');
    writeFileSync(
      file,
      '---\ntitle: Vice ministers meet in Hanoi\ndate: 2022-06-14\n---\n# Vice ministers meet in Hanoi\n\n1. The vice ministers met in **Hanoi** on [June 14](https://example.org).\n2. They agreed to meet again in *Seoul*.\n',
    );
    const { record } = await importOne(file);
    assert.equal(record.title, 'Vice ministers meet in Hanoi');
    assert.equal(record.publishedAt, '2022-06-14');
    assert.deepEqual(
      record.paragraphs.map((p) => [p.label, p.text]),
      [
        ['1', 'The vice ministers met in Hanoi on June 14.'],
        ['2', 'They agreed to meet again in Seoul.'],
      ],
    );
  });

  // Cancel is made to land at an exact point with the job's checkpoints (the batch waits for the
  // test there), never by racing the batch: the same test passes on a fast or a loaded machine.
  // Distinct records (not near-duplicates of one another): words drawn by a hash of the tag and index.
  const WORDS =
    'fisheries trade visas vaccines energy climate shipping rice coal students tourism aviation banking rail ports mining textiles science health culture police customs labour water forests'.split(
      ' ',
    );
  const topicsOf = (seed: string) =>
    Array.from({ length: 8 }, (_, k) => {
      let h = 2166136261;
      for (const c of `${seed}/${k}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
      return WORDS[(h >>> 0) % WORDS.length];
    }).join(', ');
  const readouts = (tag: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      file: `${tag}-${String(i).padStart(2, '0')}.txt`,
      name: `${tag}-${String(i).padStart(2, '0')}.txt`,
      bytes: new TextEncoder().encode(
        `The ministers met in ${tag} round ${i} to discuss ${topicsOf(`${tag}${i}`)}.\n\nThey agreed on ${topicsOf(`${tag}${i}b`)} and to meet again.`,
      ),
    }));
  const recordCount = () => (lib.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;

  async function cancelAt(tag: string, n: number, at: { index: number; step: 'file' | 'parse' }, inProcess = false) {
    const { runImportJob } = await import('../../electron/node/library/import-job.ts');
    const controller = new AbortController();
    const steps: ImportProgress[] = [];
    const before = recordCount();
    const outcomes = await runImportJob(lib.db, readouts(tag, n), {
      signal: controller.signal,
      inProcess,
      onProgress: (step) => steps.push({ jobId: tag, ...step }),
      checkpoint: (point) => {
        if (point.index === at.index && point.step === at.step) controller.abort();
      },
    });
    return { outcomes, steps, stored: recordCount() - before };
  }

  function assertCancelledFrom(
    run: { outcomes: ImportOutcome[]; steps: ImportProgress[]; stored: number },
    n: number,
    imported: number,
  ) {
    assert.equal(run.outcomes.length, n, 'every file has an outcome');
    assert.deepEqual(
      run.steps.map((e) => [e.done, e.total]),
      Array.from({ length: n }, (_, i) => [i + 1, n]),
      'every file is reported, in order',
    );
    assert.deepEqual(
      run.outcomes.map((o) => (o.ok ? 'imported' : o.error.code)),
      Array.from({ length: n }, (_, i) => (i < imported ? 'imported' : 'CANCELLED')),
    );
    assert.equal(run.stored, imported, 'what was imported before the cancel stays, nothing after it is stored');
    const skipped = run.outcomes[imported];
    assert.match(skipped && !skipped.ok ? skipped.error.message : '', /was not imported: the import was cancelled/);
  }

  test('a batch reports each file as it is done, and cancel keeps what was already imported', async () => {
    assertCancelledFrom(await cancelAt('batch', 60, { index: 20, step: 'file' }), 60, 20);
  });

  test('a cancel that arrives as the last file starts still stops it', async () => {
    assertCancelledFrom(await cancelAt('last', 60, { index: 59, step: 'file' }), 60, 59);
  });

  test('a cancel while a file is being read stops the importer at once and stores none of it', async () => {
    // The importer is held just before it parses file 3 and cancelled there: it is stopped
    // without being let go (were it not stopped, the test would never end).
    assertCancelledFrom(await cancelAt('parse', 10, { index: 3, step: 'parse' }), 10, 3);
  });

  test('cancel works the same when the batch runs on the main thread', async () => {
    assertCancelledFrom(await cancelAt('main', 10, { index: 4, step: 'parse' }, true), 10, 4);
  });

  test('Cancel in the Import dialog reaches the running batch: every file is reported and none stored', async () => {
    const files = readouts('dialog', 30).map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
    const events: ImportProgress[] = [];
    const off = lib.events.subscribe((event, payload) => {
      if (event === 'library.importProgress' && (payload as ImportProgress).jobId === 'job-1')
        events.push(payload as ImportProgress);
    });
    const before = recordCount();
    // The job is registered as the call starts, so a cancel sent right after it always finds it.
    const running = lib.dispatch('library.importData', { jobId: 'job-1', files });
    assert.deepEqual(unwrap(await lib.dispatch('library.cancelImport', { jobId: 'job-1' })), { cancelled: true });
    const outcomes = unwrap<ImportOutcome[]>(await running);
    off();
    assert.equal(outcomes.length, 30);
    assert.ok(outcomes.every((o) => !o.ok && o.error.code === 'CANCELLED'));
    assert.deepEqual(
      events.map((e) => e.done),
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    assert.equal(recordCount(), before);
    // Cancelling a job that has finished says so.
    assert.deepEqual(unwrap(await lib.dispatch('library.cancelImport', { jobId: 'job-1' })), { cancelled: false });
  });

  test('the batch also runs on the main thread when no worker can be used, with the same results', async () => {
    const { runImportJob } = await import('../../electron/node/library/import-job.ts');
    const steps: number[] = [];
    const outcomes = await runImportJob(
      lib.db,
      [
        { file: 'seed.txt', name: 'seed.txt', bytes: readFileSync(koreanSeed) },
        { file: 'x.txt', name: 'x.txt', bytes: new Uint8Array() },
      ],
      {
        inProcess: true,
        onProgress: (s) => steps.push(s.done),
      },
    );
    assert.deepEqual(
      outcomes.map((o) => (o.ok ? `duplicate:${o.duplicate}` : o.error.code)),
      ['duplicate:true', 'IMPORT_EMPTY'],
    );
    assert.deepEqual(steps, [1, 2]);
  });
});
