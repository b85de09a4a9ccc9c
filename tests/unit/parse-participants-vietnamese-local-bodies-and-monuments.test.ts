// Vietnamese names a local body with its place ("Bí thư Tỉnh đoàn Bắc Giang", "Quận trưởng Quận Mapo"),
// names monuments after a leader ("Lăng Chủ tịch Hồ Chí Minh"), and lists the comrades who chaired a
// meeting under an office they share ("các đồng chí Ủy viên Bộ Chính trị: A, …; B, …"). The desk officer
// needs the people in the room, never a province, a district or a monument's namesake.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("a youth union's or a district's place after its office is no person", () => {
  const got = people(
    [
      'Ngày 12/4, đoàn thanh niên Bắc Giang do đồng chí Trần Văn Hòa, Bí thư Tỉnh đoàn Bắc Giang làm trưởng đoàn đã thăm và làm việc tại Lào.',
      'Phát biểu tại buổi tiếp, ông Kim Min-su, Quận trưởng Quận Mapo cho biết hai bên sẽ mở rộng hợp tác.',
    ].join('\n'),
  );
  assert.ok(got.includes('Trần Văn Hòa'), String(got));
  assert.ok(!got.includes('Bắc Giang') && !got.includes('Quận Mapo'), String(got));
});

test('the name after a local body and its place is still read', () => {
  const got = people('Ngày 3/5, Bí thư Huyện ủy Sóc Sơn Nguyễn Văn An đã tiếp đoàn công tác của thành phố Gimpo (Hàn Quốc).');
  assert.ok(got.includes('Nguyễn Văn An'), String(got));
});

test("a monument's namesake is not in the room; the leader who received the guests is", () => {
  const got = people(
    [
      'Chiều 9/10, Chủ tịch UBND tỉnh Lê Văn Bình đã tiếp đoàn đại biểu thành phố Lyon (Pháp).',
      'Trước đó, đoàn đã viếng Lăng Chủ tịch Hồ Chí Minh và thăm tượng đài Chủ tịch Tôn Đức Thắng.',
    ].join('\n'),
  );
  assert.ok(got.includes('Lê Văn Bình'), String(got));
  assert.ok(!got.includes('Hồ Chí Minh') && !got.includes('Tôn Đức Thắng'), String(got));
});

test('comrades listed under an office they share are each read', () => {
  const got = people(
    'Ngày 5/9, hai tỉnh tổ chức hội nghị hợp tác. Dự và chủ trì hội nghị có các đồng chí Ủy viên Trung ương Đảng: Phạm Văn Long, Bí thư Tỉnh ủy Hòa Bình; Đỗ Thị Mai, Bí thư Tỉnh ủy Sơn La; cùng lãnh đạo hai tỉnh.',
  );
  assert.ok(got.includes('Phạm Văn Long') && got.includes('Đỗ Thị Mai'), String(got));
});
