// Koreans abroad are written with a Western given name and a one-syllable family name ("스티브 리 회장",
// "헬렌 원 회장"): the desk officer wants the whole name, not the family name alone or no one, and no
// country the record does not give. A surname said again after a verb ("따르면 권 회장") stays unread.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a given name abroad and a Korean family name are one person, after the body they lead', () => {
  const text = [
    '총영사, 한인 단체장들과 오찬',
    '김민수 총영사는 지난 3일 시카고한인연합회 데이비드 박 회장, 일리노이 한인회 크리스틴 최 회장 등과 오찬을 함께했다.',
  ].join('\n');
  const found = people(text);
  for (const n of ['김민수', '데이비드 박', '크리스틴 최'])
    assert.ok(
      found.some((p) => p.name === n),
      n,
    );
  assert.ok(!found.some((p) => p.name === '시카고한인연합회 데이비드 박'));
});

test('a Korean living abroad gets no country from the other side of the meeting', () => {
  const text = [
    '대사, 미 하원의원 접견',
    '김민수 주미대사는 5일 대사관에서 마이클 로저스 미국 하원의원을 접견했다. 이 자리에는 워싱턴한인회 레베카 한 회장도 참석했다.',
  ].join('\n');
  const rebecca = people(text).find((p) => p.name === '레베카 한');
  assert.ok(rebecca, JSON.stringify(people(text).map((p) => p.name)));
  assert.equal(rebecca.country, null);
});

test('a surname said again after a clause is not joined to the word before it', () => {
  const text = [
    '시장, 자매도시 대표단 접견',
    '박정민 시장은 2일 시청에서 자매도시 대표단을 접견했다. 대표단에 따르면 권 시장은 교류를 제안했고, 그 때마다 정 총장이 동행했다.',
  ].join('\n');
  const found = people(text).map((p) => p.name);
  assert.ok(!found.some((n) => n !== null && /따르면|때마다/u.test(n)), JSON.stringify(found));
});
