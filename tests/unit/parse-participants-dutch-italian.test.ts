// Dutch writes a capitalised nationality before the title ("de Nederlandse minister van Buitenlandse
// Zaken", "zijn Chinese collega", "Belgisch premier") and "met" for "with" (no English "met"); Italian and
// Flemish names carry a capitalised particle ("Luigi Di Maio", "Alexander De Croo"); Catalan titles
// ("el president de la Generalitat, Joan Exemple") are read as Spanish ones are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

const people = (text: string): string[] => parseRecordText(text).participants.map((p) => `${p.name} / ${p.role} / ${p.country}`);

describe('Dutch, Italian and Catalan titles and names', () => {
  test('"de Nederlandse minister … Piet Voorbeeld ontmoette gisteren zijn Chinese collega Li Ming" gives both countries', () => {
    const text = [
      'Minister ontmoet Chinese collega',
      'DEN HAAG, 5 maart 2024 - De Nederlandse minister van Buitenlandse Zaken Piet Voorbeeld ontmoette gisteren zijn Chinese collega Li Ming. Belgisch premier Jan Model was ook aanwezig bij het gesprek.',
    ].join('\n\n');
    const found = people(text);
    assert.ok(found.includes('Piet Voorbeeld / minister van Buitenlandse Zaken / Netherlands'), found.join('; '));
    assert.ok(found.includes('Li Ming / collega / China'), found.join('; '));
    assert.ok(found.includes('Jan Model / premier / Belgium'), found.join('; '));
  });

  test('a Flemish profile ("Samen met vicepremier Jan Model is ze bevoegd …") reports no meeting', () => {
    const text = [
      'Wie is de nieuwe minister van Justitie?',
      'Anna Voorbeeld werd in 1978 geboren en studeerde rechten met een master in het Europees recht.',
      'Samen met vicepremier Jan Model is ze bevoegd voor de voorbereiding van de begroting. Met de pers heeft ze het moeilijk.',
    ].join('\n\n');
    assert.deepEqual(people(text), []);
  });

  test('"Il ministro degli Esteri, Luigi Di Maio, ha incontrato …": the particle "Di" is part of the name', () => {
    const text = [
      'Roma, 5 marzo 2021',
      "Il ministro degli Esteri, Lorenzo Di Prova, ha incontrato ieri l'omologo francese, Jean Exemple. Il colloquio è stato cordiale.",
    ].join('\n\n');
    assert.ok(
      people(text).some((p) => p.startsWith('Lorenzo Di Prova / ministro degli Esteri')),
      people(text).join('; '),
    );
  });

  test('a Catalan release is Catalan, with "el president de la Generalitat, Joan Exemple"; a Spanish one stays Spanish', () => {
    const catalan =
      "El president de la Generalitat, Joan Exemple, s'ha reunit aquesta tarda a Palau amb l'ambaixador de Xile. Hi ha assistit també la consellera d'Acció Exterior, que ha explicat els projectes del Govern.";
    assert.equal(detectLanguage(catalan), 'ca');
    assert.ok(
      people(catalan).some((p) => p.startsWith('Joan Exemple / president de la Generalitat')),
      people(catalan).join('; '),
    );
    assert.equal(
      detectLanguage(
        'El presidente de México recibió en Palacio Nacional a su homólogo de Paraguay, con quien habló de los proyectos y las inversiones de los dos países, y le ofreció una cena.',
      ),
      'es',
    );
  });
});
