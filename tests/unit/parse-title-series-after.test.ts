// Japanese news pages print the programme or series a story belongs to in lenticular brackets after the headline,
// with the date in the era's initial sometimes after it ("…【県政ニュース】R7.4.1"). The label is the page's;
// a bracket that opens the headline is left as it stands.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a series' label after the headline", () => {
  test('the label and its era date after a Japanese headline go', () => {
    const text = [
      '2025/04/01',
      '「挑戦する県庁に」 知事が新年度訓示【県政ニュース】R7.4.1',
      '',
      '県庁で1日、新年度の訓示があり、知事は職員に向けて変化を恐れず挑戦するよう呼びかけた。',
    ].join('\n');
    assert.equal(title(text), '「挑戦する県庁に」 知事が新年度訓示');
  });

  test('a label that opens the headline stays', () => {
    const text = [
      '【速報】知事がベトナム大使と会談',
      '',
      '知事は10日、県庁で駐日ベトナム大使と会談し、技能実習生の受け入れについて意見を交わした。',
    ].join('\n');
    assert.equal(title(text), '【速報】知事がベトナム大使と会談');
  });
});
