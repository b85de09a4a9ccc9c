// Japanese closes two names with "両氏" (both of them): "ジェーン・スミス、メアリー・ブラウン両氏が調印書に署名した".
// The desk officer gets both; two offices before "両氏" ("会長と団長両氏") name no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Japanese: two names closed by 両氏', () => {
  test('two katakana names, then two kanji names', () => {
    const got = names(
      '22日、市長と交流会代表者のジェーン・スミス、メアリー・ブラウン両氏が調印書に署名し、握手を交わした。式には山田、鈴木両氏も出席して懇談した。',
    );
    for (const want of ['ジェーン・スミス', 'メアリー・ブラウン', '山田', '鈴木'])
      assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('not two offices', () => {
    const got = names('22日、協会の会長と団長両氏が市役所を表敬訪問し、市長と懇談した。');
    for (const wrong of ['会長', '団長']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});
