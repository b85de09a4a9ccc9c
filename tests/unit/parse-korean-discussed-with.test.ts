// Korean "…와 …를 논의했다" (discussed … with) reports a meeting as "discussed with" does: a governor
// who "discussed cooperation with the ambassador yesterday (20th)" met him that day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('a governor who discussed exchanges with an ambassador yesterday met him that day', () => {
  const r = parseRecordText(
    [
      '박민수 지사, 주한카자흐스탄대사와 교류 논의',
      '작성 : 2024-05-21 09:10:00',
      '박민수 경북도지사는 어제(20일) 누를란 바이세노프 주한카자흐스탄대사와 두 지역의 경제 협력 방안을 논의했습니다.',
      '박 지사는 에너지와 농업 분야의 교류를 기대한다고 밝혔습니다.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, '2024-05-20');
  assert.deepEqual(
    r.participants.map((p) => p.name),
    ['박민수', '누를란 바이세노프'],
  );
});

test('a discussion still planned ("논의할 예정") is no meeting', () => {
  const r = parseRecordText(
    [
      '박민수 지사, 주한카자흐스탄대사와 교류 논의 예정',
      '작성 : 2024-05-21 09:10:00',
      '박민수 경북도지사는 오는 28일 누를란 바이세노프 주한카자흐스탄대사와 두 지역의 경제 협력 방안을 논의할 예정입니다.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, null);
});
