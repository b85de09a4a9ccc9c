// A desk officer's usual import: one press release dropped in, then another, into a library the app
// has opened (its import threads started and warmed), each import timed from the call to its result.
// Each checkout runs in a process of its own, in turn, several rounds; the median is shown.
//
//   npm run bench:import -- --one-by-one [--peer <checkout>] [--runs 5]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendOf, benchLibrary } from './backend.ts';
import { generate } from './generate-records.ts';

const FILES = 6;
const arg = (name: string): string | null => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
};

/** In the child: open a library as the app does, then import each file alone; prints ms per import. */
async function child(checkout: string, dir: string): Promise<void> {
  const { backend, dispose } = benchLibrary(await backendOf(checkout), 'electron');
  try {
    // As the app does when it opens a library (older checkouts had nothing to warm).
    await backend.ctx.workers?.imports?.warm?.(backend.ctx.db);
    const ms: number[] = [];
    for (const file of generate(dir, FILES)) {
      const start = performance.now();
      const result = await backend.dispatch('library.import', { paths: [file] });
      if (!result.ok) throw new Error(result.error.message);
      ms.push(performance.now() - start);
    }
    console.log(JSON.stringify(ms));
  } finally {
    await dispose();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function main(): void {
  const peer = arg('peer');
  const runs = Number(arg('runs') ?? 5);
  const checkouts: [string, string][] = [
    ['this checkout', resolve('.')],
    ...(peer ? [[`peer: ${peer}`, resolve(peer)] as [string, string]] : []),
  ];
  const firsts = new Map<string, number[]>();
  const nexts = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    for (const [label, checkout] of checkouts) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-one-files-'));
      try {
        const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', checkout, dir], {
          encoding: 'utf8',
        });
        const ms = JSON.parse(out.trim().split('\n').at(-1) as string) as number[];
        firsts.set(label, [...(firsts.get(label) ?? []), ms[0] as number]);
        nexts.set(label, [...(nexts.get(label) ?? []), median(ms.slice(1))]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.log(`One file at a time into an opened library (${FILES} files a run, ${runs} runs, median ms per import):\n`);
  console.log('| checkout | first import | each next one |\n| --- | ---: | ---: |');
  for (const [label] of checkouts)
    console.log(`| ${label} | ${median(firsts.get(label) ?? []).toFixed(0)} | ${median(nexts.get(label) ?? []).toFixed(0)} |`);
  if (peer) {
    const [ours, theirs] = checkouts.map(([label]) => median(nexts.get(label) ?? []));
    console.log(`\nratio: each next import takes ${((ours as number) / (theirs as number)).toFixed(2)}× the peer's time.`);
  }
}

if (process.argv.includes('--child')) {
  const i = process.argv.indexOf('--child');
  await child(process.argv[i + 1] as string, process.argv[i + 2] as string);
} else main();
