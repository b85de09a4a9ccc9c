// A desk officer imports a post that tells of a traveller's arrival: "Ambassador X arrived in Y today
// for a two-day working visit", "trifft heute zu einem Antrittsbesuch ein", "chega hoje … para uma
// visita oficial". The visit named is the trip; whether anyone met is told by the sentences after it:
// "talks are planned", "will be received" is a preview (no meeting, no one listed, no meeting date),
// "held talks with" is the meeting, and an arrival for talks told nowhere else stays one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);

test('an ambassador who arrives for a visit whose talks are still planned is no meeting yet', () => {
  const parsed = read(
    [
      'Ambassador Elena Varga in Tartu',
      '12 March 2024 - Ambassador Elena Varga arrived in Tartu today for a two-day working visit.',
      'A meeting with Mayor Jaan Tamm will take place on Wednesday, and further talks with the university are planned.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, false);
  assert.deepEqual(parsed.participants, []);
  assert.equal(parsed.meetingDate, null);
});

test('a German post on an ambassador arriving for an inaugural visit ("trifft … ein", talks "geplant") reports no meeting', () => {
  const parsed = read(
    [
      'Botschafter in Rostock',
      'Botschafterin Elena Varga trifft am heutigen Dienstag zu einem Antrittsbesuch in Rostock ein.',
      'Geplant ist ein Gespräch mit dem Oberbürgermeister Jan Tamm, das am Mittwoch stattfinden wird.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, false);
  assert.equal(parsed.meetingDate, null);
});

test('a Portuguese post on a president arriving for an official visit ("chega hoje", "será recebido") reports no meeting', () => {
  const parsed = read(
    [
      'Presidente chega hoje a Luanda para visita oficial',
      'O Presidente Rui Matos chega hoje a Luanda, para uma visita oficial a Angola, a convite do seu homólogo.',
      'Na terça-feira, Rui Matos será recebido pelo Presidente de Angola, Paulo Neto, no Palácio Presidencial.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, false);
  assert.deepEqual(parsed.participants, []);
});

test('an arrival for a visit, then talks held, is still the meeting', () => {
  const parsed = read(
    [
      'Deputy Secretary-General Anna Lind arrived in Kathmandu on Saturday for a three-day visit.',
      'Anna Lind on Saturday held a meeting with Foreign Minister Ram Thapa in Kathmandu.',
      'She will visit the earthquake-hit districts on Monday.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, true);
});

test('a president who arrived for talks with his counterpart, nothing told after, is still a meeting', () => {
  const parsed = read(
    [
      'President Alan Mwale arrived in Lusaka on Monday for talks with President Peter Banda.',
      'The two countries share a long border and close trade ties.',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, true);
});
