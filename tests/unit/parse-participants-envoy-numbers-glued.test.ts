// A credentials ceremony's numbered list, copied from a page, may lose the space after each number:
// "1.Ana Lima, Duta Besar LBBP Republik Portugal untuk Republik Indonesia;". The number is not part
// of the name, and the envoy is read as in a list with the space.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('envoys numbered without a space after the number are read with their countries', () => {
  const found = people([
    'Presiden terima surat kepercayaan tiga dubes',
    'Presiden menerima surat kepercayaan dari tiga Duta Besar LBBP negara sahabat di Istana Merdeka, Jakarta, Senin (4/11/2024).',
    '1.Ana Lima, Duta Besar LBBP Republik Portugal untuk Republik Indonesia;',
    '2.Peter Novak, Duta Besar LBBP Republik Slovakia untuk Republik Indonesia;',
    '3. Omar Haddad, Duta Besar LBBP Kerajaan Yordania Hasyimiyah untuk Republik Indonesia.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Ana Lima' && p.country === 'Portugal'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'Peter Novak'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => /^\d/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a numbered line of topics glued to its numbers names no one', () => {
  const found = people([
    'Presiden terima surat kepercayaan dubes',
    'Presiden menerima surat kepercayaan Duta Besar LBBP Republik Portugal, Ana Lima, di Istana Merdeka, Senin (4/11/2024).',
    'Keduanya membahas:',
    '1.Kerja Sama Ekonomi, bidang perdagangan dan investasi;',
    '2.Pendidikan Tinggi, beasiswa dan pertukaran dosen.',
  ]);
  assert.ok(!found.some((p) => /Kerja Sama|Pendidikan/u.test(p.name ?? '')), JSON.stringify(found));
});
