// A Vietnamese readout names its own side's people by office alone ("PGS, TS Trần Minh Đức, Vụ trưởng
// Vụ Hợp tác quốc tế") and gives a country only to the guests. The desk officer wants them on Viet Nam's
// side; but where the record deals with China or Taiwan, whose people the same press writes in
// Sino-Vietnamese ("Lý Dự Bình"), a name written that way says nothing of the side. Where Viet Nam meets
// one other country, a foreign name left without one is that country's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const countryOf = (text: string, name: string) => people(text).find((p) => p.name === name)?.country;

describe('Vietnamese: a name written the Vietnamese way is on Viet Nam’s side', () => {
  const reception =
    'Sáng 12/3, PGS, TS Trần Minh Đức, Giám đốc Học viện đã tiếp và làm việc với ông Rahul Mehta, Đại sứ Ấn Độ tại Việt Nam.\n\n' +
    'Tham dự buổi làm việc có TS Phạm Thị Thu Hà, Vụ trưởng Vụ Hợp tác quốc tế và các cán bộ của Học viện.';

  test('the host and the officials who sat in, with no country written, are Viet Nam’s', () => {
    assert.equal(countryOf(reception, 'Trần Minh Đức'), 'Viet Nam');
    assert.equal(countryOf(reception, 'Phạm Thị Thu Hà'), 'Viet Nam');
  });

  test('the guest keeps the country his office names', () => {
    assert.equal(countryOf(reception, 'Rahul Mehta'), 'India');
  });

  test('a record with a Chinese side: a Vietnamese-looking name stays without a country', () => {
    const text =
      'Chiều 8/5, ông Lưu Quang Minh, Giám đốc Sở Công Thương đã tiếp đoàn doanh nghiệp tỉnh Vân Nam, Trung Quốc.\n\n' +
      'Tham dự có ông Trương Kiến Hoa, Phó Chủ tịch Hội doanh nghiệp và các thành viên đoàn.';
    assert.equal(countryOf(text, 'Trương Kiến Hoa'), null);
  });

  test('a foreign name written in the Latin alphabet is not made Vietnamese', () => {
    assert.notEqual(countryOf(reception, 'Rahul Mehta'), 'Viet Nam');
  });
});

describe('Vietnamese: where Viet Nam meets one other country, a foreign name is that country’s', () => {
  test('"Đại sứ Nhật Bản … và đại diện tập đoàn, Tổng Giám đốc A": the company’s head is Japanese too', () => {
    const text =
      'Thủ tướng Lê Minh Khải tiếp Đại sứ Nhật Bản tại Việt Nam Kenji Sato và đại diện Tập đoàn Sakura, Tổng Giám đốc Hiroshi Tanaka.\n\n' +
      'Thủ tướng đánh giá cao đầu tư của tập đoàn vào các khu công nghiệp và mong muốn những dự án mới được triển khai với các đối tác Việt Nam.';
    assert.equal(countryOf(text, 'Hiroshi Tanaka'), 'Japan');
  });

  test('with two other countries at the table, a foreign name stays without one', () => {
    const text =
      'Thủ tướng Lê Minh Khải tiếp Đại sứ Nhật Bản Kenji Sato, Đại sứ Hàn Quốc Park Min-ho và Tổng Giám đốc Hiroshi Tanaka.\n\n' +
      'Thủ tướng đánh giá cao đầu tư của các tập đoàn và mong muốn những dự án mới được triển khai với các đối tác Việt Nam.';
    assert.equal(countryOf(text, 'Hiroshi Tanaka'), null);
  });

  test('"trong chuyến thăm chính thức Vương quốc Bỉ": Viet Nam alone at the table meets the country it visits', () => {
    const text =
      'Trong chuyến thăm chính thức Vương quốc Bỉ, Thủ tướng Lê Minh Khải đã có cuộc làm việc với ông Pieter Claes, Thủ hiến vùng Flanders, và các doanh nghiệp của vùng.';
    assert.equal(countryOf(text, 'Pieter Claes'), 'Belgium');
  });

  test('a visit to Viet Nam names no other side', () => {
    const text =
      'Trong chuyến thăm chính thức Việt Nam, ông Pieter Claes đã có cuộc làm việc với Thủ tướng Lê Minh Khải và các doanh nghiệp của vùng.';
    assert.equal(countryOf(text, 'Pieter Claes'), null);
  });
});
