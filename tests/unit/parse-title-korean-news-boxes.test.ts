// A Korean news page copied from the top carries its box headings ("많이 본 기사", "연합뉴스 최신기사")
// and ad-slot labels ("광고설정") above the story. They head lists of other stories: the desk officer
// wants the story's own headline, and a headline that merely mentions a "최신 기사" stays one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a Korean news page's box headings", () => {
  test("the outlet's latest-news box above the headline is passed over", () => {
    const text = [
      '한빛뉴스 본문 바로가기',
      '',
      '한빛뉴스 최신기사',
      '',
      '외교부 "재외국민 보호 위해 긴급 대책반 가동"',
      '',
      '송고시간 2021-03-02 09:15',
      '',
      '(서울=한빛뉴스) 박지수 기자 = 외교부는 2일 재외국민 보호를 위한 긴급 대책반을 가동한다고 밝혔다. 대변인은 이날 정례 브리핑에서 관계 부처와 협의했다고 말했다.',
    ].join('\n');
    assert.equal(title(text), '외교부 "재외국민 보호 위해 긴급 대책반 가동"');
  });

  test('the most-read box and an ad label above the headline are passed over', () => {
    const text = [
      '광고설정',
      '',
      '많이 본 기사',
      '',
      '청주시, 일본 자매도시 대표단 환영 행사 개최',
      '',
      '청주시는 5일 시청에서 일본 자매도시 대표단을 맞아 환영 행사를 열었다. 시장은 대표단과 문화·관광 교류 확대 방안을 논의했다.',
    ].join('\n');
    assert.equal(title(text), '청주시, 일본 자매도시 대표단 환영 행사 개최');
  });

  test('a headline that speaks of the latest articles is still the headline', () => {
    const text = [
      '포털 최신 기사 배열 기준 공개한다',
      '',
      '정부는 7일 포털 사이트가 뉴스를 배열하는 기준을 공개하도록 하는 방안을 발표했다. 관계자는 업계와 협의했다고 말했다.',
    ].join('\n');
    assert.equal(title(text), '포털 최신 기사 배열 기준 공개한다');
  });
});
