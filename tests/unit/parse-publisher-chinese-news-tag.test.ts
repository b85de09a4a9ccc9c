// A Chinese-language paper opens its story with its own tag: its name, "exclusive" perhaps, the day and the place
// perhaps, then 訊 (news): "【某報專訊】", "(某报讯)", "(某通訊社/某時報7月20日香港訊)". The name is the publisher;
// "本報訊" (this paper's news) names none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n\n'));

describe("a Chinese paper's own news tag", () => {
  test('an exclusive tag in lenticular brackets', () => {
    const r = read([
      '外長會見法國總統 談氣候合作',
      '【星島日報專訊】正在法國訪問的外交部長昨日在巴黎會見法國總統,雙方就氣候變化及貿易合作交換意見。',
    ]);
    assert.equal(r.publisher, '星島日報');
  });

  test('a simplified tag whose opening bracket the copy lost', () => {
    const r = read([
      '首相会见中国大使 欢迎企业投资',
      '联合早报讯)马来西亚首相今天上午会见中国驻马来西亚大使,欢迎中国企业到当地投资兴业。',
    ]);
    assert.equal(r.publisher, '联合早报');
  });

  test("the wire's name, the paper's name, the day and the place before 訊", () => {
    const r = read([
      '局長結束北京行程',
      '(亞洲新聞通訊社/華聲時報7月20日香港訊)政制事務局局長結束為期兩天的北京行程,並返回香港。',
    ]);
    assert.equal(r.publisher, '華聲時報');
  });

  test('a place before 訊 is local news, no publisher', () => {
    const r = read(['議員團拜會市長', '【臺中訊】美國州議會議員團一行今日拜會臺中市長,雙方就教育與農業交流交換意見。']);
    assert.equal(r.publisher, null);
  });

  test("this paper's news names no publisher", () => {
    const r = read(['市長會見日本訪問團', '(本報訊)市長昨日在市政府會見日本群馬縣訪問團,雙方就觀光交流交換意見。']);
    assert.equal(r.publisher, null);
  });
});
