// Foreign-ministry releases set the name off after the office with a form of address: "the Minister
// of Foreign Affairs, Regional Integration and International Trade, Mr Paul Rivet, yesterday", "the
// Deputy Director of International Affairs, Mr. Juan Carlos de la Torre;", "Permanent Secretary,
// Ministry of Foreign Affairs, Amb Musa Danjuma accompanied …". The form of address marks the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('an office, a comma, a form of address, then the name', () => {
  test('the High Commissioner met "the Minister of Foreign Affairs, Regional Integration and International Trade, Mr Paul Rivet, yesterday"', () => {
    const got = read(
      'The High Commissioner of Ghana to Mauritius, Mr Kofi Mensah, met the Minister of Foreign Affairs, Regional Integration and International Trade, Mr Paul Rivet, yesterday, in Port-Louis.',
    );
    const rivet = got.find((p) => p.name === 'Paul Rivet');
    assert.ok(rivet, String(got.map((p) => p.name)));
    assert.match(rivet.role ?? '', /Minister of Foreign Affairs/);
  });

  test('the delegation was received by "the Deputy Director of International Affairs, Mr. Juan Carlos de la Torre;" and a colleague', () => {
    const got = names(
      'The councillors were received at City Hall by the General Director of Cooperation, Mr. Luis Ortega; the Deputy Director of International Affairs, Mr. Juan Carlos de la Torre; and other officials.',
    );
    assert.ok(got.includes('Luis Ortega'), String(got));
    assert.ok(got.includes('Juan Carlos de la Torre'), String(got));
  });

  test('"Permanent Secretary, Ministry of Foreign Affairs, Amb Musa Danjuma accompanied his counterpart": no "Amb" in the name', () => {
    const got = names(
      'Permanent Secretary, Ministry of Foreign Affairs, Amb Musa Danjuma accompanied his counterpart to the meeting in Abuja on Monday.',
    );
    assert.ok(got.includes('Musa Danjuma'), String(got));
  });

  test('a comma and "Mr" after a place, with no office before it, names nobody new: "in Accra, Mr Ade Cole said"', () => {
    const got = names(
      'The two ministers met in Accra on Monday. Speaking to reporters in Accra, Mr Ade Cole said the talks went well.',
    );
    assert.ok(!got.includes('Ade Cole'), String(got));
  });
});
