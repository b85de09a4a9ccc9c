// A meeting dated only by its weekday, in Chinese ("當地時間周五會見", "星期三会见") or Finnish
// ("tapasi … keskiviikkona"): the desk officer counts back from the publication date, as for "on
// Friday". Last or next week's weekday ("上周五", "ensi keskiviikkona"), every Friday ("每周五"), a weekday
// the date beside it already gives ("周五(8日)"), and 周 as a surname ("周一鸣") date nothing by themselves.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const weekdays = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.phrase}:${m.weekday}`);

describe('a weekday in Chinese or Finnish dates the meeting against the publication date', () => {
  test('"[2019.06.15] 發表 … 外長在當地時間周五會見…" was held on Friday 14 June 2019', () => {
    const text = [
      '外長訪歐 晤法國外長',
      '[2019.06.15] 發表',
      '正在巴黎訪問的中國外交部長,在當地時間周五會見法國外長,雙方就雙邊關係交換意見。',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2019-06-14');
  });

  test('"16.5.2018 … ministeri tapasi … keskiviikkona Tukholmassa" was held on Wednesday 16 May 2018', () => {
    const text = [
      'Ministeri tapasi Ruotsin kollegansa',
      '16.5.2018',
      'Ulkoministeri tapasi ruotsalaisen kollegansa keskiviikkona Tukholmassa. Keskustelujen aiheena oli Itämeren turvallisuus.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2018-05-16');
  });

  test('last or next week, every week, a weekday beside its date and a surname are not read as a weekday', () => {
    assert.deepEqual(weekdays('上周五会见,下周五再谈,每周五例会,周一至周五办公。'), []);
    assert.deepEqual(weekdays('王毅周五(8日)在印尼会见。周一鸣表示欢迎。'), []);
    assert.deepEqual(weekdays('Ministeri tapaa kollegansa ensi keskiviikkona.'), []);
    assert.deepEqual(weekdays('在當地時間周五會見;星期三会见'), ['周五:5', '星期三:3']);
  });
});
