// A town's or a campus's report of a visit names its own people by offices the ministries' title
// grammar does not know: "Local MP A B, joined the Mayor in welcoming …", "attended by … and City
// Manager C D", "Principal E F led the delegation", "signed by Dean G H of … and Dean I J of …". Each
// is in the room; an MP only quoted on the news, or a "Principal Secretary", is no such person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('local and parliamentary offices before the name', () => {
  test('"Local MP A B, joined the Mayor in welcoming the delegation": the MP is one of the hosts', () => {
    const found = people(
      'The Mayor of Kilbrook, Councillor Tom Sample, received a delegation from the city of Lanzhou led by Vice-Mayor Chen Ming at the Guildhall on Monday.\n\nLocal MP Nora Testwell, joined the Mayor and party leaders in welcoming the delegation.',
    );
    const mp = found.find((p) => p.name === 'Nora Testwell');
    assert.ok(mp, String(found.map((p) => p.name)));
    assert.equal(mp.role, 'MP');
  });

  test('"attended by … and City Manager C D", "Principal E F led the delegation"', () => {
    const got = names(
      'Mayor Kenji Example of Hanamachi visited Baywood on Tuesday with a delegation of twelve.\n\nPrincipal Ruth Specimen led the delegation on a tour of the new school.\n\nThe visit ended with a dinner attended by the councilmembers and City Manager Owen Trial.',
    );
    assert.ok(got.includes('Ruth Specimen'), String(got));
    assert.ok(got.includes('Owen Trial'), String(got));
  });

  test('"signed by Dean G H of one university and Dean I J of the other": both deans', () => {
    const got = names(
      'A delegation from the Steppe University of Agriculture visited Riverbank University on Monday and held talks with its leaders.\n\nThe agreement was signed by Dean Bataar Sample of the Steppe University of Agriculture and Dean Zhou Model of the College of Economics.',
    );
    assert.ok(got.includes('Bataar Sample'), String(got));
    assert.ok(got.includes('Zhou Model'), String(got));
  });

  test('an MP quoted on the news, and a "Principal Secretary", are not read as present', () => {
    const got = names(
      'The Governor received the Ambassador of Peru, Rosa Ejemplo, at State House on Friday.\n\nOpposition MP Liam Example told reporters the visit was overdue.\n\nThe Principal Secretary Mary Pattern was not available for comment.',
    );
    assert.ok(!got.includes('Liam Example'), String(got));
    assert.ok(!got.includes('Secretary Mary Pattern'), String(got));
  });
});
