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
  test('"arrived in Saudi Arabia … to take part in a consultative meeting in Jeddah" gives Jeddah', () => {
    const p = place(
      'The foreign ministers arrived in Saudi Arabia on Friday to take part in a consultative meeting in Jeddah.\n\nThey were received at the airport by the deputy minister.',
    );
    assert.equal(p?.place, 'Jeddah');
  });

  test('"is now in Fiji … met … opened the mission in the Fijian capital city of Suva" gives Suva', () => {
    const p = place(
      'The Prime Minister of Samoa is now in Fiji for her first official visit. On Tuesday she met her Fijian counterpart and discussed regional issues.\n\nShe also attended the opening ceremony of the new High Commission in the Fijian capital city of Suva on Tuesday evening.',
    );
    assert.equal(p?.place, 'Suva');
  });

  test('a city dateline ("Tashkent: …") over a lead that says only "her first visit to Uzbekistan" gives the city', () => {
    const p = place(
      'Tashkent: The External Affairs Minister and her Uzbek counterpart held talks on Sunday on trade and security.\n\nThe minister, who is on her first visit to Uzbekistan, was received by the foreign minister.',
    );
    assert.equal(p?.place, 'Tashkent');
  });

  test('a country with no city named for the meeting stays the country', () => {
    const p = place('The minister is now in Fiji for her first official visit and met her counterpart on Tuesday.');
    assert.equal(p?.place, 'Fiji');
  });
});
