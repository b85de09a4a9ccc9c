// Japanese sets an office before the name with "の" ("センター所長の福田一郎氏"), and closes a list with its count
// ("…事務局長の5名が出席"): neither "の" makes the person the owner of something, so the desk officer keeps them.
// Katakana glued to kanji that are no country ("国際交流センター所長") is a body's name, not a person's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Japanese: "の" before a name with 氏, "の5名" after a list', () => {
  test('"センター所長の福田一郎氏が本校を表敬訪問した": the name, not "センター"', () => {
    const got = names('9月2日、東和大学国際交流センター所長の福田一郎氏が本校を表敬訪問した。');
    assert.ok(got.includes('福田一郎'), JSON.stringify(got));
    assert.ok(!got.includes('センター'), JSON.stringify(got));
  });

  test('"…坂上副会長、大林事務局長の3名が出席しました": the last of the list too', () => {
    const got = names('商工会からは前野会長、坂上副会長、大林事務局長の3名が出席し、市長と懇談しました。');
    for (const want of ['前野', '坂上', '大林']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('still the owner: "田中外務大臣の訪問について" names no one in the room', () => {
    const got = names('山本大使は、田中外務大臣の訪問について説明し、先方と会談しました。');
    assert.ok(!got.includes('田中'), JSON.stringify(got));
  });
});
