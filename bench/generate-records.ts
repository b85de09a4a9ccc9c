// Records for the import benchmarks and tests: each is the opening of one corpus text record and
// three paragraphs drawn from the others, its people renamed and its dates moved, so no two are
// duplicates while the same ministers keep coming back, as in a desk's backlog.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDir, loadManifest } from '../scripts/eval-import.ts';

const GIVEN = [
  'Minh',
  'Kang',
  'Son',
  'Park',
  'Lee',
  'Nguyen',
  'Tran',
  'Kim',
  'Choi',
  'Pham',
  'Hoang',
  'Vu',
  'Yoon',
  'Jung',
  'Le',
  'Do',
];
const FAMILY = ['Thanh', 'Kyung', 'Van', 'Ji', 'Hoa', 'Min', 'Duc', 'Eun', 'Quang', 'Seo', 'Anh', 'Hyun'];

/** Text records of the corpus, split into title and paragraphs. */
function bases(): { title: string; paragraphs: string[]; names: string[] }[] {
  return loadManifest()
    .filter((m) => /\.(txt|md)$/.test(m.file))
    .map((m) => {
      const text = readFileSync(resolve(corpusDir, m.file), 'utf8');
      const paragraphs = text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.split(/\s+/).length >= 8);
      const names = m.participants.map((p) => p.name).filter((n): n is string => n !== null && /^[\p{L} .-]+$/u.test(n));
      return { title: m.title ?? 'Meeting of Foreign Ministers', paragraphs, names };
    })
    .filter((b) => b.paragraphs.length >= 2);
}

/**
 * Record i: the opening of one corpus record and three paragraphs drawn from the others by a
 * hash of i, participants renamed and dates moved, so generated records are not duplicates.
 */
export function generate(dir: string, n: number): string[] {
  const pool = bases();
  const allParagraphs = pool.flatMap((b) => b.paragraphs.slice(1));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = pool[i % pool.length] as (typeof pool)[number];
    const b = pool[(i * 7 + 3) % pool.length] as (typeof pool)[number];
    // Three paragraphs drawn from the whole corpus by a hash of i, in that order.
    const rest: string[] = [];
    for (let k = 0; rest.length < 3 && k < 12; k++) {
      const h = Math.imul(i + 1, 2654435761) ^ Math.imul(k + 1, 40503);
      const p = allParagraphs[(h >>> 0) % allParagraphs.length] as string;
      if (!rest.includes(p) && p !== a.paragraphs[0]) rest.push(p);
    }
    const person = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i >> 4) % FAMILY.length]} ${GIVEN[(i >> 2) % GIVEN.length]}${i}`;
    const rename = (s: string): string =>
      [...a.names, ...b.names]
        .reduce((t, name) => t.split(name).join(person), s)
        .replace(/\b(19|20)\d\d\b/g, String(2000 + (i % 25)))
        .replace(
          /\b([12]?\d)(?=\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
          String((i % 28) + 1),
        );
    const text = [
      `${a.title} (${i + 1})`,
      '',
      `Date : ${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      '',
      ...[a.paragraphs[0] as string, ...rest].map((p) => `${rename(p)}\n`),
    ].join('\n');
    const file = join(dir, `record-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
