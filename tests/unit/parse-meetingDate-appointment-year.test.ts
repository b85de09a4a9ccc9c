// An undated record may state its meeting's year ("chuyến thăm … trong năm 2016"); a year that follows an appointment
// ("các Đại sứ … được bổ nhiệm năm 2020", "ambassadors appointed in 2020", "2020년 임명된") is the appointment's, which
// the meeting may follow by months: "Chiều 7/11" then keeps no year, rather than the desk officer getting a guessed one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string): string | null =>
  meetingDateCandidates(text.split('\n\n'), null, 'from the page')[0]?.value ?? null;

describe("an appointment's year is not the meeting's", () => {
  test('"Chiều 7/11, … tiếp các Đại sứ … được bổ nhiệm năm 2020": no date', () => {
    const text =
      'Chiều 7/11, tại Trụ sở Chính phủ, Phó Thủ tướng tiếp các Đại sứ Việt Nam ở nước ngoài được bổ nhiệm năm 2020.\n\n' +
      'Phó Thủ tướng chúc mừng các Đại sứ.';
    assert.equal(meeting(text), null);
  });

  test('"On 7 November the minister received the ambassadors appointed in 2020": no date', () => {
    const text =
      'On 7 November the minister received the ambassadors appointed in 2020 at the ministry.\n\nThey discussed trade.';
    assert.equal(meeting(text), null);
  });

  test('"Chiều 8/11, … hội đàm … trong chuyến thăm năm 2016": the visit\'s year still dates it', () => {
    const text =
      'Chiều 8/11, Thủ tướng đã hội đàm với Thủ tướng Lào trong chuyến thăm chính thức năm 2016 tại Viêng Chăn.\n\n' +
      'Hai bên nhất trí tăng cường hợp tác.';
    assert.equal(meeting(text), '2016-11-08');
  });
});
