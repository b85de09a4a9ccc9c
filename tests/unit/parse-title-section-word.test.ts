// A news site's section ("Metro", "Política", "文化") or a button ("Full story") copied onto the headline's line
// with only a space between: the desk officer files the story under its headline, not under the site's menu.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("the site's section before the headline is not the headline's", () => {
  test('an English forum page files the twinning under Metro', () => {
    const text = [
      'Metro Lagos And Hamburg Sign Sister-City Agreement',
      '',
      'The governors of Lagos and the mayor of Hamburg signed a sister-city agreement on Monday in Hamburg.',
      '',
      'The agreement covers port training and student exchanges.',
    ].join('\n');
    assert.equal(title(text), 'Lagos And Hamburg Sign Sister-City Agreement');
  });

  test('a Portuguese paper files the audience under Política', () => {
    const text = [
      'Política Governador recebe embaixador da Itália no palácio',
      '',
      'O governador recebeu nesta terça-feira o embaixador da Itália para tratar de investimentos e cooperação cultural.',
      '',
      'O encontro durou uma hora.',
    ].join('\n');
    assert.equal(title(text), 'Governador recebe embaixador da Itália no palácio');
  });

  test('a Japanese town bulletin files the delegation under 文化', () => {
    const text = [
      '文化 友好都市提携30周年記念訪問団が訪仏',
      '',
      '市長を団長とする20人がトゥール市を訪問します。団員は10月に同市に滞在し、市民と交流を深めます。',
    ].join('\n');
    assert.equal(title(text), '友好都市提携30周年記念訪問団が訪仏');
  });

  test('a reprinted wire story keeps the Full story button off its headline', () => {
    const text = [
      'Full story Chile, Peru hold talks on border crossing',
      '',
      'By Ana Ruiz',
      '',
      'LIMA (Reuters) - Officials of Chile and Peru held talks on Tuesday on reopening a border crossing, a spokesman said.',
    ].join('\n');
    assert.equal(title(text), 'Chile, Peru hold talks on border crossing');
  });

  test('a name that opens on the same word, printed so in the text, stays whole', () => {
    const text = [
      'Metro Manila Mayors Meet Japanese Ambassador',
      '',
      'The mayors of Metro Manila met the Japanese ambassador on Friday to discuss flood control and rail projects.',
      '',
      'The meeting was held in Makati.',
    ].join('\n');
    assert.equal(title(text), 'Metro Manila Mayors Meet Japanese Ambassador');
  });
});
