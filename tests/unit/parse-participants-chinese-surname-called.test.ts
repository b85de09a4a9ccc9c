// A Chinese record names a Japanese guest in full once, then calls them by surname and office: "伊贺市长
// 冈本荣及副市长亲自接待", later "冈本市长表示". The surname recurs more often than the full name, which the
// reading took as a sign the name ends there; the desk officer wants the full name, once, and no "亲自"
// (in person) or "目前" (at present) listed as a person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a guest called by surname and office after the full name', () => {
  test('"市长冈本荣及…", then "冈本市长": Okamoto Sakae, not "冈本"', () => {
    const got = names(
      '台中市访问团昨日抵达伊贺市,由伊贺市长冈本荣及副市长亲自接待。冈本市长表示,期待双方扩大观光交流。冈本市长并向访问团介绍当地产业。',
    );
    assert.ok(got.includes('冈本荣'), String(got));
    assert.ok(!got.includes('冈本'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('亲自')), String(got));
  });

  test('"参议员清水真人。清水参议员目前…": the senator in full, and no "目前" read as a name', () => {
    const got = names(
      '县长一行昨晚与群马县议员会谈,另一位贵宾为参议员清水真人。清水参议员目前担任党内要职。清水真人参议员表示,愿推动双方交流。',
    );
    assert.ok(got.includes('清水真人'), String(got));
    assert.ok(!got.includes('清水'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('目前')), String(got));
  });

  test('"会长铃木和夫一行": a given name holding "和" (and) is read whole when the surname is called with the office', () => {
    const got = names('屏东县长今天会见大阪日华友好协会会长铃木和夫一行。县长表示,铃木会长多年来支持台日交流。');
    assert.ok(got.includes('铃木和夫'), String(got));
    assert.ok(!got.includes('今天'), String(got));
  });

  test('not when the two characters stand alone elsewhere without an office: "外长王明强调了…"', () => {
    const got = names('外交部长王明强调了双方合作的重要性。王明表示,两国应加强沟通。王明外长还会见了商界代表。');
    assert.ok(got.includes('王明'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('王明强')), String(got));
  });
});

describe('Taiwanese official writing around a guest', () => {
  test('"市長內野優乙行" ("乙行", the party) and "張秘書長於…宴請": the mayor, no "乙行" nor "張秘書"', () => {
    const got = names(
      '外交部張秘書長美玲昨日會見日本海老名市市長內野優乙行。內野優市長乙行於本年7月訪臺,張秘書長於8月1日中午宴請乙行,雙方就地方交流交換意見。',
    );
    assert.ok(got.includes('內野優'), String(got));
    assert.ok(!got.some((n) => n === '乙行' || n === '張秘書'), String(got));
  });

  test('"行政長官依法施政" (governs according to law): no name', () => {
    const got = names('國務院港澳辦主任李明會見香港特區政府官員,表示將繼續支持行政長官依法施政。李明並與官員座談交流。');
    assert.ok(!got.some((n) => n?.startsWith('依法')), String(got));
  });
});

describe('a Japanese host named in full before a comma, then by surname and office', () => {
  test('"市长铃木史朗、市议长岩永敏博", then "铃木市长、岩永议长": both in full', () => {
    const got = names(
      '3月12日,总领事陈泳分别拜会长崎市市长铃木史朗、市议长岩永敏博。铃木市长、岩永议长欢迎陈总领事履新,表示将加强交流。',
    );
    assert.ok(got.includes('铃木史朗'), String(got));
    assert.ok(got.includes('岩永敏博'), String(got));
    assert.ok(!got.includes('铃木') && !got.includes('岩永'), String(got));
  });

  test('not a Chinese name before a verb: "副总领事张莉代职", then "张莉副总领事" stays "张莉"', () => {
    const got = names('总领事吴明会见了槟城首长。吴明表示,其职务由副总领事张莉代职\n\n他指出,其职务将由张莉副总领事代办。');
    assert.ok(!got.includes('张莉代职'), String(got));
  });
});
