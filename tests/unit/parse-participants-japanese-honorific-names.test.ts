// A Japanese report names someone with no office by the honorific alone. "氏" straight before the verb of
// the meeting ("…氏と会談し") and a list of names each with "様" (the guests) say the person was there;
// "氏" before anything else ("…氏の著書") is someone the record only speaks of.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('names with the honorific alone (Japanese)', () => {
  test('"…の秘書、松田健一氏と会談し": the one the consul general met', () => {
    const got = names('5日、劉明総領事は衆議院議員の秘書、松田健一氏と会談し、今後の交流について意見を交わしました。');
    assert.ok(got.includes('松田健一'), String(got));
  });

  test('"大使館からは周明様、李華様、王強様が出席": each guest of the list', () => {
    const got = names(
      '1月6日、陳明総領事が商会を訪れ、林会長と懇談しました。今回の会合に、大使館からは周明様、李華様、王強様が出席しました。',
    );
    for (const n of ['周明', '李華', '王強']) assert.ok(got.includes(n), String(got));
  });

  test('"村上春樹氏の小説を紹介した": a writer spoken of, not met', () => {
    const got = names('5日、劉明総領事は市長と会談し、村上春樹氏の小説を紹介しました。');
    assert.ok(!got.includes('村上春樹'), String(got));
  });
});
