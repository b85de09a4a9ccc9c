// Chinese names the people of a company, a board and a university, and a foreign state's governor, by offices that
// are everyday words as well: "总经理" (general manager), "执行董事" (executive director), "特聘教授" (distinguished
// professor), "州督"/"省督" (a state's, a province's governor). After one of them a name is read when it has a
// name's form (a common surname, a transliteration's dot); a professor's courtesy after a name ("…教授进行了交谈")
// names no one. A headline naming the ambassador in full over a body that calls him by surname and office gives his
// name, two characters long as well as three.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) =>
  parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role}|${p.country ?? '—'}`);

test("a consul general's farewell reception lists an airline's general managers among the guests: both are found", () => {
  const found = people([
    '总领事举行离任招待会',
    '(槟城5日讯)中国驻槟城总领事周明举行离任招待会。',
    '出席者包括州议员陈立华、中国东方航空公司槟城总经理李振国、吉隆坡总经理孙杰等。',
    '周明感谢各界对总领馆工作的支持。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('李振国|') && p.includes('总经理')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('孙杰|') && p.includes('总经理')),
    found.join(' / '),
  );
});

test("a chamber's executive directors attend a consul's call: the names sharing the office are found, not as China's officials", () => {
  const found = people([
    '总领事拜访中华商会',
    '驻槟城总领事周明近日拜访槟城中华商会,会长林国强接待。',
    '当天出席者包括副会长陈大文、执行董事黄立新、张志伟及秘书长何明。',
  ]);
  const huang = found.find((p) => p.startsWith('黄立新|'));
  assert.ok(huang?.includes('执行董事'), found.join(' / '));
  assert.ok(!huang?.endsWith('|China'), found.join(' / '));
  assert.ok(
    found.some((p) => p.startsWith('张志伟|')),
    found.join(' / '),
  );
});

test("an ambassador meets a state's governor: the governor is found by her office, not as China's own", () => {
  const found = people([
    '王海大使会见北州州督',
    '5月2日,王海大使应邀赴北州州督府,会见北州州督郑美玲,就地方合作交换意见。',
    '郑美玲表示,期待访问中国。',
  ]);
  const governor = found.find((p) => p.startsWith('郑美玲|'));
  assert.ok(governor?.includes('州督'), found.join(' / '));
  assert.ok(!governor?.endsWith('|China'), found.join(' / '));
});

test("an ambassador visits a province and meets its governor, written with the transliteration's dot: both are found, the invitation is no name", () => {
  const found = people([
    '驻外大使李海訪問北方省',
    '日前,駐外大使李海赴北方省訪問,並會見省督卡洛斯·門多薩。',
    '李大使表示,中方重視發展雙邊關係。省督歡迎李大使來訪。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('李海|')),
    found.join(' / '),
  );
  assert.ok(
    found.some((p) => p.startsWith('卡洛斯·門多薩|') && p.includes('省督')),
    found.join(' / '),
  );
  assert.ok(!found.some((p) => /^应|^應/u.test(p)), found.join(' / '));
});

test('a university delegation lists a distinguished professor: he is found, the courtesy after a president names no one', () => {
  const found = people([
    '台湾大学访问团来校交流',
    '访问团成员有院长黄心怡、副院长王丽、特聘教授戴文华以及事务处钟敏老师。',
    '校长李明会见了访问团,并与北方大学校长史密斯教授进行了交谈。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('戴文华|') && p.includes('特聘教授')),
    found.join(' / '),
  );
  assert.ok(!found.some((p) => p.startsWith('进行')), found.join(' / '));
});

test('the headline names the ambassador in two characters, the body by surname and office: he is found by his full name', () => {
  const found = people([
    '肖林大使会见北州州长郑美玲',
    '4月9日,肖林大使应邀赴北州州政府,会见北州州长郑美玲,就地方交往交换意见。',
    '肖大使表示,两国关系稳定向好。郑美玲表示,很高兴看到两国关系不断改善。',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('肖林|') && p.includes('大使')),
    found.join(' / '),
  );
  assert.ok(!found.some((p) => /^应邀/u.test(p)), found.join(' / '));
});
