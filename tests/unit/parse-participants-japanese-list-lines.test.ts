// A Japanese report lists those taking part one a line, name, a space, then the office
// ("山田一郎 静岡県知事 ほか 県側 計3名"). The desk officer reads the full name with its office, and the
// governor's surname alone further down ("山田知事から") is the same person, not a second one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n'), ctx).map((p) => [p.name, p.role, p.country]);

describe('Japanese attendee lines: name, space, office', () => {
  test('"山田一郎 静岡県知事 ほか": the full name, the office, Japan; "山田知事" is the same person', () => {
    const got = people(
      [
        '令和6年7月2日、ソウル市庁を訪問し、観光交流について意見交換を行いました。',
        '(1) 参加者',
        '朴 民洙(パク・ミンス)ソウル特別市副市長',
        '山田一郎 静岡県知事 ほか 県側 計3名',
        '(2) 概要',
        '山田知事から、観光交流の拡大について述べました。',
      ].join('\n'),
    );
    assert.ok(
      got.some(([n, r, c]) => n === '山田一郎' && r === '静岡県知事' && c === 'Japan'),
      JSON.stringify(got),
    );
    assert.ok(!got.some(([n]) => n === '山田'), JSON.stringify(got));
  });

  test('a line of prose with a space is no list line', () => {
    const got = people('本日 市長は記者会見で、来月の訪問団について説明しました。');
    assert.ok(!got.some(([n]) => n === '本日'), JSON.stringify(got));
  });
});
