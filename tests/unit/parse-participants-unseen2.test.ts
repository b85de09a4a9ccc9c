// More rules from the people7 batch (records never seen while tuning): the owner of the visit a
// record reports is its visitor, not someone merely named.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the one whose visit is reported made it: "X\'s visit to Y"', () => {
  test('"during Minister of State Ana Costa\'s visit to Norway … MoS called on B": the visitor is in the room', () => {
    assert.deepEqual(
      names(
        "Trade was discussed during Minister of State for Foreign Affairs Ana Costa's visit to Norway from May 3 to 5.\n\nDuring the visit, she called on Lena Berg, Minister of Foreign Affairs.",
      ),
      ['Ana Costa', 'Lena Berg'],
    );
  });

  test('"in the wake of President Park\'s trip to China in June": an earlier trip, its owner only mentioned', () => {
    assert.deepEqual(
      names(
        "Foreign Minister Yun Ho held talks with Foreign Minister Wang Li by phone on Monday. Ties improved in the wake of President Park Min-ji's trip to China in June, they said.",
      ),
      ['Yun Ho', 'Wang Li'],
    );
  });
});

describe('Arabic names written in English keep their "bin": "Sheikh A bin B, Minister of …, received …"', () => {
  test('the name before its title runs through "bin"; "Prince X bin Y, Foreign Minister of the Kingdom of Saudi Arabia"', () => {
    const got = names(
      'Sheikh Hamad bin Rashid, Minister of Foreign Affairs, received a phone call on Thursday. Prince Saad bin Nawaf, Foreign Minister of the Kingdom of Saudi Arabia, discussed relations with him.',
    );
    assert.ok(
      got.some((n) => n !== null && /Hamad bin Rashid$/u.test(n)),
      String(got),
    );
    assert.ok(
      got.some((n) => n !== null && /Saad bin Nawaf$/u.test(n)),
      String(got),
    );
  });
});

describe('Japanese: a secretary-general and a grand duke by their titles; a ministry of two fields', () => {
  test('"UNRWAのラザリーニ事務局長", "アンリ・ルクセンブルク大公殿下"; "観光・考古大臣" names no one', () => {
    const got = names(
      '27日には、国連機関のマルティーニ事務局長が岩田外務大臣と会談を行いました。元観光・考古大臣による表敬もございました。午後にはジャン・ルクセンブルク大公殿下が森山総理大臣と会談を行いました。',
    );
    assert.deepEqual(got, ['マルティーニ', '岩田', 'ジャン', '森山']);
  });
});

describe('a headline the body does not repeat names the principals', () => {
  test('title "Chủ tịch nước X điện đàm với … Y", body only "hai nhà lãnh đạo": both from the headline', () => {
    const title = 'Chủ tịch nước Lê Văn An điện đàm với Tổng thống Hàn Quốc Park Min-su';
    const got = findParticipants(['Tại cuộc điện đàm, hai nhà lãnh đạo khẳng định tầm quan trọng của quan hệ hai nước.'], {
      ...ctx,
      title,
    });
    assert.deepEqual(
      got.map((p) => p.name),
      ['Lê Văn An', 'Park Min-su'],
    );
  });

  test('a body that reports no meeting stays without participants, whatever the headline says', () => {
    const title = 'Rencontre Ali Demir-Omar Said mercredi à Moscou';
    assert.deepEqual(findParticipants(['Les deux ministres doivent discuter de la Syrie.'], { ...ctx, title }), []);
  });
});
