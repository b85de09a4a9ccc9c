// French-language readouts from Africa address an envoy as "SEM" (Son Excellence Monsieur): "le
// Premier ministre a reçu en audience SEM Li Exemple, ambassadeur de Chine", "SEM. Karim Modèle,
// ambassadeur d'Algérie". The form of address is no part of the name; the office after the comma says
// who the person is. A firm whose name begins with the letters SEM is nobody.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('"SEM", Son Excellence Monsieur, before a name', () => {
  test('"a reçu en audience SEM Li Exemple, ambassadeur de Chine" gives Li Exemple', () => {
    const got = names(
      'Le Premier ministre, M. Ahmed Ould Modèle, a reçu en audience, jeudi à Nouakchott, SEM Li Exemple, ambassadeur de la République populaire de Chine.',
    );
    assert.ok(got.includes('Li Exemple'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('SEM')), String(got));
  });

  test('"SEM." with its stop, and a second envoy after "et SEM"', () => {
    const got = names(
      'La ministre des Affaires étrangères a reçu mardi SEM. Karim Modèle, ambassadeur d’Algérie, puis SEM Pablo Ejemplo Ruiz, ambassadeur d’Espagne.',
    );
    assert.ok(got.includes('Karim Modèle') && got.includes('Pablo Ejemplo Ruiz'), String(got));
  });

  test('a firm named SEM is nobody', () => {
    const got = names('Le ministre a visité les bureaux de SEM Conseil Afrique, cabinet spécialisé dans les mines, à Dakar.');
    assert.ok(!got.some((n) => n?.includes('Conseil')), String(got));
  });
});
