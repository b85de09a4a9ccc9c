// A desk officer imports a Korean regional paper's story: the office "4일 밝혔다" (said on the 4th) that a council
// met, and only a later paragraph says when: "지난 2일 … 버스 안에서 진행됐다" (was held on the 2nd). Korean writes that
// past contracted ("진행됐다", "열렸다", "마쳤다"), not only as "했다": the meeting is the 2nd. A later paragraph that
// tells a meeting still to come ("오는 12일 … 열릴 예정이다") dates none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const story = (last: string) =>
  parseRecordText(
    [
      '가나시 교류협의회, 의장에 김하나 위원장 선출',
      '',
      '2019-04-04     홍길동 기자',
      '',
      '가나시 국제교류센터는 자매도시 교류협의회를 열어 의장과 총무를 선출했다고 4일 밝혔다.',
      '',
      '이번 협의회 의장은 김하나 위원장, 총무는 이두리 위원이 선출됐다.',
      '',
      '협의회는 내년 청소년 교류단 파견 계획도 함께 논의했다.',
      '',
      last,
    ].join('\n'),
  ).meetingDate;

test('"지난 2일 … 진행됐다" in a later paragraph dates the council\'s meeting: 2 April', () => {
  assert.equal(story('교류협의회 선출은 지난 2일 시청 대회의실에서 진행됐다.'), '2019-04-02');
});

test('"오는 12일 … 열릴 예정이다" is a meeting still to come: not the meeting date', () => {
  assert.notEqual(story('다음 협의회는 오는 12일 시청 대회의실에서 열릴 예정이다.'), '2019-04-12');
});
