// A stay over several days gives its first day to the meeting only when the record gives the talks no day of their own:
// "visited Seoul from 18 to 22 June … On 20 June the two co-chaired the dialogue" met on the 20th. A day after the stay
// (the next country of a tour) is another leg's, and the stay's first day stands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meetingDate = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).meetingDate;

test('a delegation in Seoul "từ ngày 18-22/6" that co-chaired the dialogue "Ngày 20/6" met on the 20th', () => {
  assert.equal(
    meetingDate([
      'Đối thoại Chính sách quốc phòng Việt Nam - Hàn Quốc lần thứ 9',
      '21/06/2021 10:15',
      'Nhận lời mời của Thứ trưởng Bộ Quốc phòng Hàn Quốc, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Trần Văn An dẫn đầu thăm Hàn Quốc từ ngày 18-22/6.',
      'Ngày 20/6, tại Seoul, Thượng tướng Trần Văn An và Thứ trưởng Kim Min-ho đã đồng chủ trì Đối thoại Chính sách quốc phòng lần thứ 9.',
      'Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua.',
    ]),
    '2021-06-20',
  );
});

test("a visit to Norway (16-18 August) followed by talks in Iceland on August 19 keeps the Norway meetings' first day", () => {
  assert.equal(
    meetingDate([
      'Minister of State visits Norway and Iceland',
      'August 25, 2022',
      'During her visit to Norway (16-18 August), the Minister of State called on the Foreign Minister of Norway and met the State Secretary.',
      'Trade and energy cooperation were discussed during these meetings.',
      'In Iceland, she met the Foreign Minister of Iceland on August 19 and discussed fisheries.',
    ]),
    '2022-08-16',
  );
});
