// Chinese writes a foreign name in transliteration with its parts joined by a middle dot, after the
// office: "西班牙驻沪总领事路易斯·卡尔沃", "华盛顿市市长文森特·格雷一行". The dot marks the whole as one
// name, however long; the delegation, the spouse, the courtesy or the verb after it are not part
// of it. A title followed by a plain word is still read as before.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cjkMentions } from '../../electron/node/library/parse/participants/cjk.ts';

const read = (text: string) => cjkMentions(text).map(([m]) => m.name);

describe('Chinese: a dotted foreign name after its office', () => {
  test('a row of consuls general: each long name whole', () => {
    const got = read(
      '5月10日,市外办主任李明分别与乌兹别克斯坦驻沪总领事阿卜杜拉赫曼·卡里莫夫、智利驻沪总领事胡安·佩雷斯座谈交流,介绍了本市概况。',
    );
    assert.ok(got.includes('阿卜杜拉赫曼·卡里莫夫'), String(got));
    assert.ok(got.includes('胡安·佩雷斯'), String(got));
  });

  test('"市长文森特·格雷一行", "大使马克·约翰逊夫妇", "市长素帕·巴里先生率团": the name without what follows', () => {
    const got = read(
      '昨天,市长王某会见了到访的华盛顿市市长文森特·格雷一行。美国驻华大使马克·约翰逊夫妇也到场。曼谷市市长素帕·巴里先生率团来访,双方签署了合作备忘录。',
    );
    assert.ok(got.includes('文森特·格雷'), String(got));
    assert.ok(got.includes('马克·约翰逊'), String(got));
    assert.ok(got.includes('素帕·巴里'), String(got));
    assert.ok(!got.some((n) => n?.endsWith('一行') || n?.endsWith('夫妇') || n?.endsWith('先生')), String(got));
  });

  test('no dot, no change: "市长代表团" is still no one', () => {
    const got = read('市长代表团于今天上午抵达,市政府秘书长张某某到机场迎接。双方就友好城市合作交换了意见。');
    assert.ok(!got.some((n) => n?.startsWith('代表')), String(got));
  });
});
