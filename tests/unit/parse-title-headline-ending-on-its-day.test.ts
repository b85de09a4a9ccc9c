// Japanese and Chinese offices often end a headline on the day it tells of, in brackets:
// "…市長メッセージ(令和2年5月26日)". Counted by its spaces the line is a date and three "words", so it was
// set aside as a date line and a skip link above it ("本文") became the title. The clause before the
// brackets makes it a headline; the day in them dates the page when nothing else does.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a headline that ends on its day in brackets', () => {
  test('a city page whose headline ends on its era date: that headline, not the skip link above it', () => {
    const text = [
      '本文',
      '姉妹都市の市長による表敬訪問についての市長コメント(令和3年10月12日)',
      '本日、姉妹都市であるオーストラリアの市長が本市を訪れ、市長と今後の交流について意見を交わしました。',
      '両市は来年の交流事業について協力することで一致しました。',
    ].join('\n');
    const r = parseRecordText(text);
    assert.equal(r.title, '姉妹都市の市長による表敬訪問についての市長コメント(令和3年10月12日)');
    assert.equal(r.publishedAt, '2021-10-12');
  });

  test('a date line with a weekday in brackets is still a date line, not the headline', () => {
    const text = [
      '知事が駐日大使の表敬訪問を受けました',
      '令和3年10月12日(火曜日)',
      '本日、駐日大使が知事を表敬訪問し、観光と経済の交流について意見を交わしました。',
    ].join('\n');
    const r = parseRecordText(text);
    assert.equal(r.title, '知事が駐日大使の表敬訪問を受けました');
  });
});
