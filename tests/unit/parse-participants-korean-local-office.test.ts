// Korean local news writes an official as name, then the city, county or township, then the office: "A 가람시
// 관광국장", "B 누리군 부군수", "C 가람면 발전협의회장". The desk officer wants the person, not the city read as
// the name ("가람시"), and no word for "within the area" ("관내") read as one either.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a Korean name, then the city or county, then the office', () => {
  const text = [
    '세 시군 대학 협의회 협약',
    '30일 열린 협약식에는 위서진 가람대 총장, 탁민결 누리시 문화관광국장, 편도윤 하늘군 행정복지국장이 참석했다.',
    '또한 어진호 경상북도 교육정책관이 참석해 협력 방안을 논의했다.',
    '석하람 바다군 부군수는 "협력을 아끼지 않겠다"고 밝혔다.',
  ].join('\n');
  const got = people(text);
  const names = got.map((p) => p.name);
  for (const n of ['탁민결', '편도윤', '석하람', '어진호']) assert.ok(names.includes(n), `got ${names.join(', ')}`);
  for (const n of ['누리시', '하늘군', '바다군']) assert.ok(!names.includes(n), `got ${names.join(', ')}`);
  assert.equal(got.find((p) => p.name === '탁민결')?.role, '누리시 문화관광국장');
});

test('a name that ends like a place, alone before its office, stays the name', () => {
  const text = ['군의회 간담회', '이날 간담회에는 박영구 시장과 최현동 군의원이 참석했다.'].join('\n');
  const names = people(text).map((p) => p.name);
  for (const n of ['박영구', '최현동']) assert.ok(names.includes(n), `got ${names.join(', ')}`);
});

test('"관내" (within the area) before an office is no name', () => {
  const text = [
    '면 대표단, 자매도시 방문',
    '가람면 대표단이 지난 2일 자매도시 누리면을 방문해 우애를 다졌다.',
    '대표단은 위서진 가람면장과 관내 사회단체장, 공무원 20여 명으로 구성됐다.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(names.includes('위서진'), `got ${names.join(', ')}`);
  assert.ok(!names.includes('관내'), `got ${names.join(', ')}`);
});
