// A university, a chamber of commerce or an embassy's staff writes its people as name then office,
// with offices the shared Chinese-Japanese list lacks: "学長", "会頭", "団長", "参事官", "センター長".
// A surname of one kanji glued to the office ("柳総領事は") is a name when it opens the clause; the
// kanji that only say which holder ("同総領事", "県知事") or a delegation ("訪問団団長") are not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Japanese offices of universities, chambers and embassies', () => {
  test('a visiting president in katakana and the host president in kanji', () => {
    const got = names(
      '協定校であるタイのチャイ・ソムサク学長が4日、本学を表敬訪問し、森田浩一学長と懇談しました。両学長は学生交流の拡大で一致しました。',
    );
    assert.ok(got.includes('チャイ・ソムサク'), JSON.stringify(got));
    assert.ok(got.includes('森田浩一'), JSON.stringify(got));
  });

  test('a counsellor and a secretary of an embassy, and a chamber president', () => {
    const got = names('6月2日、大使館の陳明参事官および李華書記官が本学を訪れ、学長と懇談しました。');
    assert.ok(got.includes('陳明'), JSON.stringify(got));
    assert.ok(got.includes('李華'), JSON.stringify(got));
    const chamber = names('6月2日、商工会議所の高田義男会頭は、来訪した総領事と懇談しました。');
    assert.ok(chamber.includes('高田義男'), JSON.stringify(chamber));
  });

  test('a deputy section head in katakana after the president: "ナリン・ポン国際課副課長"', () => {
    const got = names('5月8日、タイのチャイ・ソムサク学長、ナリン・ポン国際課副課長が本学を表敬訪問し、学長と懇談しました。');
    assert.ok(got.includes('ナリン・ポン'), JSON.stringify(got));
  });

  test('the head of a graduate major: "森下健二専攻長"', () => {
    const got = names('代表団は研究科を訪れ、森下健二専攻長、佐藤教授と懇談しました。');
    assert.ok(got.includes('森下健二'), JSON.stringify(got));
  });

  test('a surname of one kanji that opens the clause', () => {
    const got = names('5月9日、柳総領事は市役所を訪れ、市長と懇談しました。その後、王副学長とも面会しました。');
    assert.ok(got.includes('柳'), JSON.stringify(got));
    assert.ok(got.includes('王'), JSON.stringify(got));
  });

  test('not a word that says which holder, nor a delegation, nor a region in katakana', () => {
    const got = names(
      '同総領事は県知事を表敬訪問しました。訪問団団長は挨拶を述べ、東アジア研究科長が案内しました。前会長も出席しました。',
    );
    for (const wrong of ['同', '県', '訪問団', 'アジア', '前']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});
