// Vietnamese provincial news lists those present as "các đồng chí: A-Ủy viên …; B Phó Chủ tịch …", or
// line by line as "Đ/c C - Giám đốc Sở …". The office is set off by a dash or by nothing but a space,
// not always by a comma; the desk officer wants each name alone, without the office's first word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a list after "các đồng chí:" whose offices follow a dash or a bare space', () => {
  const text = [
    'Lãnh đạo tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng',
    'Chiều 12/3, đồng chí Trần Quốc Bảo, Bí thư Tỉnh ủy đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào). Cùng dự có các đồng chí: Lý Văn Tâm-Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận; Đào Thị Hạnh Phó Chủ tịch UBND tỉnh; Vũ Minh Đức, Giám đốc Sở Ngoại vụ.',
  ].join('\n');
  const found = names(text);
  for (const n of ['Trần Quốc Bảo', 'Lý Văn Tâm', 'Đào Thị Hạnh', 'Vũ Minh Đức']) assert.ok(found.includes(n), n);
  assert.ok(!found.some((n) => n?.includes('Ủy') || n?.includes('Phó')));
});

test('"Đ/c" opens a name as "đồng chí" does', () => {
  const text = [
    'Sở Giáo dục tiếp đoàn Đại học Daegu',
    'Sáng 5/6, Sở Giáo dục và Đào tạo đã có buổi tiếp và làm việc với đoàn đại biểu Đại học Daegu.',
    'Về phía Sở có sự hiện diện của:',
    'Đ/c Ngô Thanh Tùng - Giám đốc Sở GD&ĐT',
  ].join('\n');
  assert.ok(names(text).includes('Ngô Thanh Tùng'));
});

test('a dash inside a name is kept when no office follows it', () => {
  const text = 'Chiều 2/4, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp ông Kim Min-jun, Thị trưởng thành phố Gimhae.';
  assert.ok(names(text).includes('Kim Min-jun'));
});
