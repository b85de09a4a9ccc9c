// Chinese writes the verb of one who attends straight after the name: "驻美国大使李华参加会见"
// (Ambassador Li Hua attended the meeting), "日本驻华大使田中一郎等参加了会见" (… and others
// attended). The verb ("参加", "陪同", "出席") and the "等" (and others) are not part of the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the one who attended, without the verb glued to the name', () => {
  test('"驻美国大使李华参加会见": Li Hua, not "李华参加"', () => {
    const got = names('9月19日,外交部副部长王明在纽约会见美国副国务卿史密斯。驻美国大使李华参加会见。');
    assert.ok(got.includes('李华'), String(got));
    assert.ok(!got.some((n) => n?.includes('参加')), String(got));
  });

  test('"日本駐華大使田中一郎等參加了會見": the ambassador, without "等" (and others)', () => {
    const got = names('國務院總理張偉今天在人民大會堂會見日本外務副大臣山本健。日本駐華大使田中一郎等參加了會見。');
    assert.ok(got.includes('田中一郎'), String(got));
    assert.ok(!got.some((n) => n?.endsWith('等')), String(got));
  });

  test('"秘书长赵强陪同会见": the secretary-general, not "赵强陪同"', () => {
    const got = names('昨天晚上,市委书记孙明在大饭店会见了日本长冈市市长佐藤一。市委常委、秘书长赵强陪同会见。');
    assert.ok(got.includes('赵强'), String(got));
  });
});
