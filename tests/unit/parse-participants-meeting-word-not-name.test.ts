// A word for the meeting itself, read by a name rule in front of a title ("…를 연달아 방문 이석우시장 및
// 김영수의장을 면담했다"), is never listed as a person, here or, learnt, in the next record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'시청과 의회를 연달아 방문 박정호시장 및 최민수의장을 면담했다': no participant called 방문", () => {
  const parsed = parseRecordText(
    [
      '베트남 대표단, 자매도시 방문',
      '대표단은 3일 입국해 민속촌을 방문한데 이어 4일 시청과 의회를 연달아 방문 박정호시장 및 최민수의장을 면담했다.',
    ].join('\n\n'),
  );
  assert.ok(!parsed.participants.some((p) => p.name === '방문'), JSON.stringify(parsed.participants.map((p) => p.name)));
});
