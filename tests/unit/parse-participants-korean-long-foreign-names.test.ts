// Central Asian names in Hangul have a word of six syllables or more ("샤브카트 미르지요예프 우즈베키스탄
// 대통령", "압두살로모프 신임 주한 우즈베키스탄 대사"), longer than a Korean name's; and Vietnamese family names
// have more than one Hangul spelling ("딩" for Đinh, "우웬" for Nguyễn). The desk officer wants those
// visitors listed as the record names them, and a country, a city or a Korean compound noun in their place is nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('a visiting president whose surname has six syllables', () => {
  const text = [
    '국회의장, 우즈베키스탄 대통령 면담',
    '국회의장은 24일 국회접견실에서 국빈 방문 중인 샤브카트 미르지요예프 우즈베키스탄 대통령과 면담했다.',
  ].join('\n');
  const president = people(text).find((p) => p.name === '샤브카트 미르지요예프');
  assert.equal(president?.role, '대통령');
  assert.equal(president?.country, 'Uzbekistan');
});

test('a new ambassador named by a long surname alone before his posting', () => {
  const text = [
    '신임 대사, 시장 예방',
    '압두살로모프 신임 주한 우즈베키스탄 대사가 5일 시장을 만나 교류 협력 방안을 논의했다.',
  ].join('\n');
  assert.equal(people(text).find((p) => p.name === '압두살로모프')?.country, 'Uzbekistan');
});

test('a business centre of a country and a city before a mayor are no names', () => {
  const text = [
    '군수, 몽골 구청장 접견',
    '군수는 7일 몽골 울란바토르시 항올구 구청장 일행을 접견했다.',
    '이어 한-우즈베키스탄 비즈니스 센터 수석 부회장 (에버그린모터스 대표)이 함께 참석하였다.',
  ].join('\n');
  const found = names(text);
  assert.ok(!found.some((n) => n?.includes('우즈베키스탄')));
  assert.ok(!found.some((n) => n?.includes('울란바토르시')));
});

test('Vietnamese officials whose family name is spelled "딩" or "우웬"', () => {
  const text = [
    '경찰청장, 베트남 공안국장과 회담',
    '경찰청장은 7일 베트남 꽝닌성 공안국을 방문해 딩 반 너이 공안국장과 치안협력 강화를 위한 회담을 했다.',
    '이 자리에는 우웬 반 장 빈즈엉성 부성장도 함께했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('딩 반 너이'));
  assert.ok(found.includes('우웬 반 장'));
});
