// Chinese writes a civil servant's grade before the name as an office ("二级巡视员黄国平", "二级调研员陈进"), a
// township's head as "乡长" (Japanese "郷長"); Japanese writes a special adviser "特別顧問" and a college's head
// "日本語学院李明院長", a bureau's "局長"; an embassy's "公使", "参赞", "副馆长". A name closes before a
// deputy's "副" ("谢元副会长"). The desk officer gets each name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Chinese and Japanese: grades, townships, special advisers, deputies', () => {
  test('"二级巡视员黄国平会见", "副会长" after a two-character name', () => {
    const got = names(
      '11月15日，省外办二级巡视员黄国平会见了日本友好代表团一行。周明副会长在京会见了代表团。周明副会长表示欢迎。',
    );
    for (const want of ['黄国平', '周明']) assert.ok(got.includes(want), JSON.stringify(got));
    assert.ok(!got.includes('周明副'), JSON.stringify(got));
  });

  test('Japanese: a township head, a special adviser, a college head', () => {
    const got = names(
      '台湾の林文雄郷長ら訪問団が町役場を表敬訪問し、議員連盟の山本勉特別顧問と面会しました。会見には日本語学院李明院長も参加した。',
    );
    for (const want of ['林文雄', '山本勉', '李明']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test("Japanese: a bureau chief after a katakana name; not a region's bureau nor a bureau before its deputy", () => {
    const got = names(
      '情報通信省のレー・ヴァン・ギエム対外情報局長ら同省幹部が6日、市役所を表敬訪問した。外務省中南米局長と外務局副局長も同席した。',
    );
    assert.ok(got.includes('レー・ヴァン・ギエム'), JSON.stringify(got));
    for (const wrong of ['中南', '外務局']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });

  test("Chinese: an embassy's minister, counsellor and deputy head, not the rank before the counsellor", () => {
    const got = names(
      '6月20日，市外办主任率队拜会多国驻华使馆，与瑞士驻华大使馆公使兼副馆长张立新、日本驻华大使馆公使山田花子、塞尔维亚驻华大使馆公使衔参赞叶莲娜、法国驻华大使馆参赞王明等进行会谈。',
    );
    for (const want of ['张立新', '山田花子', '叶莲娜']) assert.ok(got.includes(want), JSON.stringify(got));
    assert.ok(!got.some((n) => n?.startsWith('衔')), JSON.stringify(got));
  });

  test('not a hometown before Nagano ("故郷長野"), nor "家乡长期" (a home town, then "long-term")', () => {
    const got = [
      ...names('市長は故郷長野の友人と懇談しました。会談では交流について話し合いました。'),
      ...names('张市长会见了代表团。张市长介绍了家乡长期发展的情况和未来的合作计划。'),
    ];
    assert.ok(!got.some((n) => n?.includes('野') || n?.includes('期')), JSON.stringify(got));
  });
});
