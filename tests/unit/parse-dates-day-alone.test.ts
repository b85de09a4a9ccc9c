// A day told alone, its month the record's own: Vietnamese pages translating Korean wire copy write
// "vào ngày 23 (giờ địa phương)" (23일(현지시간)), English pages "on the 5th." or "on 4 th ." Read against the
// publication date like Korean "23일". Spans ("ngày 14 – 15/8"), pairs ("ngày 27 và 28-7"), a day still ahead
// ("ngày 11 tới") and "the 5th of May" are left to the rules that read them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READ_ALWAYS } from '../../electron/node/library/parse/dates/forms.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const days = (text: string): string[] => READ_ALWAYS.mentions(text).map((m) => `${m.phrase}:${m.month ?? '-'}/${m.day ?? '-'}`);

test('a Vietnamese page of 24 September tells a call "vào ngày 23 (giờ địa phương)": the meeting is 23 September', () => {
  const r = parseRecordText(
    [
      'Tổng thống gặp lãnh đạo Mỹ tại New York',
      'date 2025-09-24',
      'Tổng thống Hàn Quốc đã hội kiến Ngoại trưởng Mỹ tại New York vào ngày 23 (giờ địa phương) và thảo luận về quan hệ song phương.',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2025-09-24');
  assert.equal(r.meetingDate, '2025-09-23');
});

test('an English page of 7 October tells talks held "on 4 th .": the meeting is 4 October, not a later recalled date', () => {
  const r = parseRecordText(
    [
      'Foreign Minister meets visiting counterpart',
      'date 2024-10-07',
      'The visiting minister met his counterpart for bilateral talks at the Ministry of Foreign Affairs on 4 th . Earlier in the day he was received at the airport.',
      'He was the first foreign dignitary to visit since the new government assumed office on 22 September.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, '2024-10-04');
});

test('spans, pairs, a day still ahead and a named month are not read as a day alone', () => {
  assert.deepEqual(days('ngày 11 tới'), []);
  assert.deepEqual(days('ngày 27 và 28-7'), ['ngày 27 và 28-7:7/27']);
  assert.deepEqual(days('on the 5th of May.'), ['5th of May.:5/5']);
  assert.deepEqual(days('the 5th anniversary'), []);
});
