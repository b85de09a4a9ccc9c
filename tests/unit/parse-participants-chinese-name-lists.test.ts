// A Chinese record lists several people under one office ("副院长甲、乙、丙") or lists those present with no
// office at all ("市里的甲、乙等出席"). The desk officer sees each of them in the room; a list of bodies or
// places ("中方、美方", "北京、上海") is no list of people.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Chinese lists of names', () => {
  test('"副院长方明德、于涛、萧丽" gives three deputy deans', () => {
    const got = people(
      '5月8日上午，北方大学校长刘建国会见了来访的南方大学代表团。出席会见的有副院长方明德、于涛、萧丽，以及外事处处长孙伟。双方就学生交流交换了意见。',
    );
    for (const name of ['方明德', '于涛', '萧丽'])
      assert.ok(
        got.some(([n, role]) => n === name && role?.endsWith('副院长')),
        JSON.stringify(got),
      );
  });

  test('"广州市吴海、胡静、邓磊等出席" gives the three present, named bare', () => {
    const got = names('广州市市长赵明会见了大阪市代表团一行。赵明表示，两市友好交流源远流长。广州市吴海、胡静、邓磊等出席。');
    for (const name of ['吴海', '胡静', '邓磊']) assert.ok(got.includes(name), JSON.stringify(got));
    assert.ok(!got.some((n) => n?.includes('市')), JSON.stringify(got));
  });

  test('a list of sides or cities is no list of people', () => {
    const got = names(
      '外交部长王毅会见了来访客人。王毅表示，中方、美方、俄方等参加了会议，北京、上海、天津等出席的城市代表也发了言。',
    );
    assert.deepEqual(
      got.filter((n) => n !== '王毅'),
      [],
      JSON.stringify(got),
    );
  });

  test('words that go on the clause after an office closing a name are no name', () => {
    const got = names(
      '市长黄建华会见了访问团。黄市长进一步指出，两市合作前景广阔。黄建华市长特别以本地水果款待客人。访问团团长回忆道，十年前曾来访。',
    );
    assert.ok(got.includes('黄建华'), JSON.stringify(got));
    for (const word of ['进一步', '进一步指出', '特别', '回忆道']) assert.ok(!got.includes(word), JSON.stringify(got));
  });

  test('"以总理身份", "担任副总理期间": a capacity or a term after the office is no name', () => {
    const got = names('总理李国强会见了来访的部长。李国强以总理身份首次出访。他在担任副总理期间曾多次访问该国。');
    assert.ok(!got.some((n) => n === '身份' || n === '期间'), JSON.stringify(got));
  });
});
