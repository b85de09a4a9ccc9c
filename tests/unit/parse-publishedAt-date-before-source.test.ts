// A Chinese portal runs its headline, date and source together on one line ("… 2023-08-30 来源:解放日报"):
// the date right before the source label is the story's publication date, and "昨天" counts from it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('"…市长会见…代表团 2023-08-30 来源:晨报": published 2023-08-30, the meeting 昨天, the 29th', () => {
  const parsed = parseRecordText(
    [
      '深化两市交流合作 市长会见友好城市代表团一行 2023-08-30 来源:晨报',
      '记者 王明',
      '市长李华昨天会见了友好城市市长及代表团一行。',
      '李华代表市政府对代表团的到来表示欢迎。',
    ].join('\n\n'),
  );
  assert.equal(parsed.publishedAt, '2023-08-30');
  assert.equal(parsed.meetingDate, '2023-08-29');
});

test("a date in the story, far from any source label, is not taken for the page's", () => {
  const parsed = parseRecordText(
    [
      '深化两市交流合作 市长会见友好城市代表团一行',
      '来源:晨报',
      '双方回顾了2019-05-12签署的合作协议。市长李华会见了代表团一行。',
    ].join('\n\n'),
  );
  assert.equal(parsed.publishedAt, null);
});
