// A Korean body's secretary-general is often written with its field or its body glued on:
// "선교사무총장", "행정사무총장", "국회사무총장"; and the officer who briefed the visitors is named
// with "으로부터" (from). The desk officer wants him listed like any "사무총장"; a word that only
// ends the same way and is no office ("사무총장실", the office room) names nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('"김도형 선교사무총장과 면담했다": the glued secretary-general is a participant', () => {
  const text = ['교단 임원 선교센터 방문', '총회 임원들은 10일 선교센터를 방문해 김도형 선교사무총장과 면담했다.'].join('\n');
  assert.equal(people(text).find((p) => p.name === '김도형')?.role, '선교사무총장');
});

test('"… 사무총장으로부터 현황을 보고받았다": the one who briefed them is named', () => {
  const text = [
    '교단 임원 선교센터 방문',
    '총회 임원들은 10일 선교센터를 방문해 이정민 사무총장으로부터 선교 현황을 보고받았다.',
  ].join('\n');
  assert.ok(people(text).some((p) => p.name === '이정민'));
});

test('"사무총장실" is a room, not an office after a name', () => {
  const text = ['교단 임원 선교센터 방문', '총회 임원들은 10일 선교센터 사무총장실에서 간담회를 열고 현황을 논의했다.'].join(
    '\n',
  );
  assert.ok(!people(text).some((p) => p.name === '선교센터' || p.name === '센터'), JSON.stringify(people(text)));
});
