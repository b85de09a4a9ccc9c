// Chinese fronts "两个月前" (two months ago) or "三年前" before a comma and goes on to tell of that earlier
// visit: "兩個月前，李總理訪問了本州". The premier recalled was not in the room; the desk officer needs the two
// who met today, and a person named after a day of their own ("…，5月3日…") still counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a leader recalled "two months ago" is not a participant', () => {
  const got = people(
    [
      '9月5日，駐漢堡總領事王建平會見下薩克森州經濟部長米勒。',
      '王建平表示，兩個月前，國務院總理張偉在出訪期間對該州進行了成功訪問，為雙方合作奠定了基礎。米勒表示願加強合作。',
    ].join('\n'),
  );
  assert.ok(got.includes('王建平') && got.includes('米勒'), String(got));
  assert.ok(!got.includes('張偉'), String(got));
});

test('"三个月前" followed by a day of its own comes back to the meeting', () => {
  const got = people('三个月前双方签署了协议，5月3日，市长李明会见了来访的德国客人施密特。李明表示欢迎。');
  assert.ok(got.includes('李明'), String(got));
});
