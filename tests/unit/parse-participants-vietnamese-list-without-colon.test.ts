// Vietnamese district news lists those who sat in as "cùng dự có đồng chí A, Phó Chủ tịch HĐND huyện; B, Phó
// Chủ tịch UBND huyện", with no colon after "đồng chí", and the list may end straight in the sentence's verb
// ("…; C, Phó Bí thư Tỉnh ủy đã làm việc với …"). A name may also end in an office's word ("Ma Quốc Trưởng").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('a list after "có đồng chí" with no colon, set apart by semicolons', () => {
  const text = [
    'Huyện Bảo Lạc tiếp đoàn công tác huyện Na Pha',
    'Chiều 20/4, đồng chí Hoàng Văn Sơn, Bí thư Huyện ủy tiếp đoàn công tác huyện Na Pha (Trung Quốc), cùng dự có đồng chí Lục Văn Hải, Phó Chủ tịch HĐND huyện; Ma Quốc Trưởng, Phó Chủ tịch UBND huyện.',
  ].join('\n');
  const got = people(text);
  for (const n of ['Hoàng Văn Sơn', 'Lục Văn Hải', 'Ma Quốc Trưởng'])
    assert.ok(
      got.some((p) => p.name === n),
      `${n} in ${JSON.stringify(got.map((p) => p.name))}`,
    );
  assert.equal(got.find((p) => p.name === 'Ma Quốc Trưởng')?.role, 'Phó Chủ tịch UBND huyện');
});

test('the last item of a list after "các đồng chí:" runs into the verb', () => {
  const text = [
    'Lãnh đạo tỉnh làm việc với các ban Đảng',
    'Sáng 15/3, các đồng chí: Trần Văn Lợi, Bí thư Tỉnh ủy; Lê Thị Hà, Phó Bí thư Thường trực Tỉnh ủy; Đỗ Văn Châu, Phó Bí thư Tỉnh ủy đã làm việc với lãnh đạo các ban xây dựng Đảng về kế hoạch hợp tác với tỉnh Champasak (Lào) trong năm 2024.',
  ].join('\n');
  const got = people(text);
  const chau = got.find((p) => p.name === 'Đỗ Văn Châu');
  assert.ok(chau, JSON.stringify(got.map((p) => p.name)));
  assert.equal(chau.role, 'Phó Bí thư Tỉnh ủy');
});

test('no colon and no semicolon: one person, no list read past the comma', () => {
  const text =
    'Chiều 2/4, Chủ tịch UBND tỉnh tiếp Đại sứ Lào, có đồng chí Vũ Văn Nam, Giám đốc Sở Ngoại vụ, cùng các cán bộ của Sở.';
  const got = people(text).map((p) => p.name);
  assert.ok(!got.some((n) => n?.includes('Sở')), JSON.stringify(got));
});
