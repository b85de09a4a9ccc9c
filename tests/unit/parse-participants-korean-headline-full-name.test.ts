// A Korean story names its principal in full only in the headline ("회담 결과 브리핑하는 김도현 외교부
// 장관") and calls them "김 장관" in the body. The desk officer wants that minister listed by name with
// the others the body names; a headline whose person the body never calls so adds nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('the minister named only in the headline, "김 장관" in the body', () => {
  const text = [
    '외교장관회담 결과 브리핑하는 김도현 외교부 장관',
    '김 장관은 현지시간 31일 워싱턴에서 열린 간담회에서 마코 루비오 미 국무장관과의 회담이 건설적이었다고 전했다.',
    '김 장관과 루비오 장관은 이날 회담에서 양국 협력을 강화해 나가기로 했다.',
  ].join('\n');
  const minister = people(text).find((p) => p.name === '김도현');
  assert.equal(minister?.role, '외교부 장관');
  assert.ok(names(text).includes('마코 루비오'));
});

test('a headline whose person the body never calls by surname and office adds nobody', () => {
  const text = [
    '김도현 외교부 장관, 국회 외교위 출석',
    '마코 루비오 미 국무장관은 31일 워싱턴에서 일본 외무상과 회담했다.',
    '두 장관은 이날 회담에서 협력을 강화해 나가기로 했다.',
  ].join('\n');
  assert.ok(!names(text).includes('김도현'));
});
