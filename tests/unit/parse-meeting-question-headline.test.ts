// A desk officer saves analyses, op-eds and explainers whose headline asks a question: "Where do
// relations go after the election?", "Sind wir zu sanft zu Islamisten?", "Đại sứ trình Thư ủy nhiệm
// như thế nào?". Such a record weighs a matter; the talks it recalls on the way are not its report:
// no one is listed. A question headline that names the meeting ("Ministers met: what did they
// discuss?") is still a report of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('an analysis under a question headline lists no one, though it recalls talks', () => {
  assert.deepEqual(
    names(
      [
        'Where do strained Ruritanian-Zendan relations go after the election?',
        'Prime Minister Rudolf Elphberg visited the old cathedral in Strelsau on Sunday after his party won the general election.',
        'In 2019, when Prime Minister Anna Hentzau held talks with President Karl Sapt, the two governments were on better terms.',
      ].join('\n\n'),
    ),
    [],
  );
});

test('an explainer asking how envoys present their credentials lists no one', () => {
  assert.deepEqual(
    names(
      [
        'Đại sứ trình Thư ủy nhiệm như thế nào?',
        'Theo tập quán chung, ngay sau khi đến nước tiếp nhận, Đại sứ gặp Vụ trưởng Lễ tân để tìm hiểu về thủ tục trình Quốc thư.',
        'Năm ngoái, Đại sứ Nguyễn Văn An đã trình Quốc thư lên Tổng thống Karl Sapt tại Phủ Tổng thống.',
      ].join('\n\n'),
    ),
    [],
  );
});

test('a question headline that names the meeting is still its report', () => {
  const found = names(
    [
      'Foreign ministers met in Jakarta: what did they discuss?',
      'Foreign Minister Anna Hentzau met her Zendan counterpart Karl Sapt in Jakarta on Monday to discuss trade and maritime security.',
    ].join('\n\n'),
  );
  assert.ok(found.includes('Anna Hentzau'));
  assert.ok(found.includes('Karl Sapt'));
});
