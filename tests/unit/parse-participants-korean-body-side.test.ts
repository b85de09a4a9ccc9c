// A Korean report lists each side's people after the side's name, and the side is not always a
// country: "유엔총회 측에서는 A 비서실장, B 대변인 등이 함께했다", "협회 측에서는 …". The desk officer
// wants that side's people listed too, with no country the record does not give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test("an assembly's side at the Speaker's lunch: two names, their offices, no country", () => {
  const text = [
    '국회의장, 유엔총회 대표단과 오찬',
    '한민수 국회의장은 9일 국회에서 유엔총회 대표단과 오찬을 함께 했다.',
    '이날 오찬에는 우리 측에서는 이도현 의원, 장서윤 국제국장 등이 참석했고, 유엔총회 측에서는 토마스 베버 비서실장, 엘레나 페트로바 대변인 등이 함께했다.',
  ].join('\n');
  const found = people(text);
  const chief = found.find((p) => p.name === '토마스 베버');
  assert.equal(chief?.role, '비서실장');
  assert.equal(chief?.country, null);
  assert.ok(found.some((p) => p.name === '엘레나 페트로바'));
});

test('one item after the side is a sentence, not a list: "협회 측은 입장을 밝혔다" names no one', () => {
  const text = [
    '시장, 협회 대표단 접견',
    '박민호 시장은 3일 시청에서 협회 대표단을 접견했다.',
    '협회 측은 내년 행사에 시가 참여해 주기를 요청했다.',
  ].join('\n');
  assert.ok(!people(text).some((p) => p.name?.startsWith('협회') || p.name === '내년'));
});
