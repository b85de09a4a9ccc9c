// Two ways a record dates (or does not date) its meeting that the desk officer should not be misled by.
// An embassy lists several calls under numbered headings that carry each call's day ("1 東京都(10月20日)"),
// the prose below restating it: the first call's day is the meeting's, though the next heading gives another.
// A news item tells its talks as of "this week", with no day, and later recalls a session "held on February
// 16 to 18": that is another event's day, and the meeting's stays unknown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('numbered headings with their days over each call: the first call’s day', () => {
  const text = [
    '大使と知事との意見交換',
    '令和2年12月2日',
    '山田太郎在タイ大使は、赴任前に各県の知事と意見交換を行ったところ、概要は以下のとおりです。',
    '1 岐阜県(10月20日)',
    '10月20日午前、山田大使は岐阜県庁を訪問し、佐藤一郎岐阜県知事と会見を行いました。知事から交流の状況について説明がありました。',
    '2 三重県(11月18日)',
    '11月18日午後、山田大使は三重県庁を訪問し、鈴木次郎三重県知事と会見を行いました。知事から観光の取組について説明がありました。',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2020-10-20');
});

test('"this week discussed" in the lead, a later session "held on February 16 to 18": no meeting day', () => {
  const text = [
    'Presidents discuss water projects',
    'date 2021-02-22',
    'The President HE Dr. Jane Roe and her neighbour John Doe this week discussed matters of mutual concern during a one-day working visit in Windhoek.',
    'The two discussed water infrastructure, the presidency said in a statement.',
    'The two countries have lately strengthened ties, the most recent being the joint commission session held virtually on February 16 to 18.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, null);
});
