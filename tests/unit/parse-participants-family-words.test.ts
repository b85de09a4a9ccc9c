// A leader's family who came along, named by the word for the tie: Vietnamese "và phu nhân Lê Thị
// Mẫu", "trong đó có phu nhân Melinda và ái nữ Ivy và con rể Jack Sample"; Indonesian "didampingi Ibu
// Negara Iriana". They were there: participants, often by the given name alone. "phu nhân Thủ tướng X"
// is X's wife, the name after the office his.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

test('Vietnamese: the prime minister "và phu nhân Lê Thị Mẫu" gave the reception together', () => {
  const got = names(
    'Tối 9-2, tại trụ sở Chính phủ, Thủ tướng Phạm Văn Mẫu và phu nhân Lê Thị Bích Thử có buổi chiêu đãi đoàn ngoại giao.',
  );
  assert.ok(got.includes('Phạm Văn Mẫu') && got.includes('Lê Thị Bích Thử'), String(got));
});

test('Vietnamese: the suite greeted "có phu nhân Melinda và ái nữ Ivy và con rể Jack Sample", each by the name given', () => {
  const got = names(
    'Sau cuộc hội kiến, Tổng thống Hoa Kỳ Donald Mẫu đã giới thiệu đoàn tùy tùng gồm 12 người, trong đó có phu nhân Melinda và ái nữ Ivy và con rể Jack Sample.',
  );
  assert.ok(got.includes('Melinda') && got.includes('Ivy') && got.includes('Jack Sample'), String(got));
});

test('Vietnamese: "phu nhân Thủ tướng" names the office, no wife called "Thủ"', () => {
  const got = names('Thủ tướng Phạm Văn Mẫu đã tiếp Đại sứ Nhật Bản Taro Sample và phu nhân Thủ tướng tại Hà Nội.');
  assert.ok(!got.includes('Thủ') && got.includes('Taro Sample'), String(got));
});

test('Indonesian: the president "didampingi Ibu Negara Iriana" received the leaders together', () => {
  const got = names(
    'Presiden Joko Contoh didampingi Ibu Negara Iriana menerima sejumlah pimpinan negara sahabat di Istana Merdeka, Jakarta.',
  );
  assert.ok(got.includes('Iriana'), String(got));
});

test('Indonesian: "Ibu Negara Iriana Joko Contoh" bears the president\'s name and is still not the president', () => {
  const got = names(
    'Presiden Joko Contoh menerima surat kepercayaan enam duta besar di Istana Merdeka, Jakarta. Presiden turut didampingi oleh Ibu Negara Iriana Joko Contoh.',
  );
  assert.ok(got.includes('Joko Contoh') && got.includes('Iriana Joko Contoh'), String(got));
});
