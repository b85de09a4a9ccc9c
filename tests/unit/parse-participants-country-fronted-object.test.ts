// Vietnamese fronts the one received: "Tiếp Đại sứ Pháp, Thủ tướng Lê Văn Minh đề nghị …" (receiving
// the French ambassador, the Prime Minister asked …). The envoy's country is not the host's: the
// desk officer must not file Viet Nam's Prime Minister under France.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a fronted object of a verb of meeting, then the subject', () => {
  test('"Tiếp Đại sứ Pháp, Chủ tịch nước Lê Văn Minh …": the host keeps his own title, not the envoy’s country', () => {
    const got = read('Tiếp Đại sứ Pháp, Chủ tịch nước Lê Văn Minh đề nghị hai nước tăng cường hợp tác kinh tế.');
    const host = got.find((p) => p.name === 'Lê Văn Minh');
    assert.ok(host, JSON.stringify(got));
    assert.notEqual(host.country, 'France');
    assert.equal(host.role, 'Chủ tịch nước');
  });

  test('"Khi gặp Đại sứ Nhật Bản, Thủ tướng …": the same with "khi"', () => {
    const got = read('Khi gặp Đại sứ Nhật Bản, Thủ tướng Phạm Văn Hùng đánh giá cao quan hệ hai nước.');
    assert.notEqual(got.find((p) => p.name === 'Phạm Văn Hùng')?.country, 'Japan');
  });

  test('titles joined by a comma still go on when no verb fronts them', () => {
    const got = read(
      'Bộ trưởng Ngoại giao Trung Quốc, Ủy viên Quốc vụ Vương Minh Đức đã hội đàm với Bộ trưởng Ngoại giao Lê Văn Minh.',
    );
    assert.equal(got.find((p) => p.name === 'Vương Minh Đức')?.country, 'China', JSON.stringify(got));
  });
});
