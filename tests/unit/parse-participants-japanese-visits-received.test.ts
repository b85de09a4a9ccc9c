// A Japanese university or town tells a visit from the host's side: "本学を訪れ" (came to the university),
// "来訪" (came to visit), "調印式" (the signing ceremony where both sides sit at one table); a Chinese
// one "来访", "签约仪式". The desk officer gets those named; a speech headed "…知事挨拶" is no meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string, title?: string) =>
  findParticipants(text.split('\n\n'), { ...ctx, title: title ?? null }).map((p) => p.name);

describe('Japanese and Chinese: a visit received, a signing ceremony', () => {
  test('"本学を訪れ、…調印式が執り行われました": the visitors and the host', () => {
    const got = names(
      '5月8日、北陸工業大学の岡本健二学長が本学を訪れ、大学会館にて協定調印式が執り行われました。式では本学の森田真理子学長が挨拶しました。',
    );
    for (const want of ['岡本健二', '森田真理子']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('"…が来訪しました": the visitors named', () => {
    const got = names('10日、姉妹都市の議長団が来訪しました。一行は友好都市の村井浩一議長、坂本直子副議長ほか3名です。');
    assert.ok(got.includes('村井浩一'), JSON.stringify(got));
  });

  test('Chinese "来访": the visitor and the host', () => {
    const got = names('6月5日，日本东和大学校长山本正雄来访我校。校长刘建华会见了山本正雄一行。');
    assert.ok(got.includes('刘建华'), JSON.stringify(got));
  });

  test('not a speech headed "…知事挨拶" that welcomes its guests', () => {
    const got = names(
      '友好提携30周年記念式典の開催にあたり、一言ご挨拶を申し上げます。代表団の皆様、ようこそお越しになりました。また、李明総領事をはじめ、ご来賓の皆様に御礼申し上げます。',
      '友好提携30周年記念式典 知事挨拶',
    );
    assert.deepEqual(got, []);
  });
});
