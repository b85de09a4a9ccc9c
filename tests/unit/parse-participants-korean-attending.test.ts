// A Korean local-news story often gives those present as a sentence of its own, with no "접견에는"
// before it: "시 국제협력팀 A 팀장과 총영사관 B 영사 등이 참석했다", "이번 방문단은 C 시장, D 부의장 등
// 관계자 8명으로 구성됐다", "E 부지사, F 의장 등 6명의 방문단 일행은 …". The desk officer wants each
// of them listed, by name and office, and nobody made out of the sentence's own words ("이번", "시의원들이").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('a sentence that lists who attended, each after the body they work for', () => {
  const text = [
    '왕리 총영사, 박민호 시장 접견',
    '왕리 총영사는 5일 시청에서 박민호 시장을 접견하고 양 도시 교류 방안을 논의했다.',
    '시 국제협력과의 김수진 교류팀장 및 총영사관의 류진 영사, 장웨이 참사관이 동석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '김수진')?.role, '교류팀장');
  assert.ok(names(text).includes('류진'));
  assert.ok(names(text).includes('장웨이'));
  assert.ok(!names(text).some((n) => n?.startsWith('국제협력')));
});

test('a delegation made up of named members: "A 부정장, B 부의장 등 6명의 방문단 일행은 …"', () => {
  const text = [
    '일본 미나미정 우호교류단 가람군 방문',
    '일본 미나미정 우호교류단이 지난 24일 가람군을 방문해 한동수 군수와 면담했다.',
    '이번 방문은 다나베 가즈오 부정장, 야마다 미노루 부의장 등 6명의 방문단 일행은 양 지역의 교류 방안을 논의했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('다나베 가즈오'));
  assert.ok(found.includes('야마다 미노루'));
  assert.ok(!found.includes('이번'));
});

test('"former" opens the office, not the name: "A 전 주한 대사와 B 전 시의원 등으로 구성된 방문단"', () => {
  const text = [
    '전 주한 대사 방문단, 시의회 예방',
    '쩐 반 롱 전 주한 베트남 대사와 김태우 전 시의원 등으로 구성된 방문단은 4일 시의회를 방문해 의장과 면담했다.',
  ].join('\n');
  const found = people(text);
  assert.ok(found.some((p) => p.name === '쩐 반 롱'));
  assert.ok(found.some((p) => p.name === '김태우'));
});
