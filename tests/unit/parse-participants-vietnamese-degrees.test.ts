// Vietnamese universities and hospitals write their people's degrees and honours before the name, run
// together with dots: "PGS.TS Trần Minh Đức", "GS.TS Phạm Thu Hà", "TTND.TS.BSCKII. Lê Thị Hồng". A desk
// officer reading a university's news of a visiting delegation wants those hosts named.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Vietnamese: a name after degrees and honours', () => {
  test('"PGS.TS Trần Minh Đức - Phó Hiệu trưởng" receiving a Korean university', () => {
    const got = names(
      'Tại buổi tiếp, PGS.TS Trần Minh Đức - Phó Hiệu trưởng nhà trường đánh giá cao tiềm năng hợp tác. Đại diện đoàn, ông Park Ji Hoon – Phó Hiệu trưởng Trường Đại học Hanbit cảm ơn sự đón tiếp.',
    );
    assert.ok(got.includes('Trần Minh Đức'), String(got));
    assert.ok(got.includes('Park Ji Hoon'), String(got));
  });

  test('"GS.TS Phạm Thu Hà (phải) và đồng chí …": the degree stands where "ông" would', () => {
    const got = names('Tại buổi làm việc, GS.TS Phạm Thu Hà (phải) và đồng chí Ri Yong Chol trao đổi về hợp tác đào tạo.');
    assert.ok(got.includes('Phạm Thu Hà'), String(got));
  });

  test('"TTND.TS.BSCKII. Lê Thị Hồng – Giám đốc Bệnh viện": honours, degree and specialty run together', () => {
    const got = names(
      'Phát biểu tại buổi làm việc, TTND.TS.BSCKII. Lê Thị Hồng – Giám đốc Bệnh viện bày tỏ vui mừng trước chuyến thăm và làm việc của Tập đoàn Y tế Hanbit (Hàn Quốc).',
    );
    assert.ok(got.includes('Lê Thị Hồng'), String(got));
  });
});
