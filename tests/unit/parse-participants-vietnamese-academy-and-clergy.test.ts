// Vietnamese academies write a doctor of science ("TSKH.") and their members ("Viện sĩ", "Viện sĩ thông
// tấn", "VSTT.") before the name, as universities write "PGS.TS."; the Catholic press writes its clergy
// with "Đức TGM", "Đức Cha", "Đức Hồng Y" before a baptismal name that is part of the name. A desk
// officer reading of a visiting delegation wants those people named, each with the office after the dash.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => `${p.name}|${p.role ?? '—'}`);

describe('Vietnamese: academy titles and clergy before a name', () => {
  test('"Viện sĩ, GS. TSKH. …", "TSKH. …" and "Viện sĩ thông tấn …" lead a visiting delegation', () => {
    const found = people(
      'Sáng ngày 12/5/2021, Viện Hóa học đã tiếp đoàn của Viện Hàn lâm Khoa học Ba Lan do Viện sĩ, GS. TSKH. Nowak Jan Piotr - Giám đốc Viện Vật lý dẫn đầu. Cùng đi có TSKH. Kowalska Anna - Trưởng phòng thí nghiệm và Viện sĩ thông tấn Zielinski Marek.',
    );
    const names = found.map((p) => p.split('|')[0]);
    for (const n of ['Nowak Jan Piotr', 'Kowalska Anna', 'Zielinski Marek']) assert.ok(names.includes(n), found.join(' / '));
    assert.ok(found.includes('Nowak Jan Piotr|Giám đốc Viện Vật lý'), found.join(' / '));
  });

  test('"Đức TGM Giuse …– Chủ tịch …– đã tiếp Đức TGM …": each bishop with his own office', () => {
    const found = people(
      'Sáng 14/4, Đức TGM Giuse Trần Văn An – Chủ tịch HĐGMVN – đã tiếp Đức TGM Peter Example – Bộ trưởng Ngoại giao Tòa Thánh, Đức Cha Phêrô Lê Văn Bình và phái đoàn.',
    );
    assert.ok(found.includes('Giuse Trần Văn An|Chủ tịch HĐGMVN'), found.join(' / '));
    assert.ok(found.includes('Peter Example|Bộ trưởng Ngoại giao Tòa Thánh'), found.join(' / '));
    assert.ok(
      found.some((p) => p.startsWith('Phêrô Lê Văn Bình|')),
      found.join(' / '),
    );
  });

  test('not fired: a fund is a body, not a name; "cùng" ends an office; a country spelt by syllables is no one', () => {
    const found = people(
      'Thượng tọa Thích Minh Tuệ – Phó Chủ tịch, Trưởng ban Phật giáo Quốc tế TƯGH PG VN cùng chư Tôn Giáo phẩm đã tiếp đoàn. Ông Lê Văn Long được bổ nhiệm làm Lãnh sự danh dự Hung-ga-ri. Đoàn do bà Petrova Maria - Chủ tịch Quỹ làm trưởng đoàn.',
    );
    const names = found.map((p) => p.split('|')[0]);
    assert.ok(names.includes('Thích Minh Tuệ'), found.join(' / '));
    for (const n of ['Tôn Giáo', 'Hung-ga-ri', 'Quỹ']) assert.ok(!names.includes(n), found.join(' / '));
  });
});
