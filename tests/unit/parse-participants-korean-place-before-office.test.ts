// A Korean county's release lists a foreign delegation as name, city or province, office: "호 반 띠엔 껀터시
// 당서기장", "레 티 마이 빈롱성 의회 부의장", "속 다라 캄퐁참주 부지사". The desk officer wants the person, not
// the city read as the end of the name ("띠엔 껀터시") and not nobody where the name has three words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): string[] => parseRecordText(text).participants.map((p) => p.name ?? '');

describe('a foreign official named, then the city or province, then the office (Korean order)', () => {
  test('a delegation list of three: each name read without its city, each office kept', () => {
    const text = [
      '베트남 껀터시 대표단, 가람구 방문',
      '가람구는 베트남 껀터시 대표단이 지난 4일 구청을 방문해 김한솔 구청장과 면담했다고 밝혔다.',
      '방문단은 △호 반 띠엔 껀터시 당서기장 △레 티 마이 흐엉 빈롱성 시의회 부의장 △쯔엉 꽝 즈엉 껀터시 부시장 등 12명이다.',
    ].join('\n\n');
    const got = parseRecordText(text).participants;
    const found = got.map((p) => p.name);
    for (const n of ['호 반 띠엔', '레 티 마이 흐엉', '쯔엉 꽝 즈엉', '김한솔'])
      assert.ok(found.includes(n), `got ${found.join(', ')}`);
    assert.ok(!found.some((n) => n?.endsWith('시') || n?.endsWith('성')), `got ${found.join(', ')}`);
    assert.equal(got.find((p) => p.name === '레 티 마이 흐엉')?.role, '시의회 부의장');
  });

  test('"속 다라 캄퐁참주 부지사는 …라고 말했다": the vice-governor, not the province', () => {
    const text = [
      '가람군, 캄보디아 캄퐁참주와 계절근로자 협약',
      '가람군 방문단은 5일 캄퐁참주를 찾아 속 다라 캄퐁참주 부지사와 협약을 체결했다.',
      '속 다라 캄퐁참주 부지사는 "교류가 이어지기를 바란다"고 말했다.',
    ].join('\n\n');
    const found = names(text);
    assert.ok(found.includes('속 다라'), `got ${found.join(', ')}`);
    assert.ok(!found.includes('캄퐁참주'), `got ${found.join(', ')}`);
  });

  test('a Korean phrase before a Korean city is no name: "이날 행사에는 전주시 부시장이 참석했다" names nobody new', () => {
    const text = [
      '가람군, 전주시와 교류 협약',
      '김한솔 가람군수는 3일 전주시를 방문해 협약을 맺었다. 이날 행사에는 전주시 부시장이 참석했다.',
    ].join('\n\n');
    const found = names(text);
    assert.ok(!found.some((n) => n.includes('행사에는') || n.includes('이날')), `got ${found.join(', ')}`);
  });
});
