// A desk officer imports an article about a policy, a page whose only meeting is told under a photo: "Thủ tướng … làm
// việc với các doanh nghiệp … ngày 12-3-2022_Ảnh: TTXVN", "… meets the governor in Hobart - Photo: AAP". A sentence
// closed by its photo's credit is the picture's caption, left in the text by the page: the record reports no meeting, so
// it lists no one and gives no meeting date. A report whose caption stands above the story keeps its meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { closesOnPhotoCredit } from '../../electron/node/library/parse/page-furniture.ts';

test('a Vietnamese article whose only meeting is a photo caption closed by "Ảnh: TTXVN" reports no meeting', () => {
  const parsed = parseRecordText(
    [
      'Tăng cường hợp tác quốc tế để nâng cao tiềm lực khoa học',
      'Thủ tướng Trần Văn Minh làm việc với các doanh nghiệp Hàn Quốc tại thủ đô Seoul, ngày 12-3-2022_Ảnh: TTXVN',
      'Hợp tác quốc tế là một trong những động lực quan trọng để nâng cao năng lực khoa học và công nghệ của đất nước.',
      'Bài viết phân tích các xu hướng chính và đề xuất một số giải pháp cho giai đoạn tới.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, false);
  assert.deepEqual(parsed.participants, []);
  assert.equal(parsed.meetingDate, null);
});

test('an English analysis whose only meeting is a caption closed by "- Photo: AAP" reports no meeting', () => {
  const parsed = parseRecordText(
    [
      'Why the island economy needs a new port',
      'Premier Alan Greaves meets Governor Ruth Kell in Hobart - Photo: AAP',
      'The port has handled more freight every year since 2015, and its berths are now full for most of the season.',
      'Economists say a second terminal would pay for itself within a decade.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, false);
  assert.deepEqual(parsed.participants, []);
});

test('a Vietnamese report with a captioned photo above the story keeps the meeting the story tells', () => {
  const parsed = parseRecordText(
    [
      'Thủ tướng tiếp Đại sứ Hàn Quốc',
      'Thủ tướng Trần Văn Minh và Đại sứ Kim Min-su tại buổi tiếp - Ảnh: TTXVN',
      'Chiều 12/3, tại Hà Nội, Thủ tướng Trần Văn Minh đã tiếp Đại sứ Hàn Quốc Kim Min-su.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, true);
});

test('a credit closes a caption, not a line it opens', () => {
  assert.equal(closesOnPhotoCredit('Bộ trưởng thăm và làm việc tại Hải Phòng - Ảnh: HOÀNG NGỌC'), true);
  assert.equal(closesOnPhotoCredit('Der Bürgermeister empfängt die Delegation (Foto: Stadt Kiel)'), true);
  assert.equal(closesOnPhotoCredit('사진=외교부 장관이 대사를 접견했다.'), false);
  assert.equal(closesOnPhotoCredit('The minister met the ambassador on Monday.'), false);
});
