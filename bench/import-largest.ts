// The largest file each format may be, imported once each in a process of its own: time and peak
// memory (the process's maxRSS), against the bound the robustness tests hold (10 s, 500 MB).
//
//   npm run bench:import -- --largest
//
// Text and Markdown: 3.9 million characters (the record limit is 4 million) in paragraphs and on
// one line, Latin and Vietnamese; HTML: the same inside a page, and 50,000 nested elements; Word:
// the zip bomb, refused from its directory; every file over a limit: refused from its size.

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IMPORT_BYTES, MAX_RECORD_TEXT_CHARS } from '../electron/shared/limits.ts';
import { runChild } from '../tests/robustness/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbook-largest-'));
const english = 'The ministers agreed to strengthen cooperation in trade, investment and climate. ';
const vietnamese = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hàn Quốc về hợp tác. ';
const fill = (unit: string, sep: string) => {
  const target = MAX_RECORD_TEXT_CHARS * 0.97;
  const block = unit.repeat(8) + sep;
  return block.repeat(Math.floor(target / block.length));
};
const page = (body: string) => `<!doctype html><html><head><title>Talks</title></head><body><h1>Talks</h1>${body}</body></html>`;

const files: [string, string, string | null][] = [
  ['text, paragraphs (3.9 M chars)', 'paragraphs.txt', fill(english, '\n\n')],
  ['text, one line (3.9 M chars)', 'one-line.txt', fill(english, '')],
  ['text, Vietnamese one line', 'one-line-vi.txt', fill(vietnamese, '')],
  ['Markdown, paragraphs', 'paragraphs.md', `# Talks\n\n${fill(english, '\n\n')}`],
  ['HTML, paragraphs', 'paragraphs.html', page(fill(english, '</p><p>'))],
  ['HTML, 50,000 nested elements', 'nested.html', page(`${'<div>'.repeat(50_000)}words${'</div>'.repeat(50_000)}`)],
  ['any format over 25 MB (refused)', 'huge.pdf', null],
];

console.log('| file | outcome | time | peak memory |\n| --- | --- | ---: | ---: |');
for (const [label, name, content] of files) {
  const path = join(dir, name);
  if (content === null) {
    writeFileSync(path, '%PDF-1.4');
    truncateSync(path, MAX_IMPORT_BYTES + 1);
  } else writeFileSync(path, content);
  const r = runChild('import', join(dir, `lib-${name}`), path);
  const outcome = r.ok ? `imported, ${r.paragraphs} paragraphs` : `refused (${r.code})`;
  console.log(`| ${label} | ${outcome} | ${(r.ms / 1000).toFixed(1)} s | ${r.peakMB} MB |`);
}
rmSync(dir, { recursive: true, force: true });
