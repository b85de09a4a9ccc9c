// A spokesperson's briefing dated at its start ("10月8日，外交部發言人…主持例行記者會") dates the briefing,
// not the meeting it tells of; "根据两国元首9月10日通话精神" (in the spirit of the leaders' call of
// 10 September) invokes an earlier call. Neither day is the meeting's: with no other, it stays empty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meetingDate = (lines: string[]) => parseRecordText(lines.join('\n\n')).meetingDate;

test("a briefing's day, in Traditional Chinese after a comma, is not the day of the talks it reports", () => {
  assert.equal(
    meetingDate([
      '外交部：兩國外長在日內瓦舉行會晤',
      '發布時間：2021-10-08',
      '10月8日,外交部發言人主持例行記者會。發言人介紹，兩國外長在日內瓦舉行會晤，雙方就雙邊關係交換意見。',
    ]),
    null,
  );
});

test("the day of the leaders' call whose 'spirit' the talks carry out is not the talks' day", () => {
  assert.equal(
    meetingDate([
      '两国外长在日内瓦举行会晤',
      '发布时间：2021-10-08',
      '根据两国元首9月10日通话精神，两国外长在日内瓦举行会晤，双方就双边关系交换意见。',
    ]),
    null,
  );
});

test('talks dated in their own sentence still take that day', () => {
  assert.equal(
    meetingDate([
      '两国外长在日内瓦举行会晤',
      '发布时间：2021-10-08',
      '10月6日，两国外长在日内瓦举行会晤，双方就双边关系交换意见。',
    ]),
    '2021-10-06',
  );
});
