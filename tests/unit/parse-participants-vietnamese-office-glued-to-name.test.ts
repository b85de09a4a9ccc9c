// Some Vietnamese pages write the office right after the name with no comma or dash: "ông Takaki Chủ tịch Hội …",
// "đồng chí Sômphone Chănthanasouk Giám đốc Sở Y tế …". The desk officer wants the person and the office apart, not a
// name that swallowed the office's first word ("Takaki Chủ").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Vietnamese: an office written right after the name, with no comma', () => {
  test('a Japanese association chairman named by surname, his office glued to it', () => {
    const found = people(
      'Chiều ngày 8 tháng 7, đoàn đã làm việc với ông Yamada Chủ tịch Hội Hữu nghị Nhật-Việt tỉnh Kumamoto về hợp tác đào tạo.',
    );
    const yamada = found.find((p) => p.name === 'Yamada');
    assert.match(yamada?.role ?? '', /^Chủ tịch Hội Hữu nghị/u);
    assert.ok(!found.some((p) => p.name === 'Yamada Chủ'));
  });

  test('a Lao provincial director met by the Vietnamese side keeps a two-word name and his office', () => {
    const found = people(
      'Ngày 20/1, đoàn công tác tỉnh Savannakhet (Lào) đã đến thăm và làm việc với Sở Y tế tỉnh Quảng Trị.\n\n' +
        'Tại buổi làm việc, đồng chí Bounmy Phommachanh Giám đốc Sở Y tế tỉnh Savannakhet cảm ơn sự giúp đỡ của tỉnh bạn.',
    );
    assert.match(found.find((p) => p.name === 'Bounmy Phommachanh')?.role ?? '', /^Giám đốc Sở Y tế/u);
  });

  test('a given name that also means "former" stays in the name', () => {
    const found = people('Sáng 5/3, ông Trần Văn Nguyên Bộ trưởng Bộ Xây dựng Lào đã hội đàm với đoàn Việt Nam tại Viêng Chăn.');
    assert.ok(found.some((p) => p.name === 'Trần Văn Nguyên'));
  });
});
