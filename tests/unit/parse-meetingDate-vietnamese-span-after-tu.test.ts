// Vietnamese writes a span of days after "từ" (from) with or without "ngày" (day): "Từ ngày 14 đến 16/10",
// "Từ 14 - 16/10", "từ 14-16/10". The desk officer files the visit under its first day, whichever way it is written.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

test('"Từ 14 - 16/10, đoàn … sang thăm": the first day of the span', () => {
  assert.equal(meeting('Từ 14 - 16/10, đoàn đại biểu tỉnh Lào Cai đã sang thăm tỉnh Vân Nam.', '2022-10-20'), '2022-10-14');
  assert.equal(meeting('Từ 14-16/10, đoàn đại biểu tỉnh Lào Cai đã sang thăm tỉnh Vân Nam.', '2022-10-20'), '2022-10-14');
});

test('"từ 2 - 3 ngày" is a count of days, no date', () => {
  assert.equal(meeting('Đoàn đại biểu sẽ lưu lại từ 2 - 3 ngày để thăm các cơ sở.', '2022-10-20'), null);
});
