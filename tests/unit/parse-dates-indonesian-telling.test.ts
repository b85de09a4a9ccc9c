// Indonesian news names the day a person spoke after the speaker and the place: '"…," kata Menteri
// X di Jakarta, Minggu (19/4/2015)'. That day is the telling's, not a meeting's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("the day a minister spoke of requested bilateral meetings ('kata … di Jakarta, Minggu (…)') is no meeting date", () => {
  const text = [
    'Presiden Kebanjiran Permintaan Pertemuan Bilateral',
    'Kantorberita.id, Jakarta - Konferensi tingkat tinggi kawasan telah dibuka. Presiden langsung kebanjiran permintaan pertemuan bilateral.',
    '"Ada 12 negara yang meminta pertemuan bilateral," kata Menteri Luar Negeri Siti Rahma di Balai Sidang Jakarta, Senayan, Jakarta, Minggu (12/5/2024).',
    'Permintaan itu akan disesuaikan dengan jadwal Presiden selama konferensi.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, null);
});

test("a meeting dated in its own sentence ('bertemu … di Jakarta, Senin (13/5/2024)') keeps its day", () => {
  const text = [
    'Menlu Bertemu Menlu Malaysia',
    'Kantorberita.id, Jakarta - Menteri Luar Negeri Siti Rahma bertemu Menteri Luar Negeri Malaysia Ahmad Zaki di Jakarta, Senin (13/5/2024).',
    '"Kami sepakat memperkuat kerja sama perdagangan," kata Siti Rahma usai pertemuan.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2024-05-13');
});
