// A leader who comes with a spouse: "Tuilaepa and his wife Gillian were welcomed", "Kalla and his
// wife, Mufidah", "mit seiner Frau Elke Beispiel", "Trump en zijn vrouw Melania", "bersama isteri,
// Datin Seri Siti Contoh". The spouse came along and took part, often named by the given name alone.
// A spouse set off by commas, one a sentence is about, a late spouse or one whose greetings are
// conveyed did not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

test('English: "X and his wife Gillian were welcomed", "X and his wife, Mufidah", each by the given name', () => {
  const got = names(
    'Last night, Prime Minister Tui Sample and his wife Gillian were warmly welcomed by Minister of Foreign Affairs Inoke Example at the airport.',
  );
  assert.ok(got.includes('Gillian'), String(got));
  const other = names(
    'Prime Minister Anwar Sample received a courtesy call from former vice-president Jusuf Example and his wife, Mufidah at Seri Perdana last night.',
  );
  assert.ok(other.includes('Mufidah'), String(other));
});

test('German and Dutch: "mit seiner Frau A", "und seiner Frau B", "en zijn vrouw C"', () => {
  const got = names(
    'Bundespräsident Frank Beispiel reiste am Freitag mit seiner Frau Elke Muster nach Wien, wo sie von Bundespräsident Karl Probe und seiner Frau Doris Vorlage empfangen wurden.',
  );
  assert.ok(got.includes('Elke Muster') && got.includes('Doris Vorlage'), String(got));
  const dutch = names(
    'Koning Filip heeft woensdag de Amerikaanse president Donald Voorbeeld en zijn vrouw Melania ontvangen op het Paleis.',
  );
  assert.ok(dutch.includes('Melania'), String(dutch));
});

test('a spouse set off by commas, a late one, or one whose greetings are conveyed is not read as present', () => {
  const got = names(
    'President Robert Sample met the generals on Thursday at State House.\n\nRobert Sample, his wife Grace and two aides are under house arrest. The general recalled his late wife Mary and conveyed greetings from his wife Susan Example.',
  );
  assert.ok(!got.includes('Grace') && !got.includes('Mary') && !got.includes('Susan Example'), String(got));
});
