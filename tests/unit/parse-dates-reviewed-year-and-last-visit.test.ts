// An undated record may state its meeting's year, but not every year it writes is the meeting's. A year whose results
// the meeting reviews ("điểm lại những thành quả … trong năm 2017", "tình hình kinh tế - xã hội … năm 2024", "2017년 성과") may be the year gone by: a Tết gathering in January looks back on the year before. And a German
// record that recalls "bei ihrem letzten Besuch … am 19. Juni 2019" dates that earlier visit, not the one it reports.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (text: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), null, 'from the page')[0]?.value ?? null;

describe('a year under review and a last visit recalled do not date the meeting', () => {
  test('"Tối 20/1, … tiếp … điểm lại những thành quả … trong năm 2019": no year, so no date', () => {
    const text =
      'Tối 20/1, Đại sứ đã tiếp đoàn doanh nghiệp tại trụ sở Đại sứ quán.\n\n' +
      'Tại buổi tiếp, Đại sứ điểm lại những thành quả hợp tác kinh tế của hai nước trong năm 2019.';
    assert.equal(meeting(text), null);
  });

  test('"1월 20일 … 접견했다 … 2019년 성과를 돌아봤다": the year looked back on, so no date', () => {
    const text =
      '김 시장은 1월 20일 시청에서 베트남 대표단을 접견했다.\n\n' +
      '이날 접견에서 양측은 2019년 성과를 돌아보고 교류 확대에 뜻을 모았다.';
    assert.equal(meeting(text), null);
  });

  test('"Chiều 8/11, … hội đàm … trong chuyến thăm chính thức năm 2016": a year of no review still dates it', () => {
    const text =
      'Chiều 8/11, Thủ tướng đã hội đàm với Thủ tướng Lào trong chuyến thăm chính thức năm 2016 tại Viêng Chăn.\n\n' +
      'Hai bên nhất trí tăng cường hợp tác.';
    assert.equal(meeting(text), '2016-11-08');
  });

  test('"bei ihrem letzten Besuch in Lingen am 3. Mai 2018": the earlier visit\'s day, not the meeting\'s', () => {
    const text =
      'Lingen. Die Bürgermeisterin hat den Botschafter Kanadas im Rathaus empfangen. Das Treffen fand im Ratssaal statt.\n\n' +
      'Ins Goldene Buch hatte sich die Ministerin bereits bei ihrem letzten Besuch in Lingen am 3. Mai 2018 eingetragen.';
    assert.equal(parseRecordText(text).meetingDate, null);
  });
});
