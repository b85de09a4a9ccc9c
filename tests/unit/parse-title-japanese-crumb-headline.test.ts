// A city's page may print its headline only as the last crumb of its trail ("ホーム > 国際交流 >
// 訪問団が市長を表敬訪問しました"), then the update date and the body. A crumb that tells a meeting
// in the past is that headline; a crumb that names a section ("国際交流") tells none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('Japanese: the headline that is only the last crumb', () => {
  test('"… > 友好訪問団が山本市長を表敬訪問しました", then the body: the crumb is the headline', () => {
    const text = [
      'ホーム > 市政情報 > 国際交流 > 友好訪問団が山本市長を表敬訪問しました',
      '更新日:2025年5月20日',
      'ここから本文です。',
      '王 明(おう めい)蘇州市副市長を団長とする友好訪問団が本市を訪れ、山本市長と懇談しました。両市の交流の継続を確認しました。',
    ].join('\n');
    assert.equal(title(text), '友好訪問団が山本市長を表敬訪問しました');
  });

  test('a trail that ends in a section name leaves the headline below it', () => {
    const text = [
      'ホーム > 市政情報 > 国際交流',
      '',
      '蘇州市友好訪問団が来訪',
      '',
      '5月20日、蘇州市の友好訪問団が本市を訪れ、山本市長と懇談しました。両市の交流の継続を確認しました。',
    ].join('\n');
    assert.equal(title(text), '蘇州市友好訪問団が来訪');
  });
});
