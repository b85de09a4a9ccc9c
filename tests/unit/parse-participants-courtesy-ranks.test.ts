// Ranks and degrees the Malay, Indonesian and Indian press put before a name: a Malaysian
// minister's "Dato Seri Utama Haji", a Bruneian's "Dato Seri" written without its apostrophe, an
// Indonesian envoy's degree "Drs.", an Indian minister's "Shri". None of them is the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a rank or a degree before the name is not part of it', () => {
  test('"Malaysian Foreign Minister Dato Seri Utama Haji Ahmad Bin Yusof" paid a courtesy call: the minister is Ahmad Bin Yusof', () => {
    const got = names(
      'The President welcomed Malaysian Foreign Minister Dato Seri Utama Haji Ahmad Bin Yusof at the palace yesterday for a courtesy call.',
    );
    assert.ok(got.includes('Ahmad Bin Yusof'), String(got));
    assert.ok(!got.some((n) => n?.includes('Seri') || n?.includes('Haji')), String(got));
  });

  test('"Second Minister of Foreign Affairs of Brunei Darussalam Dato Seri Hamid Jaafar" at the bilateral meeting: no "Seri" in his name', () => {
    const got = names(
      'On the sidelines, the minister met the Second Minister of Foreign Affairs of Brunei Darussalam Dato Seri Hamid Jaafar.',
    );
    assert.ok(got.includes('Hamid Jaafar'), String(got));
  });

  test('"Duta Besar LBBP Kerajaan Belanda untuk Indonesia Drs. Willem Pieter Janssen" at the palace: the envoy, not a Mr "Drs"', () => {
    const got = names(
      'Presiden menerima surat kepercayaan para duta besar di Istana Merdeka.\n\nHadir pula Duta Besar LBBP Kerajaan Belanda untuk Indonesia Drs. Willem Pieter Janssen dan Duta Besar LBBP Republik Perancis untuk Indonesia Claude Martin.',
    );
    assert.ok(got.includes('Willem Pieter Janssen'), String(got));
    assert.ok(!got.includes('Drs'), String(got));
  });
});
