// A school's news page writes the day of a visit with spaced hyphens, "Ngày 28 - 4 - 2011": the
// day, the month and the year all the same, after the word for a day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('"Ngày 28 - 4 - 2011" dates the visit of a French school delegation', () => {
  const r = parseRecordText(
    [
      'Đoàn giáo viên Pháp thăm trường',
      'Ngày 28 - 4 - 2011, đoàn giáo viên, học sinh tỉnh bạn của Pháp đã đến thăm trường. Thầy Hiệu trưởng đã tiếp đoàn.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, '2011-04-28');
});

test('a count with spaced hyphens and no word for a day is not taken for a date', () => {
  const r = parseRecordText(
    ['Kết quả thi đấu', 'Tỷ số các trận là 12 - 4 - 2011 điểm, theo thống kê của ban tổ chức.'].join('\n\n'),
  );
  assert.equal(r.meetingDate, null);
});
