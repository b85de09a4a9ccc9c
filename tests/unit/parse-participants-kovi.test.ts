// Korean and Vietnamese records read the way a desk officer reads them: a body's name, a
// conference or an embassy is not a person; an office ends where the sentence's verb begins.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Vietnamese: offices, bodies and conferences that are not people', () => {
  test('"Trưởng ban Tuyên giáo Tỉnh ủy": "Tuyên" starts the board\'s name, it is nobody', () => {
    const got = names(
      'Chiều 5/6, Bí thư Tỉnh ủy Trần Văn Hùng tiếp Đoàn đại biểu tỉnh Vân Nam do ông Triệu Kim, Trưởng ban Tuyên truyền Tỉnh ủy Vân Nam (Trung Quốc) làm trưởng đoàn.\n\nCùng dự có ông Lê Văn Nam, Trưởng ban Tuyên giáo Tỉnh ủy.',
    );
    assert.ok(!got.includes('Tuyên'), String(got));
    assert.ok(got.includes('Triệu Kim'), String(got));
  });

  test('"Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương": a ministers\' conference, not a minister called Mê Công', () => {
    const got = names(
      'Ngày 8/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị bên lề Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương lần thứ sáu.',
    );
    assert.ok(!got.includes('Mê Công'), String(got));
    assert.ok(got.includes('Vương Nghị'), String(got));
  });

  test('"Đại sứ quán Trung Quốc … do ông Hùng Ba, Đại sứ …": the embassy is no ambassador; "Ba" is a name, not "bà"', () => {
    const got = people(
      'Chủ tịch UBND tỉnh Hồ Tiến Thiệu tiếp Đoàn công tác của Đại sứ quán Trung Quốc tại Việt Nam do ông Hùng Ba, Đại sứ đặc mệnh toàn quyền Trung Quốc tại Việt Nam dẫn đầu.',
    );
    const envoy = got.find((p) => p.name === 'Hùng Ba');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'China');
    assert.ok(envoy.role?.startsWith('Đại sứ đặc mệnh'), String(envoy.role));
  });

  test('"Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn tiếp …": his office ends at the verb, the guest\'s is not his', () => {
    const got = people(
      'Sáng nay, đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn tiếp xã giao ông Ri Ho Jun, Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam.',
    );
    const host = got.find((p) => p.name === 'Hồ Tiến Thiệu');
    assert.equal(host?.role, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn');
  });
});
