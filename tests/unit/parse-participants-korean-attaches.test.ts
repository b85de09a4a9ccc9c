// A Korean record names an embassy's or a consulate's attachés after their names, the field glued on the office:
// "박도윤 국방무관", "최서진 경찰주재관", "한유찬 보훈관". The desk officer wants each attaché listed with the office,
// and the name without the verb before it ("무관단을 대표해 …": representing); "무관" alone is also "unrelated"
// ("일정과 무관하게"), which names nobody.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;
const names = (text: string): (string | null)[] => people(text).map((p) => p.name);

test('a Korean record naming the defence attaché the mayor met lists him with his office', () => {
  const text = ['가람시장, 무관 접견', '김하늘 가람시장은 3일 시청에서 박도윤 국방무관을 만나 협력 방안을 논의했다.'].join('\n');
  assert.equal(people(text).find((p) => p.name === '박도윤')?.role, '국방무관');
});

test('an attaché speaking for the attachés\' corps is named without "대표해" (representing)', () => {
  const text = [
    '가람시장, 주한 외국 무관단 접견',
    '김하늘 가람시장은 3일 시청에서 주한 외국 무관단을 접견했다.',
    '특히 무관단을 대표해 미야타 켄지 주한일본대사관 국방무관은 "가람시의 환대에 감사한다"고 말했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('미야타 켄지'));
  assert.ok(!found.some((n) => n?.includes('대표해')));
});

test('a consul general meeting the police attaché and the veterans attaché lists both', () => {
  const text = [
    '총영사, 주재관 면담',
    '이강민 총영사는 10일 총영사관에서 최서진 경찰주재관과 한유찬 보훈관을 만나 동포 안전 대책을 논의했다.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('최서진'));
  assert.ok(found.includes('한유찬'));
});

test('"무관" as "unrelated" names nobody', () => {
  const text = [
    '가람시장, 자매도시 대표단 접견',
    '김하늘 가람시장은 3일 시청에서 자매도시 대표단을 접견했다.',
    '시는 방문 일정과 무관하게 교류를 이어가기로 했다.',
  ].join('\n');
  assert.ok(!names(text).some((n) => n?.includes('일정')));
});
