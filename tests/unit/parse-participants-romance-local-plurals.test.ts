// A desk officer imports a provincial or town story where a governor, a minister or a mayor meets several local
// heads under one plural office: "los gobernadores Ana Ruiz (Salta), Pedro Gómez (Chaco) y Luis Vera (Tucumán)",
// "los intendentes de Morteros, Pablo Prado, de Seeber, Egidio Ferro", "os prefeitos Ana Lima e Rui Costa",
// "les maires Claude Martin et Hans Weber", "i governatori Marco Neri e Lucia Riva". Each head is filed with the office
// in the singular; the province or town in brackets, or before the name, is no part of the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]): [string, string | null][] =>
  parseRecordText(paragraphs.join('\n\n')).participants.map((p) => [p.name ?? '', p.role]);

describe('Romance plural local offices before a list of names', () => {
  test('a Spanish record listing the governors with their provinces in brackets lists each governor', () => {
    const found = people([
      'El presidente recibió a los gobernadores',
      'El presidente Alberto Sosa recibió ayer en la Casa de Gobierno a los gobernadores Ana Ruiz (Salta), Pedro Gómez, (Chaco) y Luis Vera (Tucumán), con quienes analizó la obra pública.',
    ]);
    assert.deepEqual(
      found.filter(([n]) => ['Ana Ruiz', 'Pedro Gómez', 'Luis Vera'].includes(n)),
      [
        ['Ana Ruiz', 'gobernador'],
        ['Pedro Gómez', 'gobernador'],
        ['Luis Vera', 'gobernador'],
      ],
    );
  });

  test('a Spanish record naming each mayor after his town ("de Morteros, Pablo Prado, de Seeber, …") lists them', () => {
    const found = people([
      'Reunión con intendentes',
      'El gobernador Juan Ortiz se reunió con los intendentes de Morteros, Pablo Prado, de Seeber, Egidio Ferro, y de La Paquita, Liliana Garza, en el Centro Cívico.',
    ]);
    assert.deepEqual(
      found.filter(([n]) => ['Pablo Prado', 'Egidio Ferro', 'Liliana Garza'].includes(n)),
      [
        ['Pablo Prado', 'intendente'],
        ['Egidio Ferro', 'intendente'],
        ['Liliana Garza', 'intendente'],
      ],
    );
  });

  test('Portuguese, French and Italian mayors and governors named under one plural are each listed', () => {
    assert.deepEqual(
      people(['Visita dos prefeitos', 'O governador recebeu nesta terça os prefeitos Ana Lima e Rui Costa no Palácio.']).filter(
        ([n]) => n !== 'O',
      ),
      [
        ['Ana Lima', 'prefeito'],
        ['Rui Costa', 'prefeito'],
      ],
    );
    assert.deepEqual(
      people([
        'Rencontre à la mairie',
        'Le préfet a reçu jeudi à la mairie les maires Claude Martin et Hans Weber pour évoquer le jumelage.',
      ]),
      [
        ['Claude Martin', 'maire'],
        ['Hans Weber', 'maire'],
      ],
    );
    assert.deepEqual(people(['Incontro', 'Il ministro ha incontrato i governatori Marco Neri e Lucia Riva a Roma.']), [
      ['Marco Neri', 'governatore'],
      ['Lucia Riva', 'governatore'],
    ]);
  });
});
