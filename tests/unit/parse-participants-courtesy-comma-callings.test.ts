// A visit between universities lists each side office first, then the person addressed by a
// calling in full: "the Rector, Professor Ana Lima; Dean of the Law School, Professor Tom Reyes;",
// "the Vice-Rector for Research, Reverend Professor …", and a governor's release "the Governor of
// the State, Engineer John Bello". The desk officer reads each person with the office before them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('an office, a comma, a calling in full, then the name', () => {
  test('a university delegation: "the Rector, Professor …; Dean of …, Professor …"', () => {
    const got = read(
      'A delegation from Lakeside University visited the main campus on Monday for a meeting. The delegation comprised the Rector, Professor Ana Lima; Dean of the Law School, Professor Tom Reyes; and Director of the International Office, Ms. Carla Diaz.',
    );
    const lima = got.find((p) => p.name === 'Ana Lima');
    assert.ok(lima, String(got.map((p) => p.name)));
    assert.equal(lima.role, 'Rector');
    const reyes = got.find((p) => p.name === 'Tom Reyes');
    assert.ok(reyes, String(got.map((p) => p.name)));
    assert.equal(reyes.role, 'Dean of the Law School');
  });

  test('"the Vice-Rector for Research, Reverend Professor Paul Grant": a priest and professor', () => {
    const got = names(
      'The visitors were welcomed by the Vice-Rector for Research, Reverend Professor Paul Grant, at the university library.',
    );
    assert.ok(got.includes('Paul Grant'), String(got));
  });

  test('"the Governor of the State, Engineer John Bello received …": an engineer addressed as one', () => {
    const got = names(
      'On Monday the Governor of Kwara State, Engineer John Bello received the visiting High Commissioner, Mr. Peter Hall, at Government House.',
    );
    assert.ok(got.includes('John Bello'), String(got));
  });

  test('no office before the comma: "Engineering, Professor …" in a list of subjects names no one', () => {
    const got = names(
      'The two universities will exchange staff in Medicine, Law and Engineering, Professor Hall said in a statement after the signing.',
    );
    assert.ok(!got.some((n) => /Engineering|Law/.test(n ?? '')), String(got));
  });
});
