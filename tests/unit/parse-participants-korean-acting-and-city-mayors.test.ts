// A Korean local paper reports a visit from a sister city abroad. It writes the visiting mayor with
// his city apart from the title ("다카하시 마사노리 오카야 시장"), its own county's acting head as one
// word ("군수권한대행"), and a Chinese county's deputy head after the county ("닝샹현 상무부현장").
// The desk officer wants each listed, and no market ("반도체 시장") or site ("현장") read as an office.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('a foreign mayor written with the city apart from the title, the city named elsewhere', () => {
  const text = [
    '가람시, 일본 오카야시 대표단 접견',
    '다카하시 마사노리(高橋 正則) 오카야 시장을 단장으로 한 오카야시 대표단은 12일 한동수 가람시장을 예방하고 교류 확대를 논의했다.',
  ].join('\n');
  const mayor = people(text).find((p) => p.name === '다카하시 마사노리');
  assert.equal(mayor?.role, '오카야 시장');
});

test('a market is not a mayor: the word before "시장" is never written as a city', () => {
  const text = [
    '가람시, 일본 기업 대표단 접견',
    '한동수 가람시장은 12일 일본 기업 대표단을 만나 다카하시 글로벌 반도체 시장을 두고 협력 방안을 논의했다.',
  ].join('\n');
  assert.ok(!names(text).some((n) => n?.includes('글로벌') || n?.includes('다카하시')));
});

test('an acting county head and a Chinese county deputy head, both after the name', () => {
  const text = [
    '가람군, 중국 닝샹현과 공무원 상호파견 합의',
    '가람군은 13일 중국 닝샹현과 공무원 상호파견 합의서를 체결했다.',
    '정민수 군수권한대행은 환영인사에서 양 지역의 교류가 더 깊어지기를 기대한다고 말했다.',
    '방문단은 왕밍 닝샹현 상무부현장 등 공무원들로 구성됐다.',
  ].join('\n');
  const found = people(text);
  const acting = found.find((p) => p.name === '정민수');
  assert.equal(acting?.role, '군수권한대행');
  assert.equal(acting?.country, 'Republic of Korea');
  assert.equal(found.find((p) => p.name === '왕밍')?.role, '닝샹현 상무부현장');
});

test('a county\'s "현장" alone is a site, not its head', () => {
  const text = ['가람군, 닝샹현 현장 점검', '정민수 군수는 13일 닝샹현 현장을 찾아 공사를 점검했다.'].join('\n');
  assert.ok(!people(text).some((p) => p.role?.includes('현장')));
});
