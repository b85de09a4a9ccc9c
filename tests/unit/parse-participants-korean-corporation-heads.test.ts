// A public corporation's or a sports council's head is written as any body's: the name, the body,
// the office, "최도영 한국수자원공사 사장", "문성호 대한체육회 사무총장". The desk officer wants them
// listed by name with the body in the role; the office with no name before it names no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test("a corporation's president and a sports council's secretary general, each named before the body", () => {
  const text = [
    '공사·체육회 협약식 개최',
    '한국수자원공사와 대한체육회는 8일 협약식을 가졌다. 협약식에는 최도영 한국수자원공사 사장, 문성호 대한체육회 사무총장 등이 참석했다.',
  ].join('\n');
  const found = people(text);
  assert.equal(found.find((p) => p.name === '최도영')?.role, '한국수자원공사 사장');
  assert.equal(found.find((p) => p.name === '문성호')?.role, '대한체육회 사무총장');
});

test("a corporation's office with no name before it lists no one", () => {
  const text = [
    '공사 안전점검 회의',
    '이번 회의는 지난달 취임한 한국수자원공사 사장 주재로 열렸으며 현장 안전 대책을 점검했다.',
  ].join('\n');
  assert.ok(!people(text).some((p) => p.role?.endsWith('사장')));
});
