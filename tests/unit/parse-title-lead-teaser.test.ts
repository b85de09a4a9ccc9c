// Regional portals print the opening of the lead under the headline, cut off mid-word, then the date,
// then the lead in full. That teaser is the lead's own words, not a headline: the desk officer's list
// should show the short headline above it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;
const lead =
  'Сегодня в администрации области губернатор встретился с генеральным консулом Финляндии. Стороны обсудили приграничное сотрудничество и туризм.';

describe("the lead's opening printed above it, cut short", () => {
  test('the headline above the teaser, not the teaser', () => {
    const text = [
      'Встреча с консулом Финляндии',
      '',
      'Сегодня в администрации области губернатор встретился с генеральным конс',
      '12.03.2019, 15:20',
      '',
      lead,
    ].join('\n');
    assert.equal(title(text), 'Встреча с консулом Финляндии');
  });

  test('a teaser ending on an ellipsis is passed over as well', () => {
    const text = [
      'Встреча с консулом Финляндии',
      '',
      'Сегодня в администрации области губернатор встретился с генеральным…',
      '12.03.2019, 15:20',
      '',
      lead,
    ].join('\n');
    assert.equal(title(text), 'Встреча с консулом Финляндии');
  });

  test('a headline the lead does not open with stays the headline', () => {
    const text = ['Губернатор встретился с генеральным консулом Финляндии', '', '12.03.2019, 15:20', '', lead].join('\n');
    assert.equal(title(text), 'Губернатор встретился с генеральным консулом Финляндии');
  });
});
