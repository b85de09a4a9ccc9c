// Korean associations and embassies report gatherings, not talks: "준비 모임을 개최했다", "워크숍이 …
// 참석한 가운데 개최되었다", "신년회와 개소식을 개최하고", "견학행사를 개최했다". Those who attended took part;
// a gathering still to come, or a ceremony, is no meeting whose attendees the desk officer lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a gathering held, and those who attended it', () => {
  const text = [
    '한인 교수협회 출범 준비 모임',
    '한인회(위서진 회장)는 지난 9일 저녁 호텔에서 교수협회 출범을 위한 준비 모임을 개최했다.',
    '이날 모임에는 탁민결 명예회장, 편도윤 학장, 석하람 총영사가 참석했다.',
  ].join('\n');
  const got = names(text);
  for (const n of ['탁민결', '편도윤', '석하람']) assert.ok(got.includes(n), `got ${got.join(', ')}`);
});

test('a New Year gathering and a workshop held', () => {
  const text = [
    '문예진흥원 신년회',
    '진흥원은 1월 23일 사무실에서 신년회와 개소식을 개최했다. 행사에는 위서진 이사장과 탁민결·편도윤 고문이 참석했다.',
  ].join('\n');
  const got = names(text);
  for (const n of ['위서진', '탁민결', '편도윤']) assert.ok(got.includes(n), `got ${got.join(', ')}`);
});

test('a gathering still to come names no one who took part', () => {
  const text = [
    '세계한인 교류회 내달 개최',
    '재단(이사장 위서진)은 내달 3일부터 사흘간 호텔에서 400여 명이 참석하는 교류회를 개최할 예정이라고 밝혔다.',
    '교류회에는 탁민결 회장과 편도윤 총영사가 참석할 예정이다.',
  ].join('\n');
  assert.deepEqual(names(text), []);
});
