// Agencies set their name between slashes after the place, with or without the day: "ISLAMABAD, MAY 19 /DNA/ –",
// "БАКУ /Trend/ -", "Ulaanbaatar /MONTSAME/.", "27 ноября, Минск /Корр. БЕЛТА/.". The desk officer reads the
// agency as the publisher, and the lead without its dateline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lead: string): string =>
  ['Ministers hold talks on trade', '', lead, '', 'The two sides agreed to meet again.'].join('\n');

describe('an agency between slashes after the place', () => {
  test('"TBILISI /Interpress/ - …": the place alone before the slashes', () => {
    const r = parseRecordText(
      record('TBILISI /Interpress/ - The foreign ministers of Georgia and Armenia held talks in Tbilisi on Monday.'),
    );
    assert.equal(r.publisher, 'Interpress');
  });

  test('"Ulaanbaatar /MONTSAME/. …": a full stop after the slashes', () => {
    const r = parseRecordText(
      record('Ulaanbaatar /MONTSAME/. On March 16, the Minister of Foreign Affairs received the Ambassador of Japan.'),
    );
    assert.equal(r.publisher, 'MONTSAME');
  });

  test('"12 мая, Минск /Корр. БЕЛТА/. …": the day before the place, a correspondent\'s report', () => {
    const r = parseRecordText(record('12 мая, Минск /Корр. БЕЛТА/. Министры иностранных дел провели переговоры в Минске.'));
    assert.equal(r.publisher, 'БЕЛТА');
  });

  test('a date written with slashes is no agency', () => {
    const r = parseRecordText(record('On 12/05/2024 the ministers held talks in Minsk on trade and transit.'));
    assert.equal(r.publisher, null);
  });
});
