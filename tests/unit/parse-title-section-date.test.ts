// A headline with its date and clock glued after it, and a section label above a Korean headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';

describe('a headline with its date on the same line, a section label above it', () => {
  test('a long readout headline with only its date and clock after it ("… Wang Yi 10/26/2023 11:52 PM EDT") is the whole headline', () => {
    const headline =
      "Secretary's Meeting with the Director of the Central Foreign Affairs Commission of the Communist Party of China (CCP) and Foreign Minister Wang Yi";
    const record = parseRecordText(`Friday, October 27, 2023\n\n${headline} 10/26/2023 11:52 PM EDT\n\n${LEAD}`);
    assert.equal(record.title, headline);
  });

  test('a section label written as one run of words ("정부·국회·지자체(정책·법안·토론회)") is not taken for the headline of the run below it', () => {
    const text =
      '필자의 다른기사 보기 인쇄하기\n정부·국회·지자체(정책·법안·토론회)\n국회의장, 중진의원 오찬 모임에서 의원외교 강화 방안 제안\n기사입력: 2019/04/12 [15:24] 월드스타\n\n국회의장은 4월 12일 국회 귀빈식당에서 중진의원들과 정례 오찬회동을 가졌다. 의장은 의원외교의 중요성을 강조했다.';
    assert.equal(parseRecordText(text).title, '국회의장, 중진의원 오찬 모임에서 의원외교 강화 방안 제안');
  });
});
