// Text copied from a feed or a page's source keeps its line-break tags ("…정세 공유<br /><br />한국과 미국 …"):
// the headline and the lead run on one line with markup between them. A break tag breaks the line, as it
// did on the page, so the desk officer gets the headline alone and a lead without markup.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('line-break tags left in copied text', () => {
  test('a Korean headline and its lead joined by <br /> tags: the headline alone', () => {
    const text =
      '한일 외교장관, 런던서 약식 회담…협력 의지 확인<br /><br />한국과 일본 외교부 장관이 영국 런던에서 만나 양국 관계에 대해 의견을 나눴습니다.<br /><br />두 장관은 앞으로도 긴밀히 소통하기로 했습니다.';
    const parsed = parseRecordText(text);
    assert.equal(parsed.title, '한일 외교장관, 런던서 약식 회담…협력 의지 확인');
    assert.ok(parsed.paragraphs.every((p) => !p.text.includes('<br')));
  });

  test('"<br>" and "<BR/>" break lines too', () => {
    const text =
      'Ministers meet in Oslo<BR/>The two foreign ministers met in Oslo on Monday.<br>They discussed energy and trade.';
    assert.equal(parseRecordText(text).title, 'Ministers meet in Oslo');
  });

  test('a "<" that is no tag stays in the text', () => {
    const text = 'Trade talks in Oslo\n\nThe ministers said growth of <brief duration> was not enough. They met on Monday.';
    assert.ok(parseRecordText(text).paragraphs.some((p) => p.text.includes('<brief duration>')));
  });
});
