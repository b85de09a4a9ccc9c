// English releases name envoys with a form of address and the office after the name: "Her
// Excellency, Mrs Therese Rath, the High Commissioner of Belize", "Mr Wendell Vincent Carlton De
// Landro, High Commissioner of the Republic of Trinidad and Tobago", "H.E Adrian Morrison High
// Commissioner of Australia", and lists put each on its own line. A desk officer reads each envoy.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const read = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => read(text).map((p) => p.name);

describe('a form of address, a name, then the office', () => {
  test('"Mrs Therese Rath, the High Commissioner of Belize": the envoy visited', () => {
    const got = names(
      'The Ambassador received two envoys at the mission in London on Tuesday. First to visit was Her Excellency, Mrs Therese Rath, the High Commissioner of Belize to the United Kingdom.',
    );
    assert.ok(got.includes('Therese Rath'), String(got));
  });

  test('"and Mr Wendell Vincent Carlton De Landro, High Commissioner of …": the last of a list', () => {
    const got = names(
      'President Nana Addo Dankwa Akufo-Addo has received the credentials of four envoys at the Jubilee House.\n\nThey are Ambassador Joana Tarnawska of the Republic of Poland, Ambassador Michael Wimmer of the Kingdom of Belgium and Mr Wendell Vincent Carlton De Landro, High Commissioner of the Republic of Trinidad and Tobago.',
    );
    assert.ok(got.includes('Wendell Vincent Carlton De Landro'), String(got));
    assert.ok(got.includes('Michael Wimmer'), String(got));
  });

  test('"H.E Adrian Morrison High Commissioner of Australia": no comma, the office still ends the name', () => {
    const got = read(
      'His Majesty received the credentials of three envoys at the Palace. The presentations started with H.E Adrian Morrison High Commissioner of Australia to Tonga at ten yesterday morning.',
    );
    const morrison = got.find((p) => p.name === 'Adrian Morrison');
    assert.ok(morrison, String(got.map((p) => p.name)));
    assert.equal(morrison.country, 'Australia');
  });

  test('a French list with each envoy on its own line: "M. Changchun Hu, ambassadeur de Chine"', () => {
    const got = names(
      'Le Président a reçu en audience les ambassadeurs des pays membres du Conseil de sécurité :\nM. Changchun Hu, ambassadeur de Chine\nM. Jean-Marc Simon, ambassadeur de France',
    );
    assert.ok(got.includes('Changchun Hu'), String(got));
    assert.ok(got.includes('Jean-Marc Simon'), String(got));
  });
});
