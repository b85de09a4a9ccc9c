// Records arrive as web pages, PDFs, Word minutes and Markdown; each reads like the text version,
// a whole batch reports its progress file by file, and cancel keeps what was already imported.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ImportOutcome, ImportProgress, RecordDetail } from '../../electron/api/types.ts';
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
    const { extractDocument } = await import('../../electron/services/library/extract/index.ts');
    const doc = await extractDocument(readFileSync(join(formats, 'rok-viet-nam-meeting.html')), 'page.html');
    // Not merely "nearly the same": the page gives exactly the paragraphs the text copy gives.
    const { parseRecordText } = await import('../../electron/services/library/parse/index.ts');
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

  test('a batch reports each file as it is done, and cancel keeps what was already imported', async () => {
    const files = Array.from({ length: 60 }, (_, i) => ({
      name: `readout-${String(i).padStart(2, '0')}.txt`,
      base64: Buffer.from(
        `The ministers met for round ${i} of the talks on fisheries.\n\nThey agreed to meet again for round ${i + 1}.`,
      ).toString('base64'),
    }));
    const events: ImportProgress[] = [];
    let cancelled = false;
    const off = lib.events.subscribe((event, payload) => {
      if (event !== 'library.importProgress') return;
      const p = payload as ImportProgress;
      if (p.jobId !== 'job-1') return;
      events.push(p);
      if (!cancelled) {
        cancelled = true;
        void lib.dispatch('library.cancelImport', { jobId: 'job-1' });
      }
    });
    const before = (lib.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.importData', { jobId: 'job-1', files }));
    off();
    assert.equal(outcomes.length, 60, 'every file has an outcome');
    assert.deepEqual(
      events.map((e) => e.done),
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
    assert.ok(events.every((e) => e.total === 60));
    const imported = outcomes.filter((o) => o.ok).length;
    const skipped = outcomes.filter((o) => !o.ok && o.error.code === 'CANCELLED');
    assert.ok(imported >= 1, 'the file in hand was finished');
    assert.ok(skipped.length >= 1, 'cancel stopped the batch');
    assert.equal(imported + skipped.length, 60);
    assert.match(!skipped[0]?.ok ? (skipped[0]?.error.message ?? '') : '', /was not imported: the import was cancelled/);
    const stored = outcomes.filter((o) => o.ok && !o.duplicate).length;
    assert.equal(
      (
        lib.db.prepare('SELECT count(*) AS n FROM records').get() as {
          n: number;
        }
      ).n - before,
      stored,
    );
    // Cancelling a job that has finished says so.
    assert.deepEqual(unwrap(await lib.dispatch('library.cancelImport', { jobId: 'job-1' })), { cancelled: false });
  });

  test('the batch also runs on the main thread when no worker can be used, with the same results', async () => {
    const { runImportJob } = await import('../../electron/services/library/import-job.ts');
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
