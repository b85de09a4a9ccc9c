// Pages copied as text often run the section the story is filed under into the headline's line with
// only a space between them. A desk officer wants the headline, not "overseas news" or "other" in
// front of it; a headline that merely mentions the news keeps its words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a section name run into the headline', () => {
  test('a Chinese "…新闻" (news) section before the headline is dropped', () => {
    const text =
      '市场快讯\n2024.07.26 15:04\n国际新闻 日越外长在河内会谈 同意加强经贸合作\n日本外相与越南外长25日在河内举行会谈,双方同意加强经贸和安全领域的合作。';
    assert.equal(title(text), '日越外长在河内会谈 同意加强经贸合作');
  });

  test('a Korean "…소식" (news) or "기타" (other) section before the headline is dropped', () => {
    const lead = '외교부는 18일 베트남 외교부와 제5차 전략대화를 서울에서 개최하고 양국 간 협력 방안을 논의했다고 밝혔다.';
    assert.equal(
      title(`외교소식 한-베트남 전략대화 서울서 개최…협력 확대 논의\n${lead}`),
      '한-베트남 전략대화 서울서 개최…협력 확대 논의',
    );
    assert.equal(title(`기타 한-베트남 외교차관 전략대화 개최\n2015.09.14.\n${lead}`), '한-베트남 외교차관 전략대화 개최');
  });

  test('a headline that is only the section and a word or two is left as it is', () => {
    const lead = '외교부는 18일 베트남 외교부와 제5차 전략대화를 서울에서 개최하고 양국 간 협력 방안을 논의했다고 밝혔다.';
    assert.equal(
      title(`한국소식 모음\n\n한-베트남 전략대화 서울서 개최…협력 확대 논의\n${lead}`),
      '한-베트남 전략대화 서울서 개최…협력 확대 논의',
    );
  });
});
