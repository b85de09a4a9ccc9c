// A Vietnamese visit to a commune or ward ("thăm và làm việc tại xã Tân Lập") and an English
// "paid a courtesy on the President in Malacañang" say where the meeting was; a commune named in a
// chairman's title is not a meeting place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Vietnamese commune and ward, English courtesy', () => {
  test('"tại xã …" and "tại phường …" keep the commune or ward', () => {
    assert.equal(
      place('Sáng 5/3, đoàn công tác của huyện có buổi thăm và làm việc tại xã Tân Lập, huyện Đan Phượng.'),
      'xã Tân Lập',
    );
  });

  test('"paid a courtesy on the President in Malacañang" gives the palace', () => {
    assert.equal(place('The visiting minister paid a courtesy on the President in Malacañang on Thursday.'), 'Malacañang');
  });

  test('a commune named as a posting is no place: "Chủ tịch UBND xã Tân Lập" alone', () => {
    assert.equal(place('Ông Nguyễn Văn A, Chủ tịch UBND xã Tân Lập, cho biết mùa màng năm nay bội thu.'), null);
  });
});
