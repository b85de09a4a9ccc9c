// A Korean report on two councils' exchange writes each chair bare after the name: "한서윤 의장",
// "도민혁 부의장". A foreign council's chair keeps the reading of their own language ("다나카 히로시
// 의장", "나카무라 이사무 부의장"). The desk officer wants the Korean chairs marked as Korea's and the
// foreign ones left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test("two Korean councils' chairs, written bare after a full Korean name, are Korea's", () => {
  const text = [
    '해솔구의회, 자매도시 가람시의회 방문',
    '해솔구의회 한서윤 의장과 도민혁 부의장은 12일 가람시의회를 방문해 간담회를 가졌다.',
    '가람시의회 윤지호 의장은 방문단을 환영하며 두 의회의 교류를 이어가자고 말했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '한서윤')?.country, 'Republic of Korea');
  assert.equal(found.find((p) => p.name === '도민혁')?.country, 'Republic of Korea');
  assert.equal(found.find((p) => p.name === '윤지호')?.country, 'Republic of Korea');
});

test("a Japanese council's chairs, in Japanese reading, are not made Korea's, even when the last word sounds Korean", () => {
  const text = [
    '일본 미나미시의회 방문단 접견',
    '해솔구의회 한서윤 의장은 12일 미나미시의회 다나카 히로시 의장, 나카무라 이사무 부의장 일행을 접견하고 교류 방안을 논의했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '한서윤')?.country, 'Republic of Korea');
  for (const p of found.filter((q) => q.name !== '한서윤')) assert.notEqual(p.country, 'Republic of Korea');
});
