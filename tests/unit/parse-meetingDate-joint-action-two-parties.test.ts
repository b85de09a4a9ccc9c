// A wire story tells a meeting by what two named sides did together: "Prime Minister X and Ambassador Y
// agreed Thursday that…", "Ontario — and Bavaria — Monday signed an agreement…". The day of that joint act
// is the meeting's. A document told as signed by no one, or one actor's two verbs, tells no meeting.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, publishedAt: string | null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a joint act of two parties dates their meeting', () => {
  test('"X and Ambassador Y agreed Thursday that …": the Thursday before the page', () => {
    const text = [
      'Prime Minister Ana Costa and Chilean Ambassador Pedro Rojas agreed Thursday that both countries enjoy excellent friendship and cooperation.',
      'Costa and Rojas assessed that trade between the two countries has room to grow, the government said in a press release.',
    ].join('\n\n');
    assert.equal(meeting(text, '2021-03-12'), '2021-03-11');
  });

  test('"Ontario, the most populous province, and Bavaria Monday signed an agreement": the Monday', () => {
    const text = [
      'Ontario, the most populous Canadian province, and Bavaria Monday signed an agreement at the Legislative Building in Toronto to become partner regions.',
      'The agreement was signed on behalf of Bavaria by its minister for European affairs.',
    ].join('\n\n');
    assert.equal(meeting(text, '2021-03-09'), '2021-03-08');
  });

  test('"the statutes and the budget were signed Monday": no parties, no meeting day', () => {
    const text = [
      'The new statutes of the regional development fund and the budget for next year were signed Monday by the governor.',
      'They take effect on the first of April, the governor’s office said.',
    ].join('\n\n');
    assert.equal(meeting(text, '2021-03-09'), null);
  });
});
