// Spanish and Portuguese records of towns, universities and embassies name people after offices the
// title grammar did not know: "el secretario de Turismo, A B", "la directora ejecutiva de …, A B",
// "el vicecanciller A B", "o reitor da Universidade …, A B", "a vice-reitora de Cultura, A B", "o
// deputado A B", "a chefe da Divisão de …, A B". A later word of the office is read in either case
// ("Secretario General", "Primera Dama"), a name's "De la" is whole ("Juan Carlos De la Vega"),
// and the envoy's style written out ("Excelentísimo Sr.") is no part of the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;
const names = (lines: string[]) => people(lines).map((p) => p.name ?? '');

describe('Spanish offices before the name', () => {
  test('a town’s secretaries and an agency’s executive director', () => {
    const found = names([
      'El alcalde recibe a la directora de la agencia',
      'La alcaldesa, Marta Ruiz Soler, recibió este lunes a la directora ejecutiva de ONU Hábitat, Clara Benítez, en el palacio municipal.',
      'Asistieron también el secretario de Turismo, Pablo Ortega Lima; y el secretario de Seguridad Pública, Andrés Molina Vera.',
    ]);
    for (const n of ['Clara Benítez', 'Pablo Ortega Lima', 'Andrés Molina Vera']) assert.ok(found.includes(n), String(found));
  });

  test('the deputy foreign minister, "Secretario General" and "Primera Dama" capitalised', () => {
    const found = names([
      'Reunión en la Cancillería',
      'El canciller Tomás Herrera recibió al Secretario General de la OEA, Mario Quiroga, acompañado por el vicecanciller Diego Salinas y la Primera Dama, Lucía Fernández.',
    ]);
    for (const n of ['Mario Quiroga', 'Diego Salinas', 'Lucía Fernández']) assert.ok(found.includes(n), String(found));
  });

  test('"De la" inside a name, and "Excelentísimo Sr." before it', () => {
    const found = people([
      'Visita del embajador',
      'El canciller peruano, Juan Carlos De la Vega, recibió al embajador de Chile en Lima, Excelentísimo Sr. Rodrigo Aránguiz Paz, en el Palacio de Torre Tagle.',
    ]);
    const n = found.map((p) => p.name);
    assert.ok(n.includes('Juan Carlos De la Vega'), String(n));
    assert.ok(n.includes('Rodrigo Aránguiz Paz'), String(n));
    assert.ok(!n.some((x) => /Excelent/u.test(x ?? '')), String(n));
  });

  test('a governor of a province named with "del", its country an adjective', () => {
    const found = people([
      'Encuentro en Montevideo',
      'El gobernador de la provincia chilena de Valle del Sol, Ramiro Castro, mantuvo un encuentro con el presidente uruguayo, Tomás Bordaberry.',
    ]);
    const ramiro = found.find((p) => p.name === 'Ramiro Castro');
    assert.ok(ramiro, String(found.map((p) => p.name)));
    assert.equal(ramiro.country, 'Chile');
  });

  test('not an office: "la Secretaría de Turismo" and a lone "secretario" before a verb', () => {
    const found = names([
      'Reunión de trabajo',
      'La alcaldesa, Marta Ruiz Soler, visitó la Secretaría de Turismo, donde el secretario explicó el plan a los Ayuntamientos de la región.',
    ]);
    assert.ok(!found.some((n) => /Turismo|Ayuntamientos/u.test(n)), String(found));
  });
});

describe('Portuguese offices before the name', () => {
  test('a university’s rector, vice-rector, director and division head', () => {
    const found = names([
      'Universidade recebe comitiva',
      'O reitor da Universidade Federal do Norte, Carlos Alberto Mendes, recebeu a vice-reitora de Cultura e Museus, Helena Duarte; o diretor de Relações Internacionais, Paulo Reis; e a chefe da Divisão de Cooperação, Marta Sousa.',
    ]);
    for (const n of ['Carlos Alberto Mendes', 'Helena Duarte', 'Paulo Reis', 'Marta Sousa'])
      assert.ok(found.includes(n), String(found));
  });

  test('a remit listed with commas is no name: "de Relações Internacionais, Responsabilidade Social e Desporto, A B"', () => {
    const found = names([
      'Reunião na reitoria',
      'O reitor Paulo Freitas recebeu a comitiva da Universidade do Porto, com a vice-reitora de Relações Internacionais, Responsabilidade Social e Desporto, Joana Matos, e o vereador Luís Prado.',
    ]);
    assert.ok(found.includes('Joana Matos'), String(found));
    assert.ok(found.includes('Luís Prado'), String(found));
    assert.ok(!found.includes('Responsabilidade Social'), String(found));
  });

  test('"o secretário especial para Assuntos Internacionais, A B": "para" opens the remit', () => {
    const found = people([
      'Presidente recebe o príncipe',
      'O presidente recebeu o príncipe no Palácio. Também participam do encontro o secretário especial para Assuntos Internacionais, Mário Teles, e o deputado da Assembleia Legislativa, Rui Campos.',
    ]);
    const mario = found.find((p) => p.name === 'Mário Teles');
    assert.ok(mario, String(found.map((p) => p.name)));
    assert.match(mario.role ?? '', /para Assuntos Internacionais/u);
    assert.ok(found.some((p) => p.name === 'Rui Campos'));
  });
});
