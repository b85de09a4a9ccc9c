// A Korean release names a city's council member by the city alone, "오타니 시의회 의원", and the city elsewhere as
// "오타니시": the word before the title is the place, not a person. The desk officer lists the people in the room only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { namedAsPlace } from '../../electron/node/library/parse/participants/korean-bodies.ts';

describe('a one-word "name" the record also writes with a city\'s or province\'s ending is that place', () => {
  test('"오타니" beside "오타니시", "바탐 시장" beside "바탐주": places; "김영주" beside "김영주는": a person', () => {
    assert.equal(namedAsPlace('오타니', '일본 오타니시 방문단이 지난 4일 가람군을 방문했다.'), true);
    assert.equal(namedAsPlace('바탐', '바탐주 경제사절단이 입국했다.'), true);
    assert.equal(namedAsPlace('김영주', '김영주는 대표단을 맞았다. 김영주도 참석했다.'), false);
  });

  test('a city council member named by the city only is not listed; the mayor and the county head are', () => {
    const text = [
      '일본 오타니시 방문단, 가람군 방문',
      '가람군은 국제 자매도시인 일본 오타니시 방문단이 지난 4일 가람군을 방문했다고 밝혔다.',
      '히로세 다이치 오타니시 상공회의소 회장과 사카이 겐 오타니 시의회 의원 등 9명의 방문단은 교류 방안을 협의했다.',
      '김한솔 군수는 방문단을 맞아 환담했다.',
    ].join('\n\n');
    const names = parseRecordText(text).participants.map((p) => p.name);
    assert.ok(!names.includes('오타니'), `got ${names.join(', ')}`);
    assert.ok(names.includes('김한솔'), `got ${names.join(', ')}`);
  });
});
