// A city's page opens with its weather and air-quality widget: each town's reading and the same label under it
// ("對敏感族群不健康", unhealthy for sensitive groups), printed again and again. A line printed six times or more above
// the text is a widget's label; a headline printed three or four times (title, heading, share card) is still one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a widget's label printed again and again above the text", () => {
  test("an air-quality label under each town's reading is not the headline", () => {
    const towns = ['北區', '東區', '南區', '西區', '中區', '安平'];
    const widget = towns.flatMap((t, k) => [`• ${t}`, 'AQI', String(110 + k), '空氣品質指標', '對敏感族群不健康']);
    const text = [
      ...widget,
      '',
      '日本の市議会議員団が市役所を訪問 観光交流の拡大に期待',
      '',
      '9月3日、日本の市議会議員団が市役所を訪問しました。市長は議員団を歓迎し、観光と教育の交流を広げたいと述べました。',
    ].join('\n');
    assert.equal(title(text), '日本の市議会議員団が市役所を訪問 観光交流の拡大に期待');
  });

  test('a headline the page prints four times is still the headline', () => {
    const head = '시장, 베트남 자매도시 대표단 접견';
    const text = [
      head,
      '',
      head,
      '',
      head,
      '',
      head,
      '',
      '시장은 5일 시청에서 베트남 자매도시 대표단을 접견하고 농업 교류 확대를 논의했다. 대표단은 사흘간 머문다.',
    ].join('\n');
    assert.equal(title(text), head);
  });
});
