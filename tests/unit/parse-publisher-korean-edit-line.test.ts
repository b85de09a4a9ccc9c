// Many small Korean outlets run one CMS whose date line signs the story with the outlet: "기사입력: 2019/04/12 [15:24]
// 월드스타", "기사입력 2018-12-06 18:45 최종편집 경남우리신문", "기사입력: … 최종편집: ⓒ 브레이크뉴스 새만금". The desk officer
// reads the publisher there, and the date; the "ⓒ" does not make the line a photo's credit.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a Korean date line that names its outlet at the end', () => {
  test('"기사입력: 2020/03/02 [09:10] 가람일보": the outlet and the date', () => {
    assert.deepEqual(readByline('기사입력: 2020/03/02 [09:10] 가람일보'), {
      published: '2020-03-02',
      updated: null,
      label: '기사입력',
      outlet: '가람일보',
    });
  });

  test('"기사입력 2021-05-06 18:45 최종편집 누리신문": the outlet after the last-edited label, not the label', () => {
    assert.equal(readByline('기사입력 2021-05-06 18:45 최종편집 누리신문')?.outlet, '누리신문');
  });

  test('a reporter closing the line is not the outlet', () => {
    assert.equal(readByline('기사입력 2021-05-06 18:45 홍길동 기자')?.outlet ?? null, null);
  });

  test('"기사입력: … 최종편집: ⓒ 나래뉴스 동부" under the headline: publisher and publication date of the record', () => {
    const text = [
      '정치',
      '가람군, 라오스 대표단 맞아 교류 논의',
      '기사입력: 2023/05/10 [14:20]  최종편집: ⓒ 나래뉴스 동부',
      '김솔 기자',
      '',
      '가람군은 10일 군청에서 라오스 팍세시 대표단을 접견하고 교류 방안을 논의했다고 밝혔다. 군수는 대표단을 환영했다.',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2023-05-10');
    assert.equal(parsed.publisher, '나래뉴스 동부');
  });
});
