// A Chinese record lists those who accompanied or attended in its own order, each name before the office, the
// list closed by "等" (and others) and the verb: "学院王明华院长、外事处李立新副处长等陪同", "使馆赵建华经济商务
// 公使、刘海波公参陪同会见", "陈明华参赞兼总领事、周立新领事出席". Each name is said once; the list and its verb
// say they are people, not the office's field ("经济商务", economic and commercial) nor a second office ("兼总领事").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}`);

test('a college dean and a deputy division head listed name first as accompanying the guests are both read', () => {
  const found = people([
    '代表团访问上海某大学',
    '10月13日，爱尔兰教育代表团一行访问上海某大学，副校长吴明教授会见了代表团。陪同出席晚宴的还有国际交流学院王明华院长、外事处李立新副处长等。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('王明华|')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('李立新|')),
    found.join(' / '),
  );
});

test("an embassy's economic minister and its minister-counsellor (公参) listed as sitting in are read, and 'accompanied' is no one", () => {
  const found = people([
    '临时代办会见山东省副省长',
    '3月6日，驻外使馆临时代办杨宇会见来访的山东省副省长宋军继一行。使馆赵建华经济商务公使、刘海波公参陪同会见。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('赵建华|') && p.includes('经济商务公使')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p === '刘海波|公参'),
    found.join(' / '),
  );
  assert.ok(!found.some((p) => p.startsWith('陪同')), found.join(' / '));
});

test('a counsellor who is also consul-general, named first in a list of those attending, keeps both offices', () => {
  const found = people([
    '总商会举行会员大会',
    '3月9日，某地中华总商会举行年度会员大会。陈明华参赞兼总领事、周立新领事等也应邀出席并致辞。',
  ]);
  assert.ok(
    found.some((p) => p === '陈明华|参赞兼总领事'),
    found.join(' / '),
  );
});

test('names before offices in a list with no verb of attending are not read on one mention', () => {
  const found = people([
    '学院论文获奖',
    '5月3日，学院公布获奖名单，陈明华院长、周立新副处长的论文获得一等奖，评审工作历时三个月。',
  ]);
  assert.ok(!found.some((p) => p.startsWith('陈明华|') || p.startsWith('周立新|')), found.join(' / '));
});
