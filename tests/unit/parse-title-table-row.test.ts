// A page laid out in a table copies as rows between bars: "| Regional politics | |" (the section, an
// empty cell), "| 30.11.2025 |", then the headline with the cell's bar after it. The row with its empty
// cell is navigation; the bar after the headline is no part of it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a page laid out in a table', () => {
  test('the headline row under the section row, without its bar', () => {
    const text = [
      '| Политика и общество Томской области | |',
      '| 12.10.2024 |',
      'Губернатор встретился с послом Индии |',
      '|',
      'Губернатор Томской области провел встречу с послом Индии в Томске. Стороны обсудили сотрудничество в образовании и медицине.',
    ].join('\n');
    assert.equal(title(text), 'Губернатор встретился с послом Индии');
  });

  test('a headline with a bar inside it keeps its words', () => {
    const text = [
      'Mayor meets envoy | City news',
      '',
      'The mayor met the envoy of Peru at the town hall on Monday. They spoke about tourism and schools.',
    ].join('\n');
    assert.notEqual(title(text), null);
    assert.ok(title(text)?.startsWith('Mayor meets envoy'));
  });
});
