// Indonesian campus and regency news write people with their degrees around the name: "Rektor
// Universitas Andalas Prof. Dr. Budi Santoso, M.Sc.", "Dekan Fakultas Hukum Dr. Rahmawati, S.H.,
// M.H.". The degrees after the comma mark where the name ends, the titles before it where it
// starts; the office is read before the titles. A rank before the titles is no one's name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a rector and deans present at a signing are read between their titles and degrees', () => {
  const found = people([
    'Universitas Andalas teken MoU dengan universitas Jepang',
    'Penandatanganan MoU dilakukan Rektor Universitas Andalas Prof. Dr. Budi Santoso, M.Sc., bersama Presiden Universitas Kobe Kenji Sato di Padang, Selasa (12/3/2024).',
    'Turut hadir dalam pertemuan itu Dekan Fakultas Hukum Prof. Rahmawati, S.H., M.H., dan Wakil Rektor Bidang Akademik Dr. Ir. Agus Salim Harahap, M.T.',
  ]);
  const budi = found.find((p) => p.name === 'Budi Santoso');
  assert.ok(budi, JSON.stringify(found));
  assert.match(budi.role ?? '', /Rektor/u);
  assert.ok(
    found.some((p) => p.name === 'Rahmawati'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'Agus Salim Harahap'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => /M\.H|S\.H|Prof|Dr\./u.test(p.name ?? '')), JSON.stringify(found));
});

test("a regent's police rank and titles are not read as his name", () => {
  const found = people([
    'Bupati terima delegasi Malaysia',
    'Bupati Tapanuli, Brigjen Pol (Purn) Dr. dr. Hendra Sitompul, Sp.PD., M.Kes., menerima kunjungan delegasi Negeri Perak di kantor bupati, Rabu (4/9/2024).',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Hendra Sitompul'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => p.name?.includes('Brigjen')), JSON.stringify(found));
});

test('"S.E." before a name is the Excellency of Spanish and French, not a degree', () => {
  const found = people([
    'El presidente recibió las cartas credenciales de embajadores',
    'El presidente recibió en el Palacio Nacional las cartas credenciales de Mateo Rivas, S.E. Ana Lucía Torres, embajadora de Chile.',
  ]);
  // The words before "S.E." are not a name closed by degrees.
  assert.ok(!found.some((p) => p.name === 'Mateo Rivas'), JSON.stringify(found));
  assert.ok(!found.some((p) => /S\.E/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a single word before degrees is no name without a title before it', () => {
  const found = people([
    'Wali kota terima Konjen Australia',
    'Wali Kota Malang menerima Konsul Jenderal Australia di Surabaya Glen Askew di Balai Kota, Senin (3/6/2024), bersama lulusan Unibraw, S.E. dan S.H. angkatan 2010.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Unibraw'), JSON.stringify(found));
});
