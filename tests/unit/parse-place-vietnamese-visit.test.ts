// Vietnamese reports of a delegation say where it came to work: "đã đến thăm và làm việc với tỉnh Ninh
// Bình", "thăm và làm việc tại Quảng Nam" (often only in the headline), "đến Hà Nội, bắt đầu chuyến thăm
// chính thức". A desk officer files that province or city; a person or body after the verb ("làm việc
// với Sở Ngoại vụ", "đến thăm Thủ tướng") and the country of the whole visit are no meeting place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { vietnameseWorkedAt } from '../../electron/node/library/parse/place/asian.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

describe('where a Vietnamese delegation came to work', () => {
  test('"đã đến thăm và làm việc với tỉnh Ninh Bình" gives tỉnh Ninh Bình', () => {
    assert.equal(
      findPlace([
        'Sáng 8/11, Đoàn đại biểu thành phố Asan do ngài Thị trưởng làm Trưởng đoàn đã đến thăm và làm việc với tỉnh Ninh Bình.',
      ])?.place,
      'tỉnh Ninh Bình',
    );
  });

  test('the headline "… thăm và làm việc tại Quảng Nam" when the text does not say', () => {
    assert.equal(
      findPlace(['Chiều 12/5, lãnh đạo tỉnh đã tiếp đoàn và trao đổi về hợp tác giữa hai tỉnh.'], {
        title: 'Đoàn đại biểu cấp cao tỉnh Sê Kông (Lào) thăm và làm việc tại Quảng Nam',
      })?.place,
      'Quảng Nam',
    );
  });

  test('"đến Hà Nội, bắt đầu chuyến thăm" gives Hà Nội', () => {
    assert.equal(
      vietnameseWorkedAt('Chiều 18-10, tân Thủ tướng và phu nhân đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.'),
      'Hà Nội',
    );
  });

  test('a body, a person or the country after the verb is no place', () => {
    assert.equal(vietnameseWorkedAt('Đoàn đã đến thăm và làm việc với Sở Ngoại vụ tỉnh.'), null);
    assert.equal(vietnameseWorkedAt('Thủ tướng đến thăm Việt Nam, bắt đầu từ ngày 18.'), null);
  });
});
