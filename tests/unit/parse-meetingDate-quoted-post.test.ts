// A news page embeds a leader's post about talks ("We had a good meeting…") and its signature
// "— Name (@handle) March 3, 2024". The signature dates the post, which may come hours or days after
// the talks: it does not date the meeting. A sentence of the report that dates the talks still does.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

/** The post as a page's text keeps it: one paragraph, its sentences and signature run together. */
const POST =
  'Hosted@UKForeignSecon his first visit to Estonia as Foreign Secretary of the UK.We had a good meeting focused on energy and air defence.I am grateful to the UK for its support!pic.twitter.com/aBcD1234— Margus Tamm (@MargusTammEE)March 3, 2024';

describe("a quoted post's signature", () => {
  test('the post\'s date under "We had a good meeting", below the report\'s opening, does not date the talks', () => {
    const text = [
      'Министр иностранных дел Великобритании провел переговоры с премьер-министром Эстонии в Таллине.',
      'Стороны обсудили энергетику, безопасность в регионе и поддержку Украины.',
      'Премьер-министр поблагодарил гостя за визит и пригласил его снова.',
      '«Наше сотрудничество становится всё теснее», — сказал он журналистам.',
      POST,
      'В пресс-релизе правительства подчеркивается, что стороны договорились продолжить консультации.',
    ].join('\n\n');
    assert.equal(meeting(text, '2024-03-04'), null);
  });

  test('the report\'s own "on Sunday, March 3, 2024" still dates them', () => {
    const text = `The British foreign secretary held talks with the Estonian prime minister in Tallinn on Sunday, March 3, 2024.\n\n${POST}`;
    assert.equal(meeting(text, '2024-03-04'), '2024-03-03');
  });

  test('a post signed on the page\'s own day that tells the talks as "today" dates them that day', () => {
    const text = [
      'MANILA - The foreign secretary returned to work on Monday after two weeks away.',
      '"He is back at the office today," the spokesperson told reporters at the ministry.',
      'He then held a face-to-face meeting with the Canadian ambassador at the ministry, posting photos of it.',
      'Had a good conversation with the Canadian Ambassador today on maritime cooperation and trade.pic.twitter.com/aBcD1234 — Enrique Santos (@SecSantosPH) August 8, 2022',
    ].join('\n\n');
    assert.equal(meeting(text, '2022-08-08'), '2022-08-08');
  });
});
