// Korean names a department by its field ("산학협력", "대외협력", "국제협력") and speaks of the state
// ("국가 원수"), the whole country ("전국 상의 회장단") or the elders ("원로 회장") with the same
// words it puts before an office. The desk officer wants the person after whom the office is written,
// "배지훈 산학협력 부총장", and never the field or the common word listed as a name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test("a list of a college's officers, each named before the field of their office", () => {
  const text = [
    '한빛대학, 지역 기업들과 산학협력 협약',
    '한빛대학은 10일 본관에서 지역 기업 5곳과 산학협력 협약식을 가졌다.',
    '이날 협약식에는 배지훈 산학협력 부총장, 오민경 대외협력 단장, 남기석 국제협력 실장 등이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '배지훈')?.role, '산학협력 부총장');
  assert.equal(found.find((p) => p.name === '오민경')?.role, '대외협력 단장');
  assert.ok(!names(text).some((n) => n?.endsWith('협력')));
});

test('the state, the whole country and the elders are no names: "국가 원수", "전국 상의 회장단", "원로 회장"', () => {
  const text = [
    '상공회의소 원로 초청 간담회',
    '상공회의소는 15일 역대 회장들을 초청해 간담회를 열었다. 신임장은 파견국의 국가 원수가 수여한다.',
    '간담회에는 전국 상의회장 여러 명이 함께했고, 최고 원로 회장으로 참석한 한도윤 회장이 답사를 했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(!found.includes('국가'));
  assert.ok(!found.includes('전국'));
  assert.ok(!found.includes('원로'));
  assert.ok(found.includes('한도윤'));
});
