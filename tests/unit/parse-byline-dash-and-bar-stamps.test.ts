// Portals stamp their items with the day's number and a dash or a bar between date and clock:
// "Thứ 6, 01/12/2023 - 09:12", "09:12 | 01/12/2023", "11:55 | 10/09/2017;". The clock makes the
// date day-first (as Asia and Europe write it), whatever mark stands between them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('a Vietnamese stamp with the weekday as a number and a dash before the clock is read', () => {
  assert.equal(readByline('Thứ 6, 01/12/2023 - 09:12')?.published, '2023-12-01');
  assert.equal(readByline('Thứ sáu - 01/12/2023 09:12')?.published, '2023-12-01');
});

test('a clock, a bar, then the date is read day-first', () => {
  assert.equal(readByline('09:12 | 01/12/2023')?.published, '2023-12-01');
  assert.equal(readByline('Cập nhật: 09:12 | 01/12/2023')?.updated, '2023-12-01');
});

test('a record stamped "11:55 | 10/09/2017;" under its headline was published on 10 September', () => {
  const r = parseRecordText(
    [
      'Đoàn đại biểu thăm tỉnh bạn',
      '11:55 | 10/09/2017;',
      'Chiều 7/9, Chủ tịch tỉnh đã tiếp Đoàn đại biểu tỉnh Champasak tại trụ sở UBND tỉnh.',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2017-09-10');
  assert.equal(r.meetingDate, '2017-09-07');
});

test('a bare "01/12/2023" with no clock is not guessed', () => {
  assert.equal(readByline('01/12/2023')?.published ?? null, null);
});

test('"Thứ sáu - 01/12/2023 09:12" under a headline written as a sentence is still the publication date', () => {
  const r = parseRecordText(
    [
      'Lãnh đạo tỉnh tiếp xã giao Tổng Lãnh sự Lào tại Đà Nẵng.',
      'Thứ sáu - 01/12/2023 09:12',
      'Sáng ngày 28/11, tại Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh đã có buổi tiếp xã giao Tổng Lãnh sự Lào tại Đà Nẵng.',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2023-12-01');
  assert.equal(r.meetingDate, '2023-11-28');
});
