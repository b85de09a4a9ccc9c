// A Korean paper's page, copied from the top, prints the headline and then its deck (부제) as the last
// two heading lines, with no byline between them and the lead. The desk officer wants the headline
// ("… 대사 면담"), not the deck that elaborates it; a menu line standing above the headline is no headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a Korean page's headline and deck", () => {
  test('the headline above its deck, the lead naming who met', () => {
    const text = [
      '본문 바로가기',
      '',
      '김철수 대전시장, 주한 캐나다대사 접견',
      '',
      '과학기술과 청정에너지 분야 협력 확대 방안 논의',
      '',
      '김철수 대전시장은 3일 오후 시청 접견실에서 주한 캐나다대사를 만나 양 도시 간 협력 방안을 논의했다. 두 사람은 연구기관 교류를 늘리기로 했다.',
    ].join('\n');
    assert.equal(title(text), '김철수 대전시장, 주한 캐나다대사 접견');
  });

  test('a menu line above the headline, sharing less with the lead, is passed over', () => {
    const text = [
      '본문 바로가기',
      '',
      '시장 일정 카드뉴스 타임라인',
      '',
      '주한 캐나다대사 초청 간담회',
      '',
      '대전시는 3일 시청에서 주한 캐나다대사 초청 간담회를 열었다. 간담회에서는 연구기관 교류와 청정에너지 협력이 논의됐다.',
    ].join('\n');
    assert.equal(title(text), '주한 캐나다대사 초청 간담회');
  });
});
