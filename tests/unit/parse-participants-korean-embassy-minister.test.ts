// A Korean record lists an embassy's second in command as "주한 중국대사관 공사", and a chargé
// d'affaires as "대리대사" as well as "대사대리". The desk officer wants both listed with the office;
// "공사" that is building work ("대사관 공사 현장") is no office without a name before it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a minister named before the embassy he serves at', () => {
  const text = [
    '국회의장, 이임하는 중국대사 접견',
    '국회의장은 12일 이임하는 중국대사를 접견했다. 이날 접견에는 중국 측에서 왕쥔 주한 중국대사관 공사 등이 배석했다.',
  ].join('\n');
  assert.equal(people(text).find((p) => p.name === '왕쥔')?.role, '중국대사관 공사');
});

test('a chargé d\'affaires written "대리대사"', () => {
  const text = [
    '도의회 협회, 중국대사관 방문',
    '협회는 26일 주한중국대사관을 방문해 왕쥔 주한중국대리대사와 면담을 갖고 교류 협조를 요청했다.',
  ].join('\n');
  assert.equal(people(text).find((p) => p.name === '왕쥔')?.role, '주한중국대리대사');
});

test('building work at an embassy is nobody', () => {
  const text = ['대사관 공사 점검', '구청은 12일 대사관 공사 현장을 점검하고 안전 대책을 논의했다.'].join('\n');
  assert.ok(!people(text).some((p) => p.role?.includes('공사')));
});
