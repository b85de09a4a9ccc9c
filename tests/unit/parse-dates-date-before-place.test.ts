// A dispatch may be headed with its date first and its place after it: "12 May 2019, Ottawa. The Ambassador …",
// "Hari Selasa, 9 April 2019, Dewan Persidangan (Jalan Istana) – …". A desk officer reads that date as the day the
// record was issued, and "yesterday" in it as the day before; a sentence that opens on a date and runs on is not one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a dispatch headed with its date before its place', () => {
  test('"12 May 2019, Ottawa. The Ambassador … met yesterday …" was issued on 12 May and tells a meeting of 11 May', () => {
    const text = [
      'Ambassador meets provincial delegation',
      '12 May 2019, Ottawa. The Ambassador met yesterday with a delegation of provincial mayors led by Mayor Anna Berg at the Embassy and discussed trade and tourism.',
      'The mayors thanked the Ambassador for the warm welcome.',
    ].join('\n\n');
    const r = parseRecordText(text);
    assert.equal(r.publishedAt, '2019-05-12');
    assert.equal(r.meetingDate, '2019-05-11');
  });

  test('"Hari Selasa, 9 April 2019, Dewan Persidangan (Jalan Istana) – …": a Malay release dated before its hall', () => {
    const text = [
      'Kunjungan hormat Duta Besar Jepun',
      'Hari Selasa, 9 April 2019, Dewan Persidangan (Jalan Istana) – Menteri Luar Negeri menerima kunjungan hormat Duta Besar Jepun, Tuan Kenji Sato, bagi membincangkan kerjasama dua hala.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).publishedAt, '2019-04-09');
  });

  test('"On 3 June 2020, President Lee met …" is a sentence, not a dispatch heading: it gives no publication date', () => {
    const text = [
      'President meets envoy',
      'On 3 June 2020, President Lee met the visiting envoy of Chile and discussed the trade agreement between the two countries.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).publishedAt, null);
  });
});
