// Two authorities signing a sister-state or cooperation agreement, or a memorandum told in Vietnamese ("đã ký bản ghi
// nhớ"), sit at one table: the record reports a meeting, as "signed the MoU" already does. A deal signed with a bank does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('"signed a sister-state agreement" reports a meeting', () => {
  assert.equal(
    reportsMeeting(['The State of Oregon and Lampung Province signed a sister-state agreement yesterday in Salem.']),
    true,
  );
});

test('"signed a cooperation agreement" between two cities reports a meeting', () => {
  assert.equal(reportsMeeting(['The cities of Lyon and Kaunas signed a cooperation agreement on culture.']), true);
});

test('Vietnamese "đã ký bản ghi nhớ" reports a meeting', () => {
  assert.equal(reportsMeeting(['Trường Đại học Cần Thơ và Đại học Kyushu đã ký bản ghi nhớ về đào tạo sinh viên.']), true);
});

test('a company that signed a loan agreement with a bank reports none', () => {
  assert.equal(reportsMeeting(['The company signed a loan agreement with the bank to fund its new plant.']), false);
});
