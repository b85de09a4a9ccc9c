// A news page prints the headline, then the writer's byline, then the date: "By political reporter
// Sam Smith", "By Sam Smith, Asia correspondent", "Por María Pérez". The byline stands just above the
// date, where a headline would, but it is the writer, never the record's headline.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const titleOf = (byline: string): string =>
  parseRecordText(
    [
      'Albanese meets Chinh in Canberra',
      byline,
      'Posted Mon 15 Jan 2024 at 2:05pm',
      'Prime Minister Anthony Albanese has met his Vietnamese counterpart Pham Minh Chinh at Parliament House.',
    ].join('\n\n'),
  ).title;

test('"By political reporter Sam Smith" and "By Sam Smith, Asia correspondent" under the headline are the writer, not the title', () => {
  assert.equal(titleOf('By political reporter Sam Smith'), 'Albanese meets Chinh in Canberra');
  assert.equal(titleOf('By Sam Smith, Asia correspondent'), 'Albanese meets Chinh in Canberra');
  assert.equal(titleOf('Por María Pérez'), 'Albanese meets Chinh in Canberra');
});

test('a Korean correspondent\'s credit ("홍길동 베트남 특파원") above the date is the writer; "[베트남 특파원]" before a headline stays its rubric', () => {
  const text = [
    '검색',
    '[베트남 특파원] 주한 베트남 대사, 외교부 제1차관 접견',
    '양국 관계 발전과 경제 협력 확대 방안 등에 대한 의견 폭넓게 교환해',
    '- 작게+ 크게',
    '홍길동 베트남 특파원',
    '2021.03.29 10:00',
    '【아시아경제신문】 홍길동 베트남 특파원 = 외교부 제1차관은 29일 서울 외교부 청사에서 주한 베트남 대사를 접견하고 양국 관계 발전 방안을 논의했다.',
  ].join('\n\n');
  assert.equal(parseRecordText(text).title, '[베트남 특파원] 주한 베트남 대사, 외교부 제1차관 접견');
});
