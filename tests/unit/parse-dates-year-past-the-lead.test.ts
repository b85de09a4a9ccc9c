// An undated page states its meeting's year in the lead ("‘2022년 … 간담회’를 가졌다"), and a later paragraph names
// another year for another event ("‘2025년 APEC 정상회의’ 유치"). The page's first lines run on into that paragraph
// when its header is short: the later paragraph is not the lead, and its year does not unsettle the lead's.
// A photo caption among those lines still shows the meeting itself, and its year stands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const page = (later: string): string =>
  [
    '도지사 일정',
    '외국공관장 초청 간담회',
    '시도지사협의회가 지난 12월 2일 서울에서 ‘2022년 주한외국공관장 초청간담회’를 가졌다.',
    '이번 간담회에는 역대 가장 많은 주한외국대사들이 참석해 성황을 이뤘다고 협의회는 밝혔다.',
    '협의회 회장은 기조연설을 통해 지방 정부가 중앙 외교를 보완하는 역할을 해야 한다고 강조했다.',
    later,
  ].join('\n\n');

test('a desk officer files an undated Korean release whose later paragraph names a bid for 2025: the meeting is 2 December 2022', () => {
  const r = parseRecordText(page('또한, 부회장은 ‘2025년 APEC 정상회의’ 유치를 위해 각국 대사들의 지지를 요청했다.'));
  assert.equal(r.publishedAt, null);
  assert.equal(r.meetingDate, '2022-12-02');
});

test('two years in the lead itself still leave the undated meeting day unknown', () => {
  const r = parseRecordText(
    [
      '외국공관장 초청 간담회',
      '시도지사협의회가 지난 12월 2일 서울에서 ‘2022년 주한외국공관장 초청간담회’를 가졌다.',
      '부회장은 ‘2025년 APEC 정상회의’ 유치를 위해 지지를 요청했다.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, null);
});
