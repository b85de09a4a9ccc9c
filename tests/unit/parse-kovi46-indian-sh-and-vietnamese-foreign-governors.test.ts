// Indian releases write "Shri" short as "Sh." before a name ("Haryana Chief Minister, Sh. Manohar Lal met …"); a
// Vietnamese university writes a master's degree before its officer's name ("Thạc sĩ Trần Văn Lực – Phó hiệu trưởng");
// a Vietnamese report names foreign governors and mayors after their office and their province or city of one word
// ("Thống đốc tỉnh Mendoza Rodolfo Suarez, Thống đốc tỉnh Salta Gustavo Saenz"). A desk officer gets each one named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants;
const names = (lines: string[]) => people(lines).map((p) => p.name);

test('an Indian chief minister written "Sh. Ramesh Kumar" is named without the courtesy', () => {
  const got = names([
    'Chief Minister meets Australian envoy',
    'Lucknow, May 4: Uttar Pradesh Chief Minister, Sh. Ramesh Kumar met with the Australian High Commissioner, Mr. John Smith at his office here on Tuesday.',
  ]);
  assert.ok(got.includes('Ramesh Kumar'), String(got));
});

test('"Governor Sh. Kalraj Mishra": "Sh" is no one', () => {
  const got = names([
    'Governor meets Japanese Ambassador',
    'Jaipur, June 2: Rajasthan Governor Sh. Kalraj Mishra met the Japanese Ambassador, Mr. Hiroshi Suzuki, at Raj Bhavan on Monday.',
  ]);
  assert.ok(got.includes('Kalraj Mishra'), String(got));
  assert.ok(!got.includes('Sh'), String(got));
});

test('a Vietnamese college\'s "Thạc sĩ X – Phó hiệu trưởng" host is named with the office after the dash', () => {
  const got = people([
    'Tiếp đoàn',
    'Sáng ngày 14/6/2024, Thạc sĩ Nguyễn Văn Bình – Phó hiệu trưởng Nhà trường đã tiếp và làm việc với đoàn công tác của Đại học Osaka do ông Tanaka Hiroshi làm trưởng đoàn.',
  ]);
  const host = got.find((p) => p.name === 'Nguyễn Văn Bình');
  assert.ok(host, String(got.map((p) => p.name)));
  assert.equal(host.role, 'Phó hiệu trưởng Nhà trường');
});

test('foreign governors listed with their one-word provinces are each named with their own province', () => {
  const got = people([
    'Tiếp Thống đốc',
    'Ngày 5/4, tại Buenos Aires, Chủ tịch nước Nguyễn Văn An đã tiếp Thống đốc tỉnh Mendoza Rodolfo Suarez, Thống đốc tỉnh Salta Gustavo Saenz, Thống đốc tỉnh Jujuy Gerardo Morales.',
  ]);
  const role = (n: string) => got.find((p) => p.name === n)?.role;
  assert.equal(role('Rodolfo Suarez'), 'Thống đốc tỉnh Mendoza');
  assert.equal(role('Gustavo Saenz'), 'Thống đốc tỉnh Salta');
  assert.equal(role('Gerardo Morales'), 'Thống đốc tỉnh Jujuy');
});

test('a foreign city of three words with no name after it names no one ("thành phố Salt Lake City đã …")', () => {
  const got = names(['Tiếp', 'Ngày 5/4, Thị trưởng thành phố Salt Lake City đã tiếp Đại sứ Nguyễn Văn Bình.']);
  assert.ok(!got.includes('Lake City'), String(got));
});
