// A desk officer imports a regency's report of a consulate's visit whose headline ends on what the
// regent said of it ("…, Bupati Sukamaju: Akan Banyak Kerja Sama": much cooperation to come), a
// regent's dinner for ambassadors where he is quoted inviting them ("kami akan melayani …": we will
// serve you), and a farewell lunch where the minister said the envoys "will be greatly missed". The
// future is the speaker's, about cooperation, a welcome or a loss, not the meeting: each record
// still reports the meeting held, and its people are listed. A record whose own plans name the
// meeting still ahead is still a preview.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test('an Indonesian headline that ends on the regent’s words of cooperation to come still reports the visit', () => {
  const got = names(
    [
      'Terima Kunjungan Kedutaan Besar Norland, Bupati Sukamaju: Akan Banyak Kerja Sama',
      'Bupati Sukamaju Budi Hartono menerima kunjungan rombongan Kedutaan Besar Norland di Jakarta, Senin (4/3). Rombongan yang berkunjung ke Kabupaten Sukamaju dipimpin oleh Kepala Bidang Politik Anna Berg.',
      'Dalam pertemuan ini, Bupati menjelaskan berbagai program daerah.',
    ].join('\n\n'),
  );
  assert.ok(got.includes('Budi Hartono'), got.join(', '));
  assert.ok(got.includes('Anna Berg'), got.join(', '));
});

test('a regent quoted inviting the ambassadors he hosted (“kami akan melayani”) still hosted them', () => {
  const got = names(
    [
      'Bupati Sukamaju Kenalkan Kopi Pada 30 Duta Besar',
      'Pemerintah Kabupaten Sukamaju mengenalkan potensinya dihadapan 30 duta besar di Hotel Mawar, Jakarta Pusat, Jumat (30/9/2016) malam.',
      'Bupati Sukamaju Budi Hartono, memaparkan potensi yang dimiliki Kabupaten Sukamaju.',
      '"Silakan datang ke Kabupaten Sukamaju, kami akan melayani dengan sepenuh hati," ujar Bupati dalam acara tersebut.',
      'Acara itu diselenggarakan Pemkab Sukamaju untuk bersilaturahmi dengan para duta besar negara sahabat.',
    ].join('\n\n'),
  );
  assert.ok(got.includes('Budi Hartono'), got.join(', '));
});

test('a minister who said the departing envoys “will be greatly missed” still hosted their farewell lunch', () => {
  const got = names(
    [
      'Norland extols Departing Ambassadors',
      'Norland’s Minister for Foreign Affairs, Jane Roe, has registered Norland’s appreciation to two outgoing Ambassadors for their work in Norland.',
      'The outgoing Ambassadors are Eastland’s outgoing Ambassador to Norland, Tom Reed; and outgoing Westland Ambassador to Norland, Ben Cole.',
      'Speaking at a farewell luncheon in honour of the outgoing Diplomats the Foreign Affairs Minister said the Ambassadors have influenced Norland’s diplomacy and they will be greatly missed.',
      'Recalling the contribution of the outgoing Eastland Ambassador, Minister Jane Roe said, “Ambassador Tom Reed served as Dean of the Diplomatic Corps and contributed to the bilateral relations of our countries”.',
    ].join('\n\n'),
  );
  assert.ok(got.includes('Jane Roe'), got.join(', '));
  assert.ok(got.includes('Tom Reed'), got.join(', '));
});

test('a headline that tells the talks still ahead keeps the record a preview, whatever its speaker says', () => {
  const parsed = parseRecordText(
    [
      'Bupati Sukamaju Akan Terima Kunjungan Duta Besar Norland: "Kami Siap"',
      'Bupati Sukamaju Budi Hartono dijadwalkan menerima kunjungan Duta Besar Norland Anna Berg pekan depan.',
      'Pertemuan itu akan membahas kerja sama pariwisata.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a minister who "said he will meet" the ambassador has not met him yet: the meeting stands inside the words he said', () => {
  const got = names(
    'Minister to meet envoy\n\nThe Minister said he will meet the Ambassador of Chile Pedro Soto on 5 May 2021 in Santiago.',
  );
  assert.deepEqual(got, []);
});
