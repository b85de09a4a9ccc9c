// Some Indonesian newspapers drop the stops from titles and degrees and the comma before the
// degrees: "Rektor Universitas Riau Prof Dr H Budi Santoso MSi". The titles before and the degree
// after still say where the name starts and ends; the office is read before the titles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('two rectors signing an agreement are read between bare titles and degrees', () => {
  const found = people([
    'Dua universitas tandatangani MoU',
    'Penandatanganan MoU berlangsung di gedung rektorat Universitas Riau, Kamis (6/6/2024).',
    'Rektor Universitas Riau Prof Dr H Budi Santoso MSi mengatakan kerja sama ini sudah lama dirintis.',
    'Rektor Universitas Jambi Dr Sari Dewi Lestari MPd menyambut baik kerja sama tersebut.',
  ]);
  const budi = found.find((p) => p.name === 'Budi Santoso');
  assert.ok(budi, JSON.stringify(found));
  assert.equal(budi.role, 'Rektor Universitas Riau');
  assert.ok(
    found.some((p) => p.name === 'Sari Dewi Lestari'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => /MSi|MPd|Prof|Dr/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a title before capitalised words with no degree after them reads no name', () => {
  const found = people([
    'Rektor terima tamu',
    'Rektor menerima kunjungan tim dari Dr Soetomo Hospital Surabaya di ruang rapat, Senin (3/6/2024).',
  ]);
  assert.ok(!found.some((p) => /Soetomo/u.test(p.name ?? '')), JSON.stringify(found));
});
