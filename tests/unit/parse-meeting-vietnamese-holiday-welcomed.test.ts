// A desk officer imports Vietnamese pages about a holiday: an embassy's New Year party for the community ("tổ chức
// chương trình đón Tết"), a New Year's letter ("Nhân dịp đón Năm mới"), a school's Mid-Autumn evening ("đón Trung
// thu"). "Đón" there is seeing a holiday in, not receiving a guest: the page reports no meeting and lists nobody, and
// the day of the party is no meeting date. A guest welcomed ("đón Đoàn đại biểu", "lễ đón Thủ tướng") still is one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const HOLIDAYS: string[] = [
  'Tối 25/1, Hội người Việt tại thành phố đã tổ chức chương trình đón Tết Nguyên đán cho bà con kiều bào.',
  'Nhân dịp đón Năm mới, Ban Chấp hành Hội xin gửi tới toàn thể hội viên lời chúc sức khỏe và hạnh phúc.',
  'Các em học sinh trường tiểu học vui vẻ đón Trung thu trong sân trường rực rỡ đèn lồng.',
  'Người dân khắp nơi háo hức đón Xuân mới với nhiều hoạt động văn hóa truyền thống.',
];

describe('a holiday seen in ("đón Tết", "đón Năm mới", "đón Trung thu"): no meeting reported', () => {
  for (const text of HOLIDAYS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), false);
    });

  test("an embassy's New Year party for the community lists nobody and gives no meeting date", () => {
    const parsed = parseRecordText(
      'Tết cộng đồng tại thủ đô\n\nNgày 19/01/2019, Đại sứ quán cùng Hội người Việt Nam sở tại đã tổ chức chương trình đón Tết Nguyên đán. Ông Nguyễn Văn Bình, Chủ tịch Hội, cảm ơn bà con đã có mặt đông đủ.',
    );
    assert.deepEqual(
      parsed.participants.map((p) => p.name),
      [],
    );
    assert.equal(parsed.meetingDate, null);
  });
});

describe('a guest welcomed ("đón Đoàn", "lễ đón", "đón tiếp"): still a meeting', () => {
  const GUESTS = [
    'Sáng 12/3, Chủ tịch UBND tỉnh đã đón Đoàn đại biểu thành phố kết nghĩa sang thăm và làm việc.',
    'Chiều 5/4, Bí thư Tỉnh ủy đón tiếp Đại sứ Nhật Bản tại trụ sở Tỉnh ủy.',
  ];
  for (const text of GUESTS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});
