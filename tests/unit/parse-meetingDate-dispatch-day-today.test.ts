// A wire story posted after midnight keeps its dispatch's dateline ("中新社合肥七月十二日电 … 今天晚上…会见",
// "HANOI, May 3 (VNA) – … met today"): its "today" is the day the dispatch was filed, not the site's date, which is
// the next day. A dateline on the publication day itself, or a city-and-date that is no dispatch, changes nothing.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe("a dispatch's dateline dates its today", () => {
  test('"中新社南京九月三日电 … 今天下午 … 会见了…", posted on the 4th: the 3rd', () => {
    const text =
      '中新社南京九月三日电(记者 王明)今天下午,江苏省省长在南京会见了来访的新西兰总理一行。\n\n双方就经贸合作交换了意见。';
    assert.equal(meeting(text, '2015-09-04'), '2015-09-03');
  });

  test('"HANOI, May 3 (VNA) – … met … today", posted on the 4th: the 3rd', () => {
    const text =
      'HANOI, May 3 (VNA) – Deputy Prime Minister Le Van Thanh met a visiting delegation of Lao ministers in Hanoi today.\n\n' +
      'The two sides discussed energy cooperation.';
    assert.equal(meeting(text, '2022-05-04'), '2022-05-03');
  });

  test('a dateline on the publication day leaves today as it was', () => {
    const text = '新华社北京5月9日电 今天上午,国务院总理在人民大会堂会见了来访的芬兰总理。\n\n双方就合作交换了意见。';
    assert.equal(meeting(text, '2016-05-09'), '2016-05-09');
  });
});
