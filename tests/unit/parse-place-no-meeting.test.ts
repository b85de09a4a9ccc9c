// The place of a record is where its meeting took place. A preview of a trip ("방문한다", "will travel
// to Berlin"), a speech or a statement reports no meeting, so the city it names is no meeting place: a
// desk officer filing it wants the place left empty, not the city the trip is bound for. A roundtable
// that did take place ("간담회를 갖고") still has its venue.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);

describe('a record with no meeting has no meeting place', () => {
  test('a Korean mayor\'s trip announced ("… 나라시를 방문한다"): no place', () => {
    const r = read(
      [
        '한동수 시장, 일본 자매도시 방문',
        '한동수 시장은 11월 3일부터 6일까지 자매도시인 일본 나라시를 방문한다.',
        '이번 방문은 우호도시 교류 20주년을 기념하기 위한 것으로, 한 시장은 축제를 홍보할 계획이다.',
      ].join('\n\n'),
    );
    assert.equal(r.place, null);
    assert.deepEqual(r.participants, []);
  });

  test('an English preview ("will travel to Berlin next week"): no place', () => {
    const r = read(
      [
        'Minister to visit Germany',
        'The foreign minister will travel to Berlin next week for talks with her German counterpart, the ministry said on Monday.',
        'The talks are expected to focus on trade and energy.',
      ].join('\n\n'),
    );
    assert.equal(r.place, null);
  });

  test('a roundtable held ("동보성에서 … 간담회를 갖고"): the venue stays', () => {
    const r = read(
      [
        '총영사, 동포 단체장들과 간담회',
        '정하늘 총영사는 16일 중식당 동보성에서 동포 단체장들과 간담회를 갖고 영사 업무를 설명했다.',
      ].join('\n\n'),
    );
    assert.notEqual(r.place, null);
  });
});
