// An undated record whose only year is that of an event a city bids to host ("申請2022年第四屆…論壇")
// does not give that year to the day its meeting took place: the day stays without a year, empty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'6月17日 … 會見' with only '申請2022年第四屆…論壇' for a year: no meeting date", () => {
  const parsed = parseRecordText(
    [
      '國際在線吉林頻道消息(王芳):6月17日,正在蒙古國烏蘭巴托市訪問的哈爾濱市政府代表團團長、哈爾濱市外事(僑務)辦公室主任李明會見烏蘭巴托市辦公廳主任巴特爾。',
      '哈爾濱市代表團抵達蒙古國烏蘭巴托市。哈爾濱市外事(僑務)辦公室 供圖',
      '巴特爾代表蒙古國烏蘭巴托市政府和東北亞城市市長論壇感謝哈爾濱市派團參加市長論壇,同時,感謝哈爾濱市申請舉辦2022年東北亞城市市長論壇。',
      '巴特爾表示,他作為代表團成員曾經訪問過哈爾濱,哈爾濱給他留下深刻的印象。而且兩市氣候相近,人文氣息相同。',
      '李明感謝烏蘭巴托市政府和東北亞城市市長論壇組委會盛情邀請,並轉交了哈爾濱市市長張偉致東北亞城市市長論壇組委會的親筆信。李明表示,此次哈爾濱代表團訪問烏蘭巴托市,參加市長論壇,一方面,與參會各方共同探討城市發展中面臨的問題;另一方面是代表哈爾濱市申請2022年第四屆東北亞城市市長論壇。',
    ].join('\n'),
  );
  assert.equal(parsed.meetingDate, null);
});
