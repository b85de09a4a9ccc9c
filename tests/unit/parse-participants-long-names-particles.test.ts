// Gulf, Spanish and Portuguese names run past five words once their particles are written out: "Khalid
// bin Saif bin Nasser Al Harthi", "Rodrigo De La Fuente Ortega", "Paulo De Almeida De Sousa Cabral".
// A desk officer reads the whole name: the particles that join its words ("bin", "Al", "De La") are not
// words of their own, so a name of five words with them is still read whole, not cut and then lost.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a long name joined by particles is read whole', () => {
  test('"Qatari Foreign Minister, Khalid bin Saif bin Nasser Al Harthi, who …": the visiting minister', () => {
    const got = names(
      'The Emir received at Seif Palace today Qatari Foreign Minister, Khalid bin Saif bin Nasser Al Harthi, who conveyed the greetings of his government.',
    );
    assert.ok(got.includes('Khalid bin Saif bin Nasser Al Harthi'), String(got));
  });

  test('"Rodrigo De La Fuente Ortega, Ambassador of Spain;": the first envoy of the list', () => {
    const got = names(
      'President Mokgweetsi received the credentials of three envoys at State House on Monday. The envoys included Rodrigo De La Fuente Ortega, Ambassador of Spain; and Ama Owusu, High Commissioner of Ghana.',
    );
    assert.ok(got.includes('Rodrigo De La Fuente Ortega'), String(got));
    assert.ok(got.includes('Ama Owusu'), String(got));
  });

  test('"Paulo De Almeida De Sousa Cabral, Ambassador of Portugal": a numbered list of envoys', () => {
    const got = names(
      'President Widodo received the letters of credence of four ambassadors at the Merdeka Palace. The ambassadors are: 1. Paulo De Almeida De Sousa Cabral, Ambassador of Portugal; 2. Ana Lima, Ambassador of Brazil.',
    );
    assert.ok(got.includes('Paulo De Almeida De Sousa Cabral'), String(got));
  });

  test('a name with no particle is read as before: "Ambassador Tomas Vidal Garcia"', () => {
    const got = names('Foreign Minister Maria Reyes met Ambassador Tomas Vidal Garcia at the ministry on Monday.');
    assert.ok(got.includes('Tomas Vidal Garcia'), String(got));
  });
});
