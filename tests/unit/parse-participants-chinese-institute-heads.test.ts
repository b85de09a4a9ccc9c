// A Chinese university or academy names the heads of its institutes and divisions: "常务副院长赵克斌",
// "副所长杨伯江", "国际处处长柯静"; and many given names hold "国", "会" ("闫国华", "杨会军"). The desk
// officer gets them when the name is closed by punctuation or the verb; and a name written before its office once
// ("王建民大使访问…"), when the record calls the holder again by surname and office ("王大使").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Chinese: heads of institutes and divisions, given names with "国" or "会"', () => {
  test('"副所长", "常务副院长", "处长" before the name', () => {
    const got = names('5月4日，东亚研究所一行访问我院。研究所副所长王志远、本院常务副院长赵立新、合作处处长孙静出席了会议。');
    for (const want of ['王志远', '赵立新', '孙静']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('"国" and "会" in a given name closed by the verb or punctuation', () => {
    const got = names(
      '7月3日，日本南山大学校长访问我校。副校长闫国华会见了客人一行。科研处处长杨会军、日语系主任邵建国等参加了会见。',
    );
    for (const want of ['闫国华', '杨会军', '邵建国']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('a name before the office said once, the holder called again by surname and office', () => {
    const got = names('2023年6月14日，王建民大使访问圣地亚哥大学，并与该校代表商谈教育合作。王大使高度评价该校的成就。');
    assert.ok(got.includes('王建民'), JSON.stringify(got));
  });

  test('not a hospital "long-term", a country after the title, nor the verb "介绍" (introduced)', () => {
    const got = names('市长会见了代表团。双方同意医院长期合作。外长韩国代表团团长也出席了会见。戴维斯校长介绍了该校情况。');
    for (const wrong of ['期合作', '韩国代', '介绍']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});
