// French and Spanish records name a visitor with a form of address and give the office after a
// comma ("M. Perges Antonio Pedro, envoyé spécial …", "el Excmo. Sr. Djérou Robert Ly, embajador
// …"), and address a head of state as "Son Excellence Monsieur": a desk officer reads the person
// the words of address point at, without them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('a form of address, a name, the office after it', () => {
  test('"Son Excellence Monsieur X, … a reçu … M. Y, envoyé spécial du président": the president and the envoy', () => {
    const got = names(
      "Le Président de la République, Son Excellence Monsieur Mohamed Ould Cheikh Ghazouani, a reçu lundi matin au palais présidentiel à Nouakchott un message écrit.\n\nLe message a été remis par M. Perges Antonio Pedro, envoyé spécial du président au cours d'une audience.",
    );
    assert.ok(got.includes('Mohamed Ould Cheikh Ghazouani'), String(got));
    assert.ok(got.includes('Perges Antonio Pedro'), String(got));
  });

  test('"recibió al Excmo. Sr. Djérou Robert Ly, embajador extraordinario y plenipotenciario": the title of address is no part of his name', () => {
    const found = people(
      'El gobernador del estado, Francisco Domínguez Servién, recibió al Excmo. Sr. Djérou Robert Ly, embajador extraordinario y plenipotenciario de Costa de Marfil, en Palacio de Gobierno.',
    );
    const ly = found.find((p) => p.name === 'Djérou Robert Ly');
    assert.ok(ly, String(found.map((p) => p.name)));
    assert.match(ly.role ?? '', /^embajador extraordinario/);
  });

  test('"Président de la République Islamique de Mauritanie", "vice-presidente da República Popular da China": a state\'s formal name is nobody', () => {
    const got = names(
      "Le Président de la République Islamique de Mauritanie, Mohamed Ould Cheikh Ghazouani, a reçu lundi l'envoyé spécial du président de Guinée-Bissau.\n\nO presidente Lula recebeu no Itamaraty o vice-presidente da República Popular da China, Wang Qishan.",
    );
    assert.ok(!got.includes('Islamique') && !got.includes('Popular'), String(got));
  });

  test('"M. Dupont, qui a déclaré": a form of address without an office after the comma is left to the other rules', () => {
    const got = names(
      "Le ministre a reçu jeudi l'ambassadeur de France, Paul Martin. M. Jean Dupont, qui était absent, n'a rien dit.",
    );
    assert.ok(!got.includes('Jean Dupont'), String(got));
  });
});
