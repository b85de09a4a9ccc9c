// A Korean local paper often names itself only in brackets at the head of a paragraph below the
// page's chrome: "[전국매일신문] 이신우기자" on a line of its own, "[중앙통신뉴스]강진군(군수 강진원)이 …"
// glued to the lead, "[전남인터넷신문/유길남.서성열 기자]" with two reporters. A desk officer files that
// outlet as the publisher; a section's tag ("[정치]", "[포토]") names no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (text: string): string | null => parseRecordText(text).publisher;

describe('Korean: the outlet in brackets heading a paragraph', () => {
  test('"[남해안신문] 박도윤기자" on its own line, after the headline and the photo caption', () => {
    assert.equal(
      publisher(
        '진도군, 일본 자매도시 대표단 맞아\n\n군수와 대표단이 기념촬영을 하고 있다.\n\n[남해안신문] 박도윤기자\n\n진도군은 지난 6일 일본 자매도시 대표단이 군청을 방문했다고 밝혔다.',
      ),
      '남해안신문',
    );
  });

  test('"[서부통신뉴스]보성군(군수 임해진)이 …": the tag glued to the lead', () => {
    assert.equal(
      publisher(
        '보성군, 베트남 대사와 교류 방안 논의\n\n입력 2024.03.02\n\n[서부통신뉴스]보성군(군수 임해진)이 지난 1일 주한베트남대사관을 방문해 대사와 면담했다.',
      ),
      '서부통신뉴스',
    );
  });

  test('"[동해인터넷신문/김가온.이서후 기자]": two reporters after the slash', () => {
    assert.equal(
      publisher('[동해인터넷신문/김가온.이서후 기자]강원도와 몽골 헨티주는 10일 도청에서 교류 협력 회의를 열었다.'),
      '동해인터넷신문',
    );
  });

  test('"[정치] 시장, 대사 접견": a section tag is no publisher', () => {
    assert.notEqual(publisher('[정치] 시장, 대사 접견\n\n시장은 9일 시청에서 대사를 접견했다.'), '정치');
  });
});
