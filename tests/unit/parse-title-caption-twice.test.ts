// A page copied with its photo keeps the photo's words twice under the headline: the image's alt
// text, then the caption (the same words, or with the credit after them). A desk officer wants the
// headline above them, not the caption taken for a headline the page printed twice; a headline that
// is printed twice, or a caption under a reading time or a site's name, stays as it was.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

const LEAD =
  'The Foreign Minister of Namibia received the visiting Foreign Minister of Chile in Windhoek on Tuesday. The two ministers discussed trade, fisheries and cooperation at the United Nations.';

describe('a photo caption printed twice under the headline', () => {
  test('headline, then the caption twice, then the lead: the headline', () => {
    const text = `Namibia and Chile agree to deepen fisheries cooperation\n\nForeign Minister Maria Soto\nForeign Minister Maria Soto\n\n${LEAD}`;
    assert.equal(title(text), 'Namibia and Chile agree to deepen fisheries cooperation');
  });

  test('the caption again with its photo credit after it: still the headline', () => {
    const text = `Namibia and Chile agree to deepen fisheries cooperation\n\nMinister Soto meets her Chilean counterpart in Windhoek\n\nMinister Soto meets her Chilean counterpart in Windhoek (File Photo | NAMPA)\n\n${LEAD}`;
    assert.equal(title(text), 'Namibia and Chile agree to deepen fisheries cooperation');
  });

  test('a caption in Korean printed twice with its credit: the headline above it', () => {
    const text =
      '인천경찰청장, 나미비아 빈트후크 경찰청과 치안협력 강화 논의\n\n경찰청장은 지난 7일(현지시간) 나미비아 경찰청을 방문해 경찰청장과 치안협력 강화를 위한 회담을 했다. 경찰청 제공\n경찰청장은 지난 7일(현지시간) 나미비아 경찰청을 방문해 경찰청장과 치안협력 강화를 위한 회담을 했다. 경찰청 제공\n\n경찰청이 나미비아 경찰청과 치안협력 강화를 위해 손을 잡았다. 양측은 정보 교환과 교육 협력에 합의했다고 8일 밝혔다.';
    assert.equal(title(text), '인천경찰청장, 나미비아 빈트후크 경찰청과 치안협력 강화 논의');
  });

  test("the headline printed twice under the site's name is still the headline", () => {
    const text = `Windhoek Daily\n\nNamibia and Chile agree to deepen fisheries cooperation\nNamibia and Chile agree to deepen fisheries cooperation\n\n${LEAD}`;
    assert.equal(title(text), 'Namibia and Chile agree to deepen fisheries cooperation');
  });
});
