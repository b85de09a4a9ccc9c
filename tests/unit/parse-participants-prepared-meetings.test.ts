// Two ministers meet to prepare a later meeting of their leaders, or a visit: the record names
// the leaders, who were not in the room. "reviewed preparations for the visit of", "para preparar
// la cita entre los presidentes", "chuẩn bị cho cuộc gặp giữa": the desk officer sees the two
// who met, not the two who will. And an English plan with an adverb in it ("is also expected to
// meet") is still a plan.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the people of a meeting being prepared are not in the room', () => {
  test('English: "reviewed preparations for the visit of … Prince X": the prince is still to come', () => {
    const got = names(
      'Foreign Minister Amina Rahman held a telephone conversation with her Omani counterpart Salim Al Harthy on Monday.\n\nThe two ministers reviewed preparations for the visit of the Sultan of Oman, His Majesty Sultan Khalid bin Nasser to Bangladesh.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Salim Al Harthy'), String(got));
    assert.ok(!got.includes('Khalid bin Nasser'), String(got));
  });

  test('Spanish: "para preparar la cita entre los presidentes X y Y": the presidents did not meet', () => {
    const got = names(
      'La canciller de Chile, Laura Pérez, se reunió ayer en Lima con su homólogo peruano, Andrés Salazar.\n\nLos cancilleres conversaron durante dos horas para preparar la cita entre los presidentes Tomás Rivas y Julio Mendoza.',
    );
    assert.ok(got.includes('Laura Pérez') && got.includes('Andrés Salazar'), String(got));
    assert.ok(!got.includes('Tomás Rivas') && !got.includes('Julio Mendoza'), String(got));
  });

  test('Vietnamese: "chuẩn bị cho cuộc gặp giữa … X và … Y": the leaders are still to meet', () => {
    const got = names(
      'Chiều 12/3, Bộ trưởng Ngoại giao Trần Văn Nam đã tiếp Đại sứ Pháp Paul Girard tại Hà Nội.\n\nHai bên trao đổi về công tác chuẩn bị cho cuộc gặp giữa Thủ tướng Lê Minh Quang và Tổng thống Pháp Louis Mercier.',
    );
    assert.ok(got.includes('Trần Văn Nam') && got.includes('Paul Girard'), String(got));
    assert.ok(!got.includes('Lê Minh Quang') && !got.includes('Louis Mercier'), String(got));
  });

  test('English: "is also expected to meet X" is a plan, like "is expected to meet"', () => {
    const got = names(
      'Foreign Secretary Ravi Menon met Prime Minister Farida Khan in Dhaka on Wednesday.\n\nMenon is also expected to meet the Commerce Minister Tariq Hossain before he leaves.',
    );
    assert.ok(got.includes('Ravi Menon') && got.includes('Farida Khan'), String(got));
    assert.ok(!got.includes('Tariq Hossain'), String(got));
  });

  test('not a meeting prepared: "the ministers prepared a joint statement with X" keeps X', () => {
    const got = names(
      'Foreign Minister Amina Rahman received the Ambassador of Japan, Kenji Sato, in Dhaka on Monday.\n\nAfter the meeting Rahman prepared a joint statement with Ambassador Kenji Sato on trade.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Kenji Sato'), String(got));
  });

  test('not a meeting prepared: the ones who prepare it are in the room', () => {
    const got = names(
      'To prepare the summit, Foreign Minister Amina Rahman met her Indian counterpart Vikram Rao in Delhi on Tuesday.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Vikram Rao'), String(got));
  });

  test('not a meeting prepared: "Ahead of the summit of ASEAN leaders, Minister X met Y" keeps both', () => {
    const got = names(
      'Ahead of the summit of ASEAN leaders, Foreign Minister Amina Rahman met her Thai counterpart Somchai Wong in Jakarta on Tuesday.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Somchai Wong'), String(got));
  });
});
