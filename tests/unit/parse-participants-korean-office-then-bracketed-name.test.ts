// A Korean local paper sometimes writes a visitor's office first and the name after it in brackets:
// "오카야시 시장(다카하시 마사노리) 및 의회 의장(사토 유키) 등 방문단", "주한 대사(아리프 수하르토)와".
// The desk officer wants those people listed with their office; a photograph's place ("회장(앞줄
// 오른쪽)"), a rank ("서기장(과장 급)") or a site ("현장(서울)") in brackets is nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('a visiting mayor and council chair, each named in brackets after the office', () => {
  const text = [
    '가람군, 일본 오카야시 방문단 맞아',
    '이날 행사에는 오카야시 시장(다카하시 마사노리) 및 의회 의장(사토 유키) 등 12명의 방문단과 한동수 군수 등 군 관계자가 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '다카하시 마사노리')?.role, '시장');
  assert.equal(found.find((p) => p.name === '사토 유키')?.role, '의장');
});

test('an ambassador named in brackets takes the country written before the office', () => {
  const text = [
    '대통령, 한국 기업 대표단 접견',
    '대통령은 16일 한국 기업 대표단을 접견했다. 주한 인도네시아 대사(아리프 수하르토)가 배석했다.',
  ].join('\n');
  const envoy = people(text).find((p) => p.name === '아리프 수하르토');
  assert.equal(envoy?.role, '대사');
  assert.equal(envoy?.country, 'Indonesia');
});

test('a place in a photograph, a rank or a site in brackets is not a name', () => {
  const text = [
    '가람시장, 뉴욕 총영사 만찬',
    '한동수 가람시장은 12일 뉴욕에서 총영사와 만찬을 가졌다. 회장(앞줄 오른쪽)이 기념촬영을 했다.',
    '몽골 위원회 서기장(소방서장 급) 등 방문단이 함께했고, 공사 현장(서울)을 둘러봤다.',
  ].join('\n');
  const found = names(text);
  assert.ok(!found.some((n) => n?.includes('오른쪽') || n?.includes('급') || n === '서울'));
});
