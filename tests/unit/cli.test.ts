import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { koreanSeed, repoRoot, tempDir, vietnameseSeed } from '../helpers/library.ts';

const bin = join(repoRoot, 'bin', 'briefbook.mjs');
const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

function briefbook(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BRIEFBOOK_DATA: join(dir, 'default') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the briefbook command line', () => {
  const data = join(dir, 'lib');

  test('import --json prints each record with its fields, and a failed file with its error', () => {
    const bad = join(dir, 'empty.txt');
    writeFileSync(bad, '');
    const r = briefbook('import', koreanSeed, bad, vietnameseSeed, '--data', data, '--json');
    assert.equal(r.code, 1, r.err);
    const out = JSON.parse(r.out) as Record<string, unknown>[];
    assert.equal(out.length, 3);
    const korean = out[0] as Record<string, unknown>;
    for (const key of [
      'id',
      'title',
      'publisher',
      'publishedAt',
      'meetingDate',
      'place',
      'language',
      'participants',
      'paragraphs',
    ]) {
      assert.ok(key in korean, key);
    }
    assert.equal(korean.meetingDate, '2020-09-18');
    assert.equal(korean.publishedAt, '2020-09-22');
    // Beside each plain value, its evidence: how sure, why, and every candidate found.
    const evidence = korean.evidence as Record<string, { value: string; confidence: number; why: string; candidates: unknown[] }>;
    assert.equal(evidence.meetingDate?.value, '2020-09-18');
    assert.ok((evidence.meetingDate?.confidence ?? 0) > 0 && (evidence.meetingDate?.why ?? '') !== '');
    assert.ok(Array.isArray(korean.check));
    const paragraphs = korean.paragraphs as { id: string; label: string; text: string }[];
    assert.equal(paragraphs.find((p) => p.label === '3.1')?.text.includes('Incheon-Hanoi'), true);
    assert.deepEqual(out[1], {
      file: bad,
      error: { code: 'IMPORT_EMPTY', message: (out[1] as { error: { message: string } }).error.message },
    });
    assert.equal(typeof (out[2] as Record<string, unknown>).id, 'string');
  });

  test('records, record, search and the book verbs work end to end to a PDF', () => {
    const records = JSON.parse(briefbook('records', '--data', data, '--json').out) as { id: string; title: string }[];
    assert.equal(records.length, 2);
    const korean = records.find((r) => r.title.startsWith('ROK-Viet Nam')) as { id: string };
    assert.match(briefbook('record', korean.id, '--data', data).out, /Incheon-Hanoi/);
    const hits = JSON.parse(briefbook('search', 'flights', '--data', data, '--json').out) as { label: string }[];
    assert.deepEqual(
      hits.map((h) => h.label),
      ['3.1'],
    );
    const created = briefbook('book', 'new', '--title', 'Visit of the Foreign Minister of Viet Nam', '--data', data);
    assert.equal(created.code, 0, created.err);
    const bookId = created.out.trim();
    assert.match(bookId, /^b[0-9a-f]+$/);
    assert.equal(briefbook('book', 'add', bookId, korean.id, '3', '--data', data).code, 0);
    assert.equal(
      briefbook('book', 'add', bookId, korean.id, `${korean.id}:4`, '--data', data, '--section', 'key-messages').code,
      0,
    );
    const book = JSON.parse(briefbook('book', 'show', bookId, '--data', data, '--json').out) as {
      sections: { key: string; points: unknown[] }[];
    };
    assert.equal(book.sections.find((s) => s.key === 'talking-points')?.points.length, 1);
    assert.equal(book.sections.find((s) => s.key === 'key-messages')?.points.length, 1);
    const books = JSON.parse(briefbook('books', '--data', data, '--json').out) as { id: string; pointCount: number }[];
    assert.deepEqual(
      books.map((b) => [b.id, b.pointCount]),
      [[bookId, 2]],
    );
    const pdf = join(dir, 'book.pdf');
    const exported = briefbook('export', bookId, '--out', pdf, '--data', data);
    assert.equal(exported.code, 0, exported.err);
    assert.ok(existsSync(pdf));
  });

  test('mistakes give one clear line on stderr and a non-zero exit, never a stack trace', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command “frobnicate”/],
      [['records', '--colour'], /Unknown option '--colour'/],
      [['record', 'r-none', '--data', data], /no record with id r-none/],
      [['book', 'new', '--data', data], /--title/],
      [['book', 'new', '--title', 'X', '--classification', 'TOPSECRET', '--data', data], /classification must be one of/],
      [['export', 'b-none', '--out', join(dir, 'x.pdf'), '--data', data], /no briefing book with id b-none/],
      [['export', 'b-none', '--out', join(dir, 'x.docx'), '--data', data], /must end in \.pdf/],
      [['demo'], /--out/],
      [['serve', '--port', 'eighty'], /--port must be a number/],
      [['import', '--data', data], /at least one file/],
    ];
    for (const [args, message] of cases) {
      const r = briefbook(...args);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.match(r.err, message, args.join(' '));
      assert.equal(r.err.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${r.err}`);
      assert.doesNotMatch(r.err, /\bat .*\.ts:\d+/);
    }
  });

  test('settings get|set country: the desk’s own country, by any of its names', () => {
    const desk = join(dir, 'desk');
    assert.match(briefbook('settings', 'get', '--data', desk).out, /not set yet/);
    const set = briefbook('settings', 'set', 'country', 'the', 'UK', '--data', desk);
    assert.equal(set.code, 0, set.err);
    assert.equal(set.out.trim(), 'The desk’s country is United Kingdom.');
    assert.deepEqual(JSON.parse(briefbook('settings', 'get', 'country', '--data', desk, '--json').out), {
      country: 'United Kingdom',
    });
    const bad = briefbook('settings', 'set', 'country', 'Atlantis', '--data', desk);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /^briefbook: Briefbook does not know the country “Atlantis”/);
    assert.equal(briefbook('settings', 'set', 'colour', 'blue', '--data', desk).code, 2);
  });

  test('BRIEFBOOK_DATA chooses the library when --data is not given', () => {
    const r = briefbook('records', '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as unknown[]).length, 2); // seeded on first run
    assert.ok(existsSync(join(dir, 'default', 'library.sqlite')));
  });
});
