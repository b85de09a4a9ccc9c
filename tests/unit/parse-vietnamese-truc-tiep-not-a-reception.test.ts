// Vietnamese "tiếp" is to receive a guest, but "trực tiếp" (live, directly), "gián tiếp" (indirectly),
// "kế tiếp" (next) and "liên tiếp" (one after another) hold the same syllable: none of them is a
// reception, and a statement that uses them reports no meeting and gets no meeting date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("a spokesperson's statement that says 'trực tiếp' reports no meeting", () => {
  const r = parseRecordText(
    [
      'Phản ứng của Việt Nam trước việc tập trận',
      'Ngày 12/3/2021, trước việc nước ngoài trực tiếp tiến hành tập trận liên tiếp tại khu vực quần đảo, Người Phát ngôn Bộ Ngoại giao phát biểu:',
      '“Việt Nam kiên quyết phản đối hành động này và yêu cầu tôn trọng chủ quyền của Việt Nam.”',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, null);
  assert.deepEqual(r.participants, []);
});

test("'tiếp' alone is still a reception: 'Chủ tịch tỉnh tiếp Đại sứ'", () => {
  const r = parseRecordText(
    [
      'Chủ tịch tỉnh tiếp Đại sứ Nhật Bản',
      'Ngày 12/3/2021, Chủ tịch UBND tỉnh Nguyễn Văn An đã tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, '2021-03-12');
});
