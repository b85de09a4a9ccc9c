// More ways a credentials ceremony or a welcome is written, found on publishers the first rules
// were not written from: a list run on with semicolons, a short form in brackets after the
// office, an envoy "-Designate", a name closed by the sentence's verb, an airport welcome in Arabic,
// and a ceremony still on the agenda.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('envoy lists and titles, written other ways', () => {
  test('"ialah: Ulugbek Rozukulov, Duta Besar LBBP Republik Uzbekistan; Songphol Sukchan, Duta Besar LBBP Kerajaan Thailand"', () => {
    const got = names(
      'Presiden Joko Widodo menerima surat kepercayaan dari duta besar negara sahabat. Adapun duta besar yang diterima ialah: Ulugbek Rozukulov, Duta Besar LBBP Republik Uzbekistan; Songphol Sukchan, Duta Besar LBBP Kerajaan Thailand; Pham Vinh Quang, Duta Besar LBBP Republik Sosialis Vietnam.\n\nKedua duta besar ini berkedudukan di New Delhi.',
    );
    for (const n of ['Ulugbek Rozukulov', 'Songphol Sukchan', 'Pham Vinh Quang']) assert.ok(got.includes(n), `${n} in ${got}`);
    assert.ok(!got.includes('Kedua'), String(got));
  });

  test('"Menteri Luar Negeri (Menlu) Sugiono", "Wakil Presiden (Wapres) Amerika Serikat (AS) Michael Richard Pence": past the short forms', () => {
    const got = names(
      'Presiden Joko Widodo menerima kunjungan Wakil Presiden (Wapres) Amerika Serikat (AS) Michael Richard Pence di Istana Merdeka, didampingi Menteri Luar Negeri (Menlu) Sugiono.',
    );
    assert.ok(got.includes('Michael Richard Pence'), String(got));
    assert.ok(got.includes('Sugiono'), String(got));
    assert.ok(!got.includes('Amerika Serikat'), String(got));
  });

  test('"Ambassador-Designate Domingo D. Lucenario", "the Bangladeshi Ambassador to Ghana, Mohammed Shahdat Hossain also presented"', () => {
    const got = names(
      'President Kibaki received credentials from new envoys. Ambassador-Designate Domingo D. Lucenario of the Republic of Philippines pledged to cement ties. The Bangladeshi Ambassador to Ghana, Mohammed Shahdat Hossain also presented his letters of credence.',
    );
    assert.ok(got.includes('Domingo D. Lucenario'), String(got));
    assert.ok(got.includes('Mohammed Shahdat Hossain'), String(got));
  });

  test('"the Ambassador Extraordinary and Plenipotentiary of the Republic of Guinea": no Mr Extraordinary', () => {
    const got = names(
      'President Akufo-Addo received the letters of credence of the Ambassador Extraordinary and Plenipotentiary of the Republic of Guinea to Ghana, Jean Matho Doré.',
    );
    assert.ok(!got.includes('Extraordinary'), String(got));
  });
});

describe('welcomes and agendas', () => {
  test('"وكان في استقبال بوريطة، نائب وزير الخارجية السعودي وليد بن عبد الكريم الخريجي": an airport welcome is a meeting', () => {
    const got = names(
      'في زيارة مفاجئة، حل وزير الخارجية ناصر بوريطة اليوم الإثنين بالسعودية.\n\nوكان في استقبال بوريطة، نائب وزير الخارجية السعودي وليد بن عبد الكريم الخريجي، وذلك لدى وصوله مطار الملك خالد الدولي بالرياض.',
    );
    assert.ok(got.includes('ناصر بوريطة'), String(got));
    assert.ok(
      got.some((n) => n?.startsWith('وليد بن عبد')),
      String(got),
    );
  });

  test('"Presiden Prabowo Subianto diagendakan menerima surat-surat kepercayaan": on the agenda, not yet held', () => {
    const got = names(
      'Presiden Prabowo Subianto diagendakan menerima surat-surat kepercayaan Duta Besar LBBP dari delapan negara sahabat di Istana Merdeka, Jakarta, Selasa.',
    );
    assert.deepEqual(got, []);
  });
});
