// A local paper names a visiting delegation's members after "be": "The members of the delegation are
// A, B, and C". An Indonesian report names who stood in for a host ("Wali Kota diwakili Asisten … A",
// "Konsulat … yang diwakili oleh Mr. B di Medan pada Kamis"), then whom they accompanied
// ("mendampingi Wali Kota …, Prefektur …, Jepang, C bersama rombongan"): each list is read apart, a
// name ends before where, when and "with the party", and a prefecture goes on the office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null, meetingReported: true };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('the members of a visiting delegation, listed by name', () => {
  test('"The members of the delegation are A, B, C, and D" names all four', () => {
    const got = people(
      'The town is hosting a delegation from its sister city in Japan.\n\nThe members of the delegation are Hanako Sample, Taro Example, Jiro Specimen, and Yumi Trial.',
    ).map((p) => p.name);
    for (const n of ['Hanako Sample', 'Taro Example', 'Jiro Specimen', 'Yumi Trial']) assert.ok(got.includes(n), String(got));
  });

  test('"Delegation members were A and B" names both', () => {
    const got = people(
      'Mayor Tom Sample welcomed the visitors at City Hall. Delegation members were Kenji Example and Aiko Specimen.',
    ).map((p) => p.name);
    assert.ok(got.includes('Kenji Example') && got.includes('Aiko Specimen'), String(got));
  });
});

describe('who stood in for an Indonesian host, and the guest they accompanied', () => {
  test('"yang diwakili oleh Mr. A di Medan pada Kamis": A, without the place and the day', () => {
    const got = people(
      'Bupati Karo Rina Sample menghadiri undangan dari Konsulat Jenderal China yang diwakili oleh Mr. Wang Example di Medan pada Kamis, (28/03/2024).',
    ).map((p) => p.name);
    assert.ok(got.includes('Wang Example'), String(got));
  });

  test('"mendampingi Wali kota …, Prefektur Miyagi, Jepang, A bersama rombongan": A, not the prefecture', () => {
    const found = people(
      'Wali Kota Palu diwakili Asisten Setda Kota Palu dan beberapa kepala OPD lainnya mendampingi Wali kota Iwanuma, Prefektur Miyagi, Jepang, Kenta Sample bersama rombongan, pada Senin (14/07/2025).',
    );
    const got = found.map((p) => p.name);
    assert.ok(got.includes('Kenta Sample'), String(got));
    assert.ok(!got.includes('Prefektur Miyagi'), String(got));
    assert.equal(found.find((p) => p.name === 'Kenta Sample')?.country, 'Japan');
  });
});
