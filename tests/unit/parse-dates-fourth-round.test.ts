// Dates on records never tuned on (fourth round): talks dated after the record itself are still to come,
// whatever the verb says.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('talks the lead dates after the record was written are ahead, and no other day of the lead is theirs', () => {
  test('"《…通訊社24日專訊》… 王毅10月26日至28日訪問華盛頓,與布林肯會面" in a text of 24 October: no meeting date', () => {
    const text = [
      '【大國博弈】王毅26日-28日訪美,與布林肯會面',
      '經濟通新聞 2023-10-24 08:56',
      '《經濟通通訊社24日專訊》美國國務院公布,中國外長王毅10月26日至28日訪問華盛頓,與美國國務卿布林肯會面。兩人將討論一系列雙邊議題。',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2023-10-24');
    assert.equal(parsed.meetingDate, null);
  });

  test('"On 24 June the ministry said the ministers meet in Hanoi on 27 June" in a text of the 24th: no meeting date', () => {
    const text = [
      'On 24 June the ministry said that the two foreign ministers meet in Hanoi on 27 June for their annual talks.',
    ].join('\n\n');
    assert.equal(meeting(text, '2023-06-24'), null);
  });

  test('a talk told in the past before the later one keeps its day: "29일 만찬을 가졌고, 11월 2일 회담한다" in a text of the 30th', () => {
    const text = ['김 장관은 29일 상대 장관과 만찬을 가졌다. 두 장관은 11월 2일 서울에서 회담한다.'].join('\n\n');
    assert.equal(meeting(text, '2023-10-30'), '2023-10-29');
  });

  test('a report a day after its stated date, in the past tense, still dates its meeting (a site whose date lags)', () => {
    const text = ['The two ministers met in Jakarta on 25 June and discussed maritime cooperation.'].join('\n\n');
    assert.equal(meeting(text, '2023-06-24'), '2023-06-25');
  });
});
