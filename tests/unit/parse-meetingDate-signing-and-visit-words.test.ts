// Words that tell a meeting the date rules did not know: Indonesian and Malay for an agreement signed between two
// parties ("melaksanakan penandatanganan MoU", "menandatangani nota kesepahaman"), German visits named in one word
// ("Antrittsbesuch", "Höflichkeitsbesuch"), and Malay "Hari Isnin, 23 Julai 2018, …" opening the lead with the day the
// meeting took place, not a dateline's city, as Vietnamese "Nhân dịp năm mới, ngày 20/01, …" (for the new year) does. A
// museum visit is not a meeting, and a city before the date is still a dateline.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a signing, a one-word visit, a Malay day opening the lead', () => {
  test('"pada hari ini, Selasa 7 Mei 2024, Rektor … melaksanakan penandatanganan MoU": 7 May 2024', () => {
    const text =
      'Seperti yang terlaksana pada hari ini, Selasa 7 Mei 2024, Rektor Universitas Riau bersama Rektor Universitas Andalas melaksanakan penandatanganan Memorandum of Understanding (MoU) antar perguruan tinggi.';
    assert.equal(meeting(text), '2024-05-07');
  });

  test('"Der Botschafter weilte heute zum Antrittsbesuch in Erfurt": the day of the page', () => {
    const text =
      'Der Botschafter der Republik Finnland weilte heute zum Antrittsbesuch in Erfurt.\n\nEr trug sich in das Goldene Buch ein.';
    assert.equal(meeting(text, '2011-09-21'), '2011-09-21');
  });

  test('"heute … zum Museumsbesuch" is no meeting', () => {
    const text = 'Die Schulklasse war heute zum Museumsbesuch in Erfurt.\n\nSie sah die Ausstellung.';
    assert.equal(meeting(text, '2011-09-21'), null);
  });

  test('"In der kommenden Woche … ihre Antrittsbesuche abzustatten … am Montag, 5. März 2018": still to come, no meeting date', () => {
    const text =
      'In der kommenden Woche sind drei Botschafter zu Gast in der Staatskanzlei, um dem Ministerpräsidenten ihre Antrittsbesuche abzustatten.\n\nDer Ministerpräsident empfängt den ersten am Montag, 5. März 2018, 10:30 Uhr.';
    assert.equal(meeting(text), null);
  });

  test('"Nhân dịp năm mới, ngày 20/01, đoàn công tác … đã đến thăm": the 20th', () => {
    const text =
      'Nhân dịp năm mới, ngày 20/01, đoàn công tác xã Trà My do đồng chí Bí thư Đảng ủy làm Trưởng đoàn đã đến thăm, chúc mừng phường An Hội.';
    assert.equal(meeting(text, '2026-01-20'), '2026-01-20');
  });

  test('"Đà Nẵng, ngày 20/01 – …" is a dateline: its day alone does not date the visit', () => {
    const text = 'Đà Nẵng, ngày 20/01 – Đoàn công tác xã Trà My đã đến thăm, chúc mừng phường An Hội.';
    assert.equal(meeting(text, '2026-01-22'), null);
  });

  test('"Hari Isnin, 23 Julai 2018, Jabatan … telah menerima kunjungan": the day the lead opens with', () => {
    const text =
      'Hari Isnin, 23 Julai 2018, Jabatan Majlis Mesyuarat – Jabatan Majlis Mesyuarat pada hari ini telah menerima kunjungan daripada Delegasi Parlimen New Zealand.';
    assert.equal(meeting(text), '2018-07-23');
  });
});
