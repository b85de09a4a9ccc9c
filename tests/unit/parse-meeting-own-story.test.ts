// A record reports a meeting only when its own story tells one: not a comment box, not a meeting put
// off, not another story further down a saved page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test("a news page's comment prompt ('join the conversation') is no meeting, and dates none", () => {
  const text = [
    'India fires missiles into Pakistani-controlled territory',
    'Published May 07, 2025',
    'India fired missiles into Pakistani-controlled territory in several locations early Wednesday, the army said.',
    'Share your thoughts and join the conversation in the comments.',
  ].join('\n\n');
  const parsed = parseRecordText(text);
  assert.equal(parsed.meetingDate, null);
  assert.deepEqual(parsed.participants, []);
});

test("a governor's citizens' reception put off ('tạm hoãn') is no meeting, so its day is no meeting date", () => {
  const text = [
    'Chủ tịch UBND tỉnh tạm hoãn lịch tiếp công dân định kỳ',
    'Ngày 14-7-2021, do tình hình dịch Covid-19 phức tạp, UBND tỉnh vừa có thông báo tạm hoãn lịch tiếp công dân định kỳ tháng 7-2021 của Chủ tịch UBND tỉnh.',
    'Lịch tiếp công dân tháng 8-2021 sẽ được tổ chức vào thời điểm thích hợp.',
  ].join('\n\n');
  assert.equal(parseRecordText(text).meetingDate, null);
});

test('a meeting told only far down a saved page is another story of the page, not this record', () => {
  const story = Array.from({ length: 20 }, (_, i) => `The storm damaged ${i + 2} more houses along the coast, officials said.`);
  assert.equal(reportsMeeting([...story, 'The prime minister met the visiting foreign minister on Monday.']), false);
  assert.equal(reportsMeeting(['The prime minister met the visiting foreign minister on Monday.', ...story]), true);
});
