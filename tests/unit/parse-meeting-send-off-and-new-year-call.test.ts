// A desk officer imports a provincial note: the governor "mengantar kepulangan" (saw off) the departing ambassador at
// the airport and "berjabat tangan dengan" (shook hands with) him; a Vietnamese ambassador "đến chúc Tết" (came to
// wish a happy New Year to) his Lao colleague. Both sides stood together: the records report a meeting, and the
// send-off's day dates it. A New Year letter ("Thư chúc Tết") or a governor who sends a parcel reports none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('an Indonesian send-off ("mengantar kepulangan", "berjabat tangan dengan") is a meeting', () => {
  const lead = [
    'Gubernur Jawa Tengah mengantar kepulangan Duta Besar Tunisia untuk Indonesia di Bandara Ahmad Yani.',
    'Gubernur berjabat tangan dengan Dubes sebelum pesawat berangkat.',
  ];
  assert.equal(reportsMeeting(lead), true);
  assert.equal(reportsMeeting(['Gubernur mengantar bantuan sembako ke desa-desa terdampak banjir.']), false);
});

test('the send-off\'s day dates it: "pada Minggu (3/9/2023)"', () => {
  const texts = [
    'Gubernur Jawa Tengah mengantar kepulangan Duta Besar Tunisia untuk Indonesia.',
    'Pesawat yang membawa Duta Besar bertolak ke Jakarta pada Minggu (3/9/2023).',
  ];
  assert.equal(meetingDateCandidates(texts, null, 'from the page')[0]?.value ?? null, '2023-09-03');
});

test('a Vietnamese ambassador who "đến chúc Tết" his colleague met him; a New Year letter is no meeting', () => {
  assert.equal(
    reportsMeeting(['Đại sứ Việt Nam tại Pháp đã đến chúc Tết Đại sứ Campuchia và cán bộ Đại sứ quán Campuchia.']),
    true,
  );
  assert.equal(reportsMeeting(['Chủ tịch nước gửi Thư chúc Tết đồng bào cả nước nhân dịp Xuân mới.']), false);
});
