// An anniversary's span ("(18/7/1977 - 18/7/2022)") or a term of office gives two dates years apart:
// neither is the day of the meeting the record reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("an anniversary span '(18/7/1977 - 18/7/2022)' in the lead is never the meeting's day", () => {
  const text = [
    'Đoàn công tác tỉnh thăm và làm việc tại nước bạn',
    'Hướng tới kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7/1977 - 18/7/2022), đoàn đại biểu tỉnh đã đến thăm, làm việc tại tỉnh bạn trong tuần này.',
    'Hai bên đã trao đổi kinh nghiệm và ký biên bản ghi nhớ hợp tác.',
  ].join('\n');
  const date = parseRecordText(text).meetingDate;
  assert.notEqual(date, '1977-07-18');
  assert.notEqual(date, '2022-07-18');
});

test("'the 30th anniversary (1992–2022)' beside a dated meeting leaves the meeting's own day", () => {
  const text = [
    'Ministers meet on the anniversary of relations',
    'SEOUL, Aug. 24 (Agency) -- The foreign ministers met in Seoul on Aug. 24, 2022, marking the 30th anniversary of relations (24 August 1992 – 24 August 2022).',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2022-08-24');
});

test("a delegation's visit 'từ ngày 4 đến 11/4/2022' is dated by its first day, the month and year from the span's end", () => {
  const text = [
    'Đoàn công tác tỉnh thăm và làm việc tại nước bạn',
    'Đoàn đại biểu Công an tỉnh đã đến thăm, làm việc tại Công an tỉnh bạn từ ngày 4 đến 11/4/2022.',
    'Hai bên đã trao đổi kinh nghiệm và ký biên bản ghi nhớ hợp tác.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2022-04-04');
});
