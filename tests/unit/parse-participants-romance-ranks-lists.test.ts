// French, Spanish, Portuguese and Italian records list who came with a guest by office, then name:
// an embassy's ranks with their ordinal ("la primera secretaria", "la première secrétaire", "a
// primeira-secretária", "la prima segretaria") and its counsellors; a body written in lower case
// before the holder ("il presidente della provincia A B", "il comandante provinciale dei
// carabinieri C D"); the country an envoy is posted to straight before the name ("l'ambasciatore
// del Cile in Italia A B"); a courtesy word that opens the name after a body ("la Présidente du
// Conseil Départemental Madame A B").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;
const roleOf = (lines: string[], name: string): string | null | undefined => {
  const found = people(lines);
  const p = found.find((x) => x.name === name);
  assert.ok(p, `${name} not in ${found.map((x) => x.name).join(', ')}`);
  return p.role;
};

test('a Spanish record naming the first secretary and the attaché who came with the ambassador lists them', () => {
  const lines = [
    'Visita del embajador',
    'La alcaldesa Marta Ruiz recibió el 4 de junio de 2024 al embajador de Corea, Kim Min-su, quien estuvo acompañado por el consejero Lee Jae-ho, la primera secretaria Park Ji-won y el agregado Choi Dong-hyun.',
  ];
  assert.equal(roleOf(lines, 'Park Ji-won'), 'primera secretaria');
  assert.equal(roleOf(lines, 'Choi Dong-hyun'), 'agregado');
});

test('an Italian, a French and a Portuguese record naming the second secretary after his rank list him', () => {
  assert.equal(
    roleOf(
      [
        'Visita in Comune',
        'Il sindaco Carla Neri ha ricevuto il 4 giugno 2024 l’ambasciatore del Perù Jorge Vega, accompagnato dal consigliere Luis Soto e dal secondo segretario Ana Prado.',
      ],
      'Ana Prado',
    ),
    'secondo segretario',
  );
  assert.equal(
    roleOf(
      [
        'Visite à la mairie',
        'Le maire Paul Girard a reçu le 4 juin 2024 l’ambassadeur du Pérou Jorge Vega. Il était accompagné de la deuxième secrétaire Ana Prado.',
      ],
      'Ana Prado',
    ),
    'deuxième secrétaire',
  );
  assert.equal(
    roleOf(
      [
        'Visita à prefeitura',
        'O prefeito Rui Matos recebeu em 4 de junho de 2024 o embaixador do Peru, Jorge Vega, acompanhado da primeira-secretária Ana Prado.',
      ],
      'Ana Prado',
    ),
    'primeira-secretária',
  );
});

test('an Italian prefecture naming the heads of the province and of the carabinieri by their lowercase bodies lists them', () => {
  const lines = [
    'Il prefetto incontra il console',
    'Il prefetto Anna Conti ha ricevuto il 4 giugno 2024 il console generale del Perù Jorge Vega. Erano presenti il presidente della provincia Marco Galli e il comandante provinciale dei carabinieri Luca Ferri.',
  ];
  assert.equal(roleOf(lines, 'Marco Galli'), 'presidente della provincia');
  assert.equal(roleOf(lines, 'Luca Ferri'), 'comandante provinciale dei carabinieri');
});

test('an envoy named after the country he is posted to, with no comma, is listed in the four languages', () => {
  for (const lines of [
    ['Incontro', 'Il prefetto Anna Conti ha ricevuto il 4 giugno 2024 l’ambasciatore del Cile in Italia Pablo Ortega.'],
    ['Reunión', 'El gobernador Juan Sáenz recibió el 4 de junio de 2024 al embajador de Chile en España Pablo Ortega.'],
    ['Rencontre', 'Le préfet Jean Lemoine a reçu le 4 juin 2024 l’ambassadeur du Chili en France Pablo Ortega.'],
    ['Reunião', 'O governador Pedro Costa recebeu em 4 de junho de 2024 o embaixador do Chile no Brasil Pablo Ortega.'],
  ]) {
    const p = people(lines).find((x) => x.name === 'Pablo Ortega');
    assert.ok(p, lines[1]);
    assert.equal(p.country, 'Chile');
  }
});

test('a French town hall naming the department’s president after "Madame" lists her, not the body’s adjective', () => {
  const found = people([
    'Visite de la Présidente',
    'Le maire Paul Girard a reçu le 4 juin 2024 La Présidente du Conseil Départemental Madame Claire Dubois.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Claire Dubois'),
    found.map((p) => p.name).join(', '),
  );
  assert.ok(!found.some((p) => /Départemental/u.test(p.name ?? '')));
});

test('a stop after the ambassador’s country ends his title: the next sentence’s verb is no one', () => {
  const found = people([
    'Incontro',
    'Il prefetto Anna Conti ha ricevuto il 4 giugno 2024 l’ambasciatore del Cile. Erano presenti anche i sindaci della provincia.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Erano'), found.map((p) => p.name).join(', '));
});

test('an Italian minister of a lowercase portfolio followed by the verb does not lend his title to the guest', () => {
  const found = people(['Incontro', 'Il ministro degli esteri incontra Mario Bianchi il 4 giugno 2024 a Roma.']);
  assert.ok(!found.some((p) => /incontra/u.test(p.role ?? '')), JSON.stringify(found));
});

test('a Spanish town hall listing a secretary whose remit lists its fields with commas and "y" names her', () => {
  const found = people([
    'Visita a la Municipalidad',
    'La intendenta Laura Díaz recibió el 4 de junio de 2024 al cónsul de Italia, Marco Bruni. Estuvo acompañada por el concejal Tomás Vera, la secretaria de Cultura, Deportes y Turismo, Elena Ríos, y el secretario de Gobierno, Raúl Sosa.',
  ]);
  const elena = found.find((p) => p.name === 'Elena Ríos');
  assert.ok(elena, found.map((p) => p.name).join(', '));
  assert.ok(!found.some((p) => /^(?:Deportes|Turismo)/u.test(p.name ?? '')), found.map((p) => p.name).join(', '));
});

test('a remit list that is a list of names is not taken for an office: no portfolio word, no holder', () => {
  const found = people([
    'Visita',
    'La intendenta Laura Díaz recibió el 4 de junio de 2024 a la secretaria de Marta Gil, Pedro Sanz y Ana Mora, Julia Paz.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Julia Paz' && /secretaria/iu.test(p.role ?? '')), JSON.stringify(found));
});

test('a French town hall naming two departmental councillors after "Madame" and "Monsieur" lists both', () => {
  const lines = [
    'Visite de la Présidente',
    'Le maire Paul Girard a reçu le 4 juin 2024 la présidente du département. Elle était accompagnée de deux conseillers départementaux Madame Sophie Leroy et de Monsieur Marc Petit.',
  ];
  assert.equal(roleOf(lines, 'Sophie Leroy'), 'conseiller départemental');
  assert.equal(roleOf(lines, 'Marc Petit'), 'conseiller départemental');
});

test('a Spanish university naming its vice-rector by a lowercase remit joined by "y", then a comma, lists him', () => {
  const lines = [
    'Visita del embajador',
    'El rector Juan Mora, el vicerrector de extensión y cultura, Luis Paredes, y la decana Ana Ruiz recibieron el 4 de junio de 2024 al embajador de Chile, Pablo Ortega.',
  ];
  assert.equal(roleOf(lines, 'Luis Paredes'), 'vicerrector de extensión y cultura');
});
