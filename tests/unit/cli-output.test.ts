import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { koreanSeed, repoRoot, tempDir, vietnameseSeed } from '../helpers/library.ts';

const bin = join(repoRoot, 'bin', 'briefbook.mjs');
const dir = tempDir();
const data = join(dir, 'lib');
after(() => rmSync(dir, { recursive: true, force: true }));

function briefbook(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('what the command line prints', () => {
  test('`commitments | head -1`: a reader that stops early ends Briefbook quietly with exit 0', async () => {
    briefbook('records'); // the library exists (seeded) before the timed part
    for (const verb of [['commitments'], ['records', '--json'], ['topics']]) {
      const child = spawn(process.execPath, [bin, ...verb, '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
      // The reader is gone before Briefbook writes a byte: every write meets a closed pipe (EPIPE).
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.equal(err, '', verb.join(' '));
      assert.equal(code, 0, verb.join(' '));
    }
  });

  test('a file name with a line break is printed on one line, escaped, in results and in errors', () => {
    const odd = join(dir, 'empty\nminutes.txt');
    writeFileSync(odd, '');
    const imported = briefbook('import', odd, join(dir, 'no\rsuch\u001b[31m.txt'));
    assert.equal(imported.code, 1);
    const lines = imported.out.trimEnd().split('\n');
    assert.equal(lines.length, 2, imported.out);
    assert.match(lines[0] ?? '', /^failed +.*empty\\nminutes\.txt: .*empty\\nminutes\.txt/);
    assert.match(lines[1] ?? '', /no\\rsuch\\u001b\[31m\.txt/);
    const missing = briefbook('record', 'r-no\nsuch');
    assert.equal(missing.code, 1);
    assert.equal(missing.err.trimEnd().split('\n').length, 1, missing.err);
    assert.match(missing.err, /r-no\\nsuch/);
  });

  test('`book add` names the record it added, not an earlier one with the same paragraph number', () => {
    const records = JSON.parse(briefbook('import', koreanSeed, vietnameseSeed, '--json').out) as { id: string; title: string }[];
    const [korean, vietnamese] = records;
    assert.ok(korean && vietnamese && korean.title !== vietnamese.title);
    const bookId = briefbook('book', 'new', '--title', 'Two records').out.trim();
    const first = briefbook('book', 'add', bookId, korean.id, '3');
    assert.equal(first.code, 0, first.err);
    assert.ok(first.out.includes(`of “${korean.title}”`), first.out);
    const second = briefbook('book', 'add', bookId, vietnamese.id, '3');
    assert.equal(second.code, 0, second.err);
    assert.ok(second.out.includes(`para 3 of “${vietnamese.title}”`), second.out);
    // And the same paragraph twice: the new point is the one named.
    const again = briefbook('book', 'add', bookId, korean.id, '3', '--section', 'background');
    assert.ok(again.out.includes(`para 3 of “${korean.title}”`), again.out);
  });
});
