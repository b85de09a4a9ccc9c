// A 12-hour clock ("10:09 PM") beside "09/03/2025" tells the American order only on an English page. Malay,
// Vietnamese and the other languages write the day first whatever their clock: a Malay byline "09/03/2025 10:09 PM"
// is 9 March, a Vietnamese "Thời gian đăng: 03/12/2021 09:31:44 AM" 3 December; an English one stays month first.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a numeric byline date beside an AM/PM clock', () => {
  test('a Malay release stamped "09/03/2025 10:09 PM" was published on 9 March', () => {
    const text = [
      'Menteri Luar Terima Kunjungan Hormat Duta Besar Jepun',
      '',
      '09/03/2025 10:09 PM',
      '',
      'PUTRAJAYA -- Menteri Luar Datuk Seri Mohamad Hasan hari ini menerima kunjungan hormat Duta Besar Jepun ke Malaysia di Wisma Putra.',
      '',
      'Kedua-dua pihak membincangkan kerjasama ekonomi dan pendidikan antara kedua-dua negara.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2025-03-09');
  });

  test('a Vietnamese post "Thời gian đăng: 03/12/2021 09:31:44 AM" was posted on 3 December', () => {
    const text = [
      'Sở Ngoại vụ làm việc với UBND huyện về công tác viện trợ nước ngoài',
      'Thời gian đăng: 03/12/2021 09:31:44 AM',
      'Chiều 02/12/2021, Đoàn công tác của Sở Ngoại vụ tỉnh do Phó Giám đốc Sở làm Trưởng đoàn đã làm việc với UBND huyện.',
      'Hai bên đã trao đổi về công tác vận động viện trợ phi chính phủ nước ngoài trên địa bàn huyện.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2021-12-03');
  });

  test('an English page stamped "12/11/2021 08:57 AM" keeps the American order: 11 December', () => {
    const text = [
      'Secretary Meets Foreign Secretary of the United Kingdom',
      '',
      '12/11/2021 08:57 AM',
      '',
      'LIVERPOOL -- The Secretary met with the Foreign Secretary of the United Kingdom today on the margins of the ministerial meeting.',
      '',
      'They discussed cooperation on trade and security between the two countries.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2021-12-11');
  });
});
