// An Indonesian regional head is written office, region, title, name ("Bupati Kampar Drs.
// Budi Santoso"), and a deputy head is shortened later as "Wabup", "Wagub" or "Wawali" with the
// first name ("Wabup Sari"). The title after the region, or the short form, says where the name starts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a title after the region opens the regent’s name', () => {
  const found = people([
    'Bupati gelar audiensi dengan warga',
    'Bupati Kampar Hilir Drs. Budi Santoso, M.Si., menerima audiensi organisasi masyarakat di ruang rapat bupati, Senin (3/6/2024).',
  ]);
  const budi = found.find((p) => p.name === 'Budi Santoso');
  assert.ok(budi, JSON.stringify(found));
  assert.equal(budi.role, 'Bupati Kampar Hilir');
});

test('"Wabup Sari" later in the record says where the deputy regent’s name starts', () => {
  const found = people([
    'Wabup Sari bersilaturahmi dengan Bupati',
    'Wakil Bupati Luwu Timur Sari Wulandari bersilaturahmi dengan Bupati Luwu Timur, Andi Rahman di kantor bupati, Senin (3/6/2024).',
    'Wabup Sari mengatakan silaturahmi ini dilakukan pada hari pertama kerja.',
  ]);
  const sari = found.find((p) => p.name === 'Sari Wulandari');
  assert.ok(sari, JSON.stringify(found));
  assert.equal(sari.role, 'Wakil Bupati Luwu Timur');
});

test('with no title and no short form, a long run after the office reads no name', () => {
  const found = people([
    'Wakil Bupati terima tamu',
    'Wakil Bupati Luwu Timur Tengah Raya menerima kunjungan tamu dari provinsi tetangga di kantor bupati, Senin (3/6/2024).',
  ]);
  assert.ok(!found.some((p) => /Tengah Raya/u.test(p.name ?? '')), JSON.stringify(found));
});
