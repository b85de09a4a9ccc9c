// Sister-city and consular calls in Chinese and Japanese: mayors, governors, party secretaries and
// consuls general are named with their office, and a city or a country before the office is not a name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}|${p.country ?? '—'}`);

test('a Chinese city receives a Japanese mayor: both mayors and the deputy mayor are found, the visitor not given China', () => {
  const found = people([
    '友好城市市长来访',
    '本报讯 应我市邀请,日本松江市市长田中一郎率友好访问团一行20人于昨日抵达我市访问。市委副书记、市长王建华会见了访问团一行。',
    '王建华对田中一郎一行的到来表示欢迎。副市长李明参加了会见。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('王建华|') && p.endsWith('|China')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('李明|')),
    found.join(' / '),
  );
  const visitor = found.find((p) => p.startsWith('田中一郎|'));
  assert.ok(visitor, found.join(' / '));
  assert.ok(!visitor.endsWith('|China'), visitor);
});

test('a Japanese consulate report: the consul general and the new mayor, with the prefecture and city left out of the name', () => {
  const found = people([
    '総領事が市長と会見',
    '6月26日、李明華総領事は岐阜県大垣市山本健太郎新市長と会見をした。大垣市総合政策部佐々木守部長が同席した。',
    '李総領事は山本氏の市長就任を祝福した。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('李明華|総領事')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('山本健太郎|')),
    found.join(' / '),
  );
});

test("'大垣市長' is the city's mayor when the record names the city, and '岐阜県知事' a prefecture's governor: neither is a name", () => {
  const found = people([
    '総領事、大垣市長を表敬',
    '李明華総領事は11日、大垣市役所を訪れ、大垣市長と会談した。岐阜県知事も同席した。',
  ]);
  assert.ok(!found.some((p) => p.startsWith('大垣|')), found.join(' / '));
  assert.ok(!found.some((p) => p.startsWith('岐阜県|') || p.startsWith('岐阜|')), found.join(' / '));
});

test("'领事问题' (consular issues) and '北京市长之职' (the post of mayor) name no one", () => {
  const found = people([
    '外长会谈',
    '王毅外长11日在北京会见来访的某国外长,双方就边境、贸易和领事问题交换意见。报道称,他将接替北京市长之职。',
  ]);
  assert.ok(!found.some((p) => p.startsWith('问题|') || p.startsWith('之职|')), found.join(' / '));
});

test('"…外长范平明举行会谈", "…市长李刚走访…": the verb after a name named once is not part of it', () => {
  const talks = people([
    '王毅同越南副总理兼外长会谈',
    '新华社北京3月21日电 国务委员兼外长王毅21日在北京同越南副总理兼外长范平明举行会谈。双方就两国关系交换了意见。',
  ]);
  assert.ok(
    talks.some((p) => p.startsWith('范平明|')),
    talks.join(' / '),
  );
  const visit = people(['市长走访企业', '本报讯 5月8日,副市长李刚走访我市外资企业,并会见了日本企业代表团。']);
  assert.ok(
    visit.some((p) => p.startsWith('李刚|')),
    visit.join(' / '),
  );
});
