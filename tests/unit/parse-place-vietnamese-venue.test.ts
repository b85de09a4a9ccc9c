// Vietnamese venue names carry lowercase syllables ("Sân bay Quốc tế Bạch Vân", "Cung Cách mạng") and
// are followed by their city ("…, thành phố Quảng Châu", "… ở Thủ đô La Habana"). A desk officer wants
// the whole venue and its city, not a name cut at its first lowercase syllable.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a Vietnamese venue and its city', () => {
  test('"tại Sân bay Quốc tế Bạch Vân, thành phố Quảng Châu" keeps the whole airport and the city', () => {
    assert.equal(
      place(
        'Chiều 19/8, Chủ tịch nước và Đoàn đại biểu cấp cao Việt Nam đã đến và được đón tại Sân bay Quốc tế Bạch Vân, thành phố Quảng Châu, tỉnh Quảng Đông.',
      ),
      'Sân bay Quốc tế Bạch Vân, thành phố Quảng Châu',
    );
  });

  test('"… tại Cung Cách mạng ở Thủ đô La Habana ngay sau lễ đón" gives the palace and the capital', () => {
    assert.equal(
      place('Chủ tịch nước đã hội đàm với Chủ tịch Cuba tại Cung Cách mạng ở Thủ đô La Habana ngay sau lễ đón chính thức.'),
      'Cung Cách mạng, Thủ đô La Habana',
    );
  });
});
