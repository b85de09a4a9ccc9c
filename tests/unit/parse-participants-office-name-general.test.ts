// Any Latin-script record may set an office's holder off by a comma after what the office is of:
// "le préfet de la région Nord, Jeanne Moreau, a reçu …", "la gobernadora de la provincia del
// Sur, Lucía Herrera Soto, recibió …", "the Chair of the Harbour Trust, Peter Miles, met …". The
// comma says where the office ends, so a desk officer gets the holder even where no language's rule
// knows the words of the complement; a plan, or a list of remits, names no one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('an office, what it is of, a comma, then its holder', () => {
  test('a French record naming the prefect after the region he heads lists him', () => {
    const got = names("Le préfet de la région Kalondo, Jean-Marc Tiavina, a reçu lundi l'ambassadeur d'Italie dans son bureau.");
    assert.ok(got.includes('Jean-Marc Tiavina'), String(got));
  });

  test('a Spanish record naming the consul after his post lists him', () => {
    const got = names(
      'El cónsul honorario de Chile en la región, Tomás Ibarra Lagos, se reunió ayer con el alcalde en el ayuntamiento.',
    );
    assert.ok(got.includes('Tomás Ibarra Lagos'), String(got));
  });

  test('a Portuguese record naming the visiting director after the body he heads lists him', () => {
    const got = names(
      'Na manhã desta segunda-feira, a prefeitura recebeu a visita do diretor regional da Fundação Serra Azul, Rui Manuel Dantas, que apresentou os projetos.',
    );
    assert.ok(got.includes('Rui Manuel Dantas'), String(got));
  });

  test('an English record naming the opposition leader after his party lists him', () => {
    const got = names(
      "During the visit the envoy met the Chief Whip of the People's Union in the Assembly, Tomas Hamutenya, and the speaker.",
    );
    assert.ok(got.includes('Tomas Hamutenya'), String(got));
  });

  test('a meeting still to come names no one who was there', () => {
    const got = names(
      'La canciller Ana Ruiz, junto con la secretaria de Economía de la provincia, Marta Gil Ortega, se reunirá con sus contrapartes el viernes.',
    );
    assert.ok(!got.includes('Marta Gil Ortega'), String(got));
  });

  test("a minister's remits listed after the first one are no one's name", () => {
    const got = names(
      'The President met the Minister for Communication, Digital Technology and Innovations, Samuel Nartey Owusu, on Monday.',
    );
    assert.ok(!got.includes('Digital Technology'), String(got));
  });
});
