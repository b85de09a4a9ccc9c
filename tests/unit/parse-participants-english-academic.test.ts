// A university signing told in its own English: the office, then "Prof" (and "Dr"), then the name,
// the two heads signing the memorandum and the deans "present on the occasion". The courtesy says where
// the office ends; an office set off by a comma is left to the comma rules, a word that opens the
// sentence is no office, and the form is read in English only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('office, then "Prof", then the name', () => {
  test('two heads sign a memorandum, deans are present', () => {
    const found = people(
      'A Memorandum of Understanding between Riverside University and Lakeshore Institute of Technology was signed on Tuesday.\n\nVice-Chancellor Professor Dr Rahim Uddin Chowdhury and President of Lakeshore Institute of Technology Prof Mei Lanfang signed the MoU on behalf of their institutions at the Senate Hall.\n\nTreasurer Prof Karim Hossain and Dean of the Faculty of Law Prof Dr Nasrin Akter were present on the occasion.',
    );
    const role = (n: string) => found.find((p) => p.name === n)?.role;
    assert.equal(role('Rahim Uddin Chowdhury'), 'Vice-Chancellor');
    assert.equal(role('Mei Lanfang'), 'President of Lakeshore Institute of Technology');
    assert.equal(role('Karim Hossain'), 'Treasurer');
    assert.equal(role('Nasrin Akter'), 'Dean of the Faculty of Law');
  });

  test('not fired: a word that opens the sentence is no office', () => {
    const found = people('Yesterday Prof Anna Kowalska met the visiting delegation from Lakeshore Institute of Technology.');
    assert.ok(!found.some((p) => p.role === 'Yesterday'), JSON.stringify(found));
  });

  test('not fired: the office set off by a comma keeps its own reading', () => {
    const found = people(
      'The delegation from Lakeshore Institute was received on Monday. It comprised the Rector, Professor Jan Novak; and the Dean of Graduate School, Professor Eva Dvorak.',
    );
    assert.equal(found.find((p) => p.name === 'Jan Novak')?.role, 'Rector');
  });

  test('"Prof. A B showed …" after the meeting: named, with no office', () => {
    const found = people(
      'On Monday the delegation of Harbour University visited Northfield College and signed a memorandum.\n\nProf. Walter Grant showed his interest in joint research with the college.',
    );
    assert.ok(
      found.some((p) => p.name === 'Walter Grant'),
      JSON.stringify(found),
    );
  });

  test('not fired: German writes its own ("Prof. Dr. A B ist seit 2016 Botschafter")', () => {
    const found = people(
      'Die Ministerpräsidentin empfing am Montag den Botschafter. Prof. Dr. Jan Kowalski ist seit August 2016 polnischer Botschafter in Deutschland.',
    );
    assert.ok(!found.some((p) => p.why?.includes('academic title')), JSON.stringify(found));
  });

  test('not fired: a professor quoted in a story with no meeting', () => {
    const found = people(
      'Economist Prof Maria Gonzalez said inflation would ease next year, according to a report released today.',
    );
    assert.deepEqual(found, []);
  });
});
