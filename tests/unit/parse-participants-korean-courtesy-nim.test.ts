// Korean association and council news often adds the courtesy "님" after a title, then a particle:
// "의장님을 비롯한 의원님들", "대표님과", "회장님께서". The desk officer wants the person listed with the
// office as written (without the courtesy), and a group's word ("주민 대표님들") still read as no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('a host named with "의장님을" in the guest\'s thanks is listed with the office', () => {
  const text = [
    '가람시의회, 누리구의회 방문',
    '가람시의회는 12일 자매결연의회인 누리구의회를 방문했다.',
    '한도윤 의장은 "누리구의회 서지호 의장님을 비롯한 의원님들의 환대에 감사드린다"고 밝혔다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '서지호')?.role, '의장');
  assert.ok(names(text).includes('한도윤'));
});

test('"대표님과" after a full name: a firm\'s head at the meeting', () => {
  const text = [
    '협회 간담회',
    '협회는 5일 사무실에서 간담회를 가졌다.',
    '이날 간담회에는 문태오 대표님과 권하린 대표님이 참석했다.',
  ].join('\n');
  assert.ok(names(text).includes('문태오'));
  assert.ok(names(text).includes('권하린'));
});

test('a group\'s word before "대표님들" is no one', () => {
  const text = ['협회 간담회', '협회는 5일 사무실에서 간담회를 가졌다.', '주민 대표님들과 회원 대표님이 함께 자리했다.'].join(
    '\n',
  );
  assert.deepEqual(names(text), []);
});
