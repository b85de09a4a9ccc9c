// A desk officer imports a Vietnamese page headed "Đại sứ … phát biểu chúc mừng …" (the ambassador speaks in
// congratulation), the full text of a speech at a reception: the record is a speech and reports no meeting, so the
// reception's date in its lead ("Tối 31/8/2022") is no meeting date. A headline that names talks ("phát biểu tại
// cuộc hội đàm") still reports them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const LEAD = ['Tối 31/8/2022, tại Hà Nội, Chủ tịch nước chủ trì lễ kỷ niệm Quốc khánh và tiếp các Đại sứ.'];

test('"Đại sứ … phát biểu chúc mừng …", "… phát biểu tại lễ kỷ niệm …": a speech, no meeting', () => {
  assert.equal(reportsMeeting(LEAD, 'Đại sứ Ruritania phát biểu chúc mừng 77 năm Quốc khánh Việt Nam'), false);
  assert.equal(reportsMeeting(LEAD, 'Đại sứ Ruritania phát biểu tại lễ kỷ niệm Quốc khánh'), false);
});

test('"… phát biểu tại cuộc hội đàm …" names talks, and a headline of a meeting still reports one', () => {
  assert.equal(reportsMeeting(LEAD, 'Thủ tướng phát biểu tại cuộc hội đàm với Thủ tướng Ruritania'), true);
  assert.equal(reportsMeeting(LEAD, 'Chủ tịch nước tiếp các Đại sứ nhân dịp Quốc khánh'), true);
});
