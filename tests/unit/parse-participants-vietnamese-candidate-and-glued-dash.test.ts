// A research institute lists its delegation with degrees before the names, a doctoral candidate's
// among them ("ThS. NCS. Lê Thị A", "CV. Phạm Văn B" for a staff officer); a provincial paper glues a
// dash to a Japanese guest's name and spaces it from his office ("ông Tsutomu Takebe- Chủ tịch …").
// The desk officer wants each of them named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a doctoral candidate and a staff officer are read past their degrees', () => {
  const text = [
    'Đoàn Viện Nghiên cứu thăm Ấn Độ',
    'Đoàn gồm PGS. TS. Ngô Văn Bình, Viện trưởng, và ThS. NCS. Lê Thị Hằng, Trợ lý đối ngoại, đã làm việc với Hội đồng Nghiên cứu Ấn Độ.',
    'Đón tiếp đoàn có CV. Phạm Nguyệt Hoa, phụ trách Hợp tác quốc tế.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('Lê Thị Hằng'));
  assert.ok(found.includes('Phạm Nguyệt Hoa'));
});

test('a Japanese guest with a dash glued to his name is read, and his office with him', () => {
  const text = [
    'Hội Nông dân tiếp đoàn Nhật Bản',
    'Sáng 5/3, Chủ tịch Hội Nông dân Việt Nam Lại Văn Môn đã tiếp đoàn Nhật Bản; về phía Nhật Bản có ông Tsutomu Takebe- Chủ tịch Viện Nghiên cứu Đông Á, ông Kouzaburo Shimonose- Bí thư thứ hai Đại sứ quán Nhật Bản tại Việt Nam.',
  ].join('\n');
  const found = names(text);
  assert.ok(found.includes('Tsutomu Takebe'));
  assert.ok(found.includes('Kouzaburo Shimonose'));
});
