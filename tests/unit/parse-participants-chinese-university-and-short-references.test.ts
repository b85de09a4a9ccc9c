// A Chinese university page names its president and vice-presidents after "校长" ("副校长李明华"), often
// with "教授" after the name, and reports a "座谈" (sit-down talks) rather than a "会见". A city page calls
// its mayor by surname and office once named ("林市长表示"), so what follows the office is a verb, not
// a name. The desk officer needs the people, never "并表示" or "感谢" listed as one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a university president and vice-presidents are read after 校长, without 教授', () => {
  const got = people(
    [
      '3月5日上午，校长王建平教授在行政楼会见了来访的澳大利亚客人。副校长刘长春、校学术委员会主任赵卫国教授参加了会见。',
      '刘长春介绍了学校国际交流情况。赵卫国表示，希望两校加强科研合作。',
    ].join('\n'),
  );
  for (const name of ['王建平', '刘长春', '赵卫国']) assert.ok(got.includes(name), `${name}: ${got}`);
  assert.ok(!got.some((n) => n?.endsWith('教授')), String(got));
});

test('a sit-down talk (座谈) with a visiting university president is a meeting', () => {
  const got = people(
    '11月2日，香港某大学校长陈志明一行来到我校参观交流，副校长许晨光与陈志明一行进行了座谈。许晨光对来访表示欢迎。',
  );
  assert.ok(got.includes('陈志明') && got.includes('许晨光'), String(got));
});

test('"学校长期" is a school and "long-term", no president', () => {
  const got = people('5月8日，外交部长王毅会见来访的新西兰外长。我国学校长期与新方高校合作。王毅表示欢迎。');
  assert.ok(!got.some((n) => n?.startsWith('期')), String(got));
});

test('after a surname and office already used ("林市長"), the words that follow are no name', () => {
  const got = people(
    [
      '台中市長林志明於3月2日在市政府接見來訪的美國波特蘭市長訪問團。',
      '林市長首先感謝貴賓來訪。林市長並表示，兩市友誼深厚。Smith市長睽違五年再度來訪，雙方議員等一行七人出席。',
    ].join('\n'),
  );
  for (const word of ['首先感謝', '並表示', '睽違', '等一行七人'])
    assert.ok(!got.some((n) => n?.startsWith(word.slice(0, 2))), `${word}: ${got}`);
});

test('a named province before its governor is no short reference when said once', () => {
  const got = people('4月1日，吉林省长李红会见了来访的日本新潟县知事一行。双方就合作交换了意见。');
  assert.ok(got.includes('李红'), String(got));
});

test('a consul named once, straight before the talks ("总领事白德座谈交流"), is read without the verb', () => {
  const got = people(
    '10月9日，市外办主任周建新拜访意大利驻沪总领事馆，与意大利驻沪总领事白德座谈交流，双方就经贸合作交换了意见。',
  );
  assert.ok(got.includes('白德'), String(got));
  assert.ok(!got.some((n) => n?.includes('座谈')), String(got));
});

test('a mayor called by surname and office ("林市長…") is the full name the record gives', () => {
  const got = people(
    [
      '林志明接見美國波特蘭市長訪問團',
      '台中市林志明市長於3月2日在市政府接見來訪的美國波特蘭市長訪問團。',
      '林市長首先感謝貴賓來訪。',
      '林市長並表示，兩市友誼深厚。',
    ].join('\n'),
  );
  assert.ok(got.includes('林志明'), String(got));
});

test('a surname and office said once name no one', () => {
  const got = people('3月2日，外交部长王毅会见来访的日本外相。\n陈市长也出席了会见。王毅表示欢迎。');
  assert.ok(!got.some((n) => n?.startsWith('陈')), String(got));
});
