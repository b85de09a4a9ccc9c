// Chinese names the holders of some offices after the office, as it does ministers: an assistant to a
// president or a minister ("国家安全事务助理沙利文", "部长助理张昆生"), an international body's
// director-general ("总干事"), a company's president ("总裁"), a high representative ("高级代表"), a member
// of a parliament ("议员", Japanese "議員"), a princess ("公主"). A league of members ("議員連盟") is no one,
// and one spoken about ("…議員について") was not met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Chinese and Japanese offices read before or after a name', () => {
  test('"美国总统国家安全事务助理史密斯": the assistant, of the United States', () => {
    const got = people(
      '新华社北京5月8日电 中共中央政治局委员王强8日在北京同美国总统国家安全事务助理史密斯举行会晤。双方就中美关系交换了意见。王强表示,中方愿同美方加强沟通。',
    );
    const smith = got.find((p) => p.name === '史密斯');
    assert.ok(smith, String(got.map((p) => p.name)));
    assert.equal(smith.country, 'United States');
  });

  test('"世贸组织总干事卡森": the director-general, not given China for a country', () => {
    const got = people(
      '外交部长王强在罗马会见世贸组织总干事卡森。王强表示,中方支持多边贸易体制,愿同世贸组织加强合作。卡森感谢中方的支持。',
    );
    const head = got.find((p) => p.name === '卡森');
    assert.ok(head, String(got.map((p) => p.name)));
    assert.notEqual(head.country, 'China');
  });

  test('"泰国公主诗琳通": the princess, her name whole though it ends in "通"', () => {
    const got = names(
      '昨日,省长张明在成都会见了泰国公主诗琳通一行。张明对诗琳通公主一行来访表示欢迎。诗琳通公主回忆起多年前来访的情景。',
    );
    assert.ok(got.includes('诗琳通'), String(got));
    assert.ok(!got.includes('诗琳'), String(got));
  });

  test('"部长助理张昆生接米歇尔": the assistant minister, and no "接米歇尔" (met her) taken for a name', () => {
    const got = names(
      '3月20日,米歇尔一行抵达北京,外交部部长助理张昆生到机场迎接。中国只派部长助理接米歇尔引起关注。张昆生陪同米歇尔参观。次日,国家主席习近平会见了米歇尔。',
    );
    assert.ok(got.includes('张昆生'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('接')), String(got));
  });

  test('"参議院議員": the member of the Diet, named whole before the house', () => {
    const got = names(
      '4月27日、山田太郎参議院議員(日米友好議員連盟会長)がヒューストン市を訪問し、佐藤総領事とともにジョン・スミス市長と面会しました。山田議員より、両国の交流について述べました。',
    );
    assert.ok(got.includes('山田太郎'), String(got));
    assert.ok(!got.includes('日米友好'), String(got));
  });

  test('"…上院議員について話した": the senator spoken about was not met', () => {
    const got = names(
      '岩屋外務大臣は16日、ペルーでブリンケン国務長官と会談しました。ブリンケン氏は、新政権で国務長官を務めるマルコ・ルビオ上院議員について、「しっかり仕事を引き継いでいきたい」と話したということです。',
    );
    assert.ok(got.includes('ブリンケン'), String(got));
    assert.ok(!got.includes('マルコ・ルビオ'), String(got));
  });

  test('"巴罗通电话" still ends the name before "通" (spoke by phone)', () => {
    const got = names('外交部长王强应约同法国外长巴罗通电话。王强表示,中方愿同法方加强沟通协调。巴罗表示,法方重视对华关系。');
    assert.ok(got.includes('巴罗'), String(got));
  });
});
