// Malaysian Chinese papers write the federal and state honorifics between the office and the name:
// "会长拿督斯里林志明" (the president, Datuk Seri Lin Zhiming), "执行顾问丹斯里黄国华" (Tan Sri Huang). The
// desk officer wants the person, not "拿督" (Datuk) listed as a name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a Malaysian honorific between the office and the name', () => {
  test('"会长拿督斯里林志明": Lin Zhiming, not "拿督"', () => {
    const got = names(
      '(吉隆坡5日讯)中国驻吉隆坡总领事周平昨日拜会雪州中华商会,会长拿督斯里林志明率领理事接待,双方就经贸合作交换意见。',
    );
    assert.ok(got.includes('林志明'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('拿督')), String(got));
  });

  test('"执行顾问丹斯里拿督斯里黄国华": two honorifics in a row, then the name', () => {
    const got = names(
      '(槟城8日讯)新任总领事王海到访本会,出席者包括执行顾问丹斯里拿督斯里黄国华、署理会长拿督陈明德及秘书长李文华。',
    );
    assert.ok(got.includes('黄国华'), String(got));
    assert.ok(got.includes('陈明德'), String(got));
    assert.ok(!got.some((n) => n?.includes('拿督') || n?.includes('丹斯里')), String(got));
  });

  test('no honorific: the name right after the office is read as before', () => {
    const got = names('外交部长王明今天在北京会见来访的马来西亚外长阿卜杜拉。王明表示,双方合作成果丰硕。');
    assert.ok(got.includes('王明'), String(got));
  });
});
