// Some pages are copied with a sentence or two the site prints about itself above the headline (a
// cookie notice, "this paper was founded in…", "this is the banner's place"). Those sentences read as prose, so the text seemed to start there. A desk officer wants
// the headline under them, the one the story's opening tells; a story's own first paragraph, set
// apart from the next by a subheading, stays the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a site's notice above the headline", () => {
  test("an English page: the paper's masthead and its note about itself, the weather, then the headline and the story", () => {
    const text = [
      'The Lindford Courier',
      '',
      'The Lindford Courier was founded in 1950 and publishes the news of the county every morning.',
      '',
      'Weather',
      '12°C',
      '',
      'Mayor of Lindford welcomes the Ambassador of Chile to City Hall',
      '',
      'The Mayor of Lindford, Anne Carter, welcomed the Ambassador of Chile, Pedro Soto, to City Hall on Friday.',
      '',
      'The Ambassador and the Mayor discussed trade, tourism and student exchanges between Chile and Lindford.',
    ].join('\n');
    assert.equal(title(text), 'Mayor of Lindford welcomes the Ambassador of Chile to City Hall');
  });

  test("a Korean page: the banner's place described above the headline and its byline", () => {
    const text = [
      '여기는 광고 배너가 들어가는 자리 입니다.',
      '',
      '한국시, 베트남 다낭시와 우호협력 협약 체결',
      '',
      '[한국신문=김기자] 한국시는 지난 15일 베트남 다낭시와 우호협력 협약을 체결했다고 밝혔다.',
      '',
      '양 도시는 협약에 따라 관광과 교육 분야에서 교류를 넓히기로 했다.',
    ].join('\n');
    assert.equal(title(text), '한국시, 베트남 다낭시와 우호협력 협약 체결');
  });

  test("a story's first paragraph above a subheading stays the text", () => {
    const text = [
      'The Mayor of Lindford, Anne Carter, received the Ambassador of Chile, Pedro Soto, at City Hall on Friday.',
      '',
      'Meeting with local businesses',
      '',
      'During the visit the Ambassador met local businesses interested in trade with Chile.',
      '',
      'Later the Ambassador signed the golden book of Lindford in the presence of the Mayor.',
    ].join('\n');
    assert.notEqual(title(text), 'Meeting with local businesses');
  });

  test('a deck under the headline is no notice: the headline above it stays', () => {
    const text = [
      'Mayor of Lindford welcomes the Ambassador of Chile',
      '',
      'Talks covered new flights and exchanges of students, a spokesperson said.',
      '',
      'Mayor of Lindford welcomes the Ambassador of Chile',
      '',
      'The Mayor of Lindford, Anne Carter, welcomed the Ambassador of Chile, Pedro Soto, to City Hall on Friday.',
    ].join('\n');
    assert.equal(title(text), 'Mayor of Lindford welcomes the Ambassador of Chile');
  });
});
