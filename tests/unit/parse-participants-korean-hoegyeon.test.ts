// Korean written from Chinese sources reports a meeting as "회견했다" (received, 会见): "A 총영사는 B
// 부시장과 회견했다". The desk officer wants both sides and those who sat in, as for "면담했다"; a
// press conference ("기자회견") is still no meeting, and the body someone works for is not their name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('"회견했다" reports the meeting: both sides and those present are read', () => {
  const text = [
    '총영사, 신임 부시장과 회견',
    '류웨이 총영사는 4월 2일 한정민 대전광역시 행정부시장과 회견했다. 국제교류 협력담당관실 오세훈 주무관과 총영사관 왕명 영사 등이 참석했다.',
    '류 총영사는 한 부시장의 취임을 축하했다.',
  ].join('\n');
  const found = names(text);
  for (const n of ['류웨이', '한정민', '오세훈', '왕명']) assert.ok(found.includes(n), n);
  assert.ok(!found.includes('국제교류'));
});

test('a press conference ("기자회견") is not read as a meeting', () => {
  const text = [
    '시장, 신년 기자회견',
    '한정민 대전광역시 행정부시장은 4월 2일 시청에서 신년 기자회견을 열고 올해 주요 사업을 발표했다.',
  ].join('\n');
  assert.deepEqual(names(text), []);
});
