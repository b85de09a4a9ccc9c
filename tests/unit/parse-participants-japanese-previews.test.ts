// A Japanese story that a visit is being arranged or has been announced reports no meeting: its
// past tense belongs to the arranging ("調整に入りました") or the announcing ("…すると発表した"),
// and a press conference after a cabinet meeting ("閣議後会見") is the press, not a counterpart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Japanese previews: arranging or announcing a visit is not meeting anyone', () => {
  test('"…と会談する方向で調整に入りました": the desk officer sees nobody yet', () => {
    const got = names(
      '山田太郎首相は、来月上旬にも英国を訪問し、スミス首相と会談する方向で調整に入りました。政府関係者が明らかにしました。',
    );
    assert.deepEqual(got, []);
  });

  test('"閣議後会見で…会合に出席すると発表した": an announced trip, nobody met yet', () => {
    const got = names(
      '佐藤花子外相は10日の閣議後会見で、15日から18日までフランスを訪れ、外相会合に出席すると発表した。デュボワ外相との会談も予定。',
    );
    assert.deepEqual(got, []);
  });

  test('a readout in the past tense still has its two sides', () => {
    const got = names(
      '佐藤花子外務大臣は、10日、来日中のデュボワ・フランス外務大臣と会談しました。両外相は、協力の強化で一致しました。',
    );
    assert.ok(got.length >= 1, String(got));
  });
});
