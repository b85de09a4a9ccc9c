// English news names a principal in full once, where no rule sees them in the room (the source of the
// lead, a visit still to come, a bare name opening the story), and then only as "Mr Ruud" or
// "Ms Okafor" in the sentence that reports the meeting. The short form is the full name that took part.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('"Mr Surname" in the meeting sentence is the person named in full before', () => {
  test('the lead quotes "Prime Minister Ola Ruud", then "Mr Ruud said they had a warm conversation": Ruud was at the talks', () => {
    const got = names(
      'Danish Prime Minister Lise Holm is to visit Norway early next year, says Prime Minister Ola Ruud.\n\nYesterday, in their first meeting since Ms Holm won the election, Mr Ruud said they had a "very warm conversation" in Riga.',
    );
    assert.ok(got.includes('Ola Ruud'), String(got));
    assert.ok(got.includes('Lise Holm'), String(got));
  });

  test('"Amara Okafor has met her Kenyan counterpart" then "Ms Okafor met with …": the minister opening the story took part', () => {
    const got = names(
      'Amara Okafor has met her Kenyan counterpart, in the first engagement she has hosted as minister.\n\nMs Okafor met with Foreign Minister Peter Mwangi on Monday morning.',
    );
    assert.ok(got.includes('Amara Okafor'), String(got));
    assert.ok(got.includes('Peter Mwangi'), String(got));
  });

  test('the press aide "Mr Banda explained that" the President met his guest: the aide told the story, he was not in it', () => {
    const got = names(
      'Presidential spokesman aide Joseph Banda disclosed the visit in a statement.\n\nMr Banda explained that President Tembo met the visiting Ghanaian leader after a bilateral meeting in Lusaka.',
    );
    assert.ok(!got.includes('Joseph Banda'), String(got));
  });

  test('a surname the record never gives in full stays out: no name is made up from "Mr Lind"', () => {
    const got = names('Foreign Minister Eva Berg met Mr Lind in Oslo on Tuesday to discuss fisheries.');
    assert.ok(!got.some((n) => n?.endsWith('Lind')), String(got));
  });
});
