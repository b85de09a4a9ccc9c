// Vietnamese press puts a person's standing before the name in place of "ông" or "bà": a teacher's
// ("Nhà giáo Trần Văn An"), a researcher's ("NNC Lê Thị Bình", "nhà nghiên cứu …"), a prince's
// ("Hoàng thân Khalid bin Saud Al-Contoh"). The desk officer should see each of them listed under the
// name, with the office written after it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a Vietnamese record naming a teacher, a researcher or a prince by standing', () => {
  test('"Nhà giáo Trần Văn An - Chủ tịch HĐQT …" lists the school board chairman', () => {
    const found = people(
      'Sáng 5/10, đoàn chuyên gia Hàn Quốc do ông Park Min-soo làm trưởng đoàn đã tới thăm và làm việc với nhà trường. Phát biểu đón tiếp, Nhà giáo Trần Văn An - Chủ tịch HĐQT Trường THPT Chu Văn An cảm ơn đoàn.',
    );
    const chair = found.find((p) => p.name === 'Trần Văn An');
    assert.ok(chair, JSON.stringify(found.map((p) => p.name)));
    assert.match(chair.role ?? '', /Chủ tịch HĐQT/u);
  });

  test('"NNC Lê Thị Bình - Chủ tịch Liên hiệp …" lists the researcher who received the delegation', () => {
    const found = people(
      'Chiều 3/5, Liên hiệp các Hội Văn học - Nghệ thuật thành phố đã tiếp và làm việc với đoàn đại biểu thành phố Daegu do bà Kim Soo-jin làm trưởng đoàn. NNC Lê Thị Bình - Chủ tịch Liên hiệp các Hội Văn học - Nghệ thuật thành phố phát biểu chào mừng đoàn.',
    );
    assert.ok(
      found.some((p) => p.name === 'Lê Thị Bình'),
      JSON.stringify(found.map((p) => p.name)),
    );
  });

  test('"làm việc với Hoàng thân Khalid bin Saud Al-Contoh, Thống đốc tỉnh …" lists the prince by his whole name', () => {
    const found = people(
      'Đại sứ Nguyễn Văn Hùng đã gặp và làm việc với Hoàng thân Khalid bin Saud Al-Contoh, Thống đốc tỉnh Makkah, ngày 12/3.',
    );
    assert.ok(
      found.some((p) => p.name === 'Khalid bin Saud Al-Contoh'),
      JSON.stringify(found.map((p) => p.name)),
    );
  });
});
