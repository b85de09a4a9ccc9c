// Some news sites print a dash before the headline ("- 시청·대학, 업무협약 체결 … 협력 강화"). Read as a list
// item, the line was no headline and the title was cut from the lead. A dash before a heading line that
// stands alone is a page's bullet; dashed lines side by side are a list, and stay one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a dash before the headline', () => {
  test('a Korean headline with a dash before it is the title, without the dash', () => {
    const text = [
      '- 시청·지역대학, 인재양성 업무협약 체결.... 청년 일자리 협력 강화',
      '[지역신문 홍길동 기자]',
      '시청은 지역대학과 15일 시청 대회의실에서 지역 인재양성을 위한 업무협약을 체결했다고 밝혔다.',
      '두 기관은 협약을 통해 청년 일자리와 교육 과정을 함께 마련하기로 했다.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, '시청·지역대학, 인재양성 업무협약 체결.... 청년 일자리 협력 강화');
  });

  test('dashed lines side by side are a list of points, not the headline', () => {
    const text = [
      'City and university sign a training agreement',
      '- Joint courses for young engineers from next year',
      '- Internships at the city hall for forty students',
      'The city signed an agreement with the university on Monday to train young engineers together.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'City and university sign a training agreement');
  });
});
