// A record that says which country the ministers met in, and names the city in that country too;
// a weekday over the date line is not a place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string, opts: Parameters<typeof findPlace>[1] = {}) => findPlace(text.split('\n\n'), opts);

describe('the city, when the text names the country they met in and the city in it', () => {
  test('"se reunió en Brasil … la Cumbre … que se realiza en Río de Janeiro, Brasil" gives Río de Janeiro', () => {
    const p = place(
      'La canciller se reunió este jueves en Brasil con el secretario de Estado, en el marco de la Cumbre del G-20 que se realiza en Río de Janeiro, Brasil.',
    );
    assert.equal(p?.place, 'Río de Janeiro');
  });

  test('a Vietnamese headline "… thăm tỉnh Champasak, Lào" over a lead that says only "tại Lào" gives Champasak', () => {
    const p = place('Đoàn lãnh đạo tỉnh đã có buổi chào xã giao Tỉnh trưởng tỉnh Champasak nhân chuyến công tác tại Lào.', {
      title: 'Đoàn lãnh đạo tỉnh Bình Dương thăm tỉnh Champasak, Lào',
    });
    assert.equal(p?.place, 'Champasak');
  });

  test('a venue found is kept: "Ruang Kredensial, Istana Merdeka" does not replace the palace with the room', () => {
    const p = place(
      'Presiden menerima surat kepercayaan dari duta besar negara sahabat di Istana Merdeka, Jakarta. Upacara berlangsung di Ruang Kredensial, Istana Merdeka.',
    );
    assert.notEqual(p?.place, 'Ruang Kredensial');
  });

  test('a Vietnamese weekday over the date line ("Thứ Sáu, 23-10-2020, 01:44", "Chủ Nhật, 24/11/2024") is not a place', () => {
    const p = place('Lãnh đạo Đảng và Nhà nước đã gửi điện chia buồn tới Chủ tịch nước bạn.', {
      head: ['Thứ Sáu, 23-10-2020, 01:44'],
    });
    assert.equal(p, null);
    const q = place('Lãnh đạo tỉnh đã tiếp Tổng Lãnh sự Campuchia.', { head: ['Chủ Nhật, 24/11/2024 21:25 (GMT +7)'] });
    assert.equal(q, null);
  });
});
