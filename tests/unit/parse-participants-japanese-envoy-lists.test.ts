// A list of the diplomatic corps writes each envoy as name, country, title with no dot between
// ("…サモア特命全権大使"). The desk officer reads the name alone, with the country beside it; a name
// joined to its country by a dot ("ビショップ・オーストラリア…") is read as before.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.country]);

describe('Japanese envoy lists: the country glued after the katakana name', () => {
  test('"アナ・ロドリゲスペルー共和国特命全権大使": the name, and Peru', () => {
    const got = people(
      '知事は12日、県公館で駐日各国大使を迎えて懇談しました。出席した大使は次のとおりです。\n\nアナ・ロドリゲスペルー共和国特命全権大使\n\nヤン・ノヴァクチェコ共和国特命全権大使',
    );
    assert.ok(
      got.some(([name, country]) => name === 'アナ・ロドリゲス' && country === 'Peru'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([name, country]) => name === 'ヤン・ノヴァク' && country === 'Czech Republic'),
      JSON.stringify(got),
    );
  });

  test('not before another title: a mayor whose name ends like a country keeps it whole', () => {
    const got = people('山田一郎知事は10日、来県したトマス・アラスペルー市長と会談しました。両者は交流の拡大で一致しました。');
    assert.ok(
      got.some(([name, country]) => name === 'トマス・アラスペルー' && country === null),
      JSON.stringify(got),
    );
  });
});
