// Words that stand before an office in Korean prose and are no one's name: a time of the month
// ("3월 중순 파나마 대사"), a verb made a modifier ("자매결연을 맺은 일본 X시장"), a verb's dictionary
// form, an association or a local government ("한인회 회장", "지자체 시군의회 의장"). The desk officer
// gets the people, never these words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('"중순", "맺은", "한인회", "지자체" before an office are not names', () => {
  const text = [
    '대사, 한인 단체장 초청 만찬',
    '지난 4월 중순 칠레 대사에서 부임한 대사는 10일 한인 단체장들과 만찬 간담회를 가졌다.',
    '이 자리에는 자매결연을 맺은 일본 시장 일행과 한인회 회장, 지자체 시군의회 의장도 참석했다.',
  ].join('\n');
  const found = names(text);
  for (const word of ['중순', '맺은', '한인회', '지자체']) assert.ok(!found.includes(word), word);
});

test('a name before the same offices is still read', () => {
  const text = [
    '한인회장단, 대사 면담',
    '대사는 10일 한인 단체장들과 만찬 간담회를 가졌다. 이 자리에는 최명훈 한인회 회장과 구자윤 시군의회 의장이 참석했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('최명훈'));
  assert.ok(found.includes('구자윤'));
});
