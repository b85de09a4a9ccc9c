// Spanish America writes academic and professional titles before a name: "Lic.", "Ing.", "Abg.",
// "C.P.", "MSc.", "Mtro.". They are not part of the name, whether the office comes before it ("el
// Alcalde de Tlaxcala, Mtro. Jorge Ruiz") or after it, set off by commas ("el Prof. MSc. Ana Gómez,
// decana."). A name that is also a country's name in Spanish ("Mauricio") is still a name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('titles before a name are not read as the name', () => {
  const found = people([
    'El alcalde recibe a embajadores europeos',
    'El Alcalde de Tlaxcala, Mtro. Jorge Ruiz Salinas recibió este jueves a la delegación de embajadores de la Unión Europea.',
    'La reunión tuvo lugar en la Facultad de Ingeniería, donde les recibió el Prof. MSc. Ana Gómez Ríos, decana.',
    'Después visitaron la alcaldía y se reunieron con el C.P. Pedro Núñez, intendente de Luque y al Abg. Luis Vera, presidente de la Junta Municipal.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Jorge Ruiz Salinas'), String(names));
  assert.ok(names.includes('Ana Gómez Ríos'), String(names));
  assert.ok(names.includes('Pedro Núñez'), String(names));
  assert.ok(!names.some((n) => /^(?:Mtro|Prof|MSc|C\.P|Abg)/u.test(n ?? '')), String(names));
});

test('"Mauricio" before a surname is a given name, not Mauritius', () => {
  const found = people([
    'Visita de cortesía al alcalde',
    'El alcalde, Mauricio Vila Dosal, recibió esta mañana la visita de cortesía de la cónsul de Estados Unidos, Ana Ruiz.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Mauricio Vila Dosal'),
    JSON.stringify(found),
  );
});

test('a title with no name after it reads no one', () => {
  const found = people([
    'Reunión en la facultad',
    'El rector se reunió con el Ing. de la facultad para revisar el convenio con la alcaldía.',
  ]);
  assert.ok(!found.some((p) => /Ing/u.test(p.name ?? '')), JSON.stringify(found));
});

test('an officer or consul with a remit, set off by a comma, in a sentence about an encounter', () => {
  const found = people([
    'El alcalde recibe al cónsul',
    'El alcalde mantuvo un encuentro con el nuevo cónsul de la República Federal de Alemania en la ciudad, Klaus Weber, en el salón de plenos.',
    'También recibió la visita de la oficial de la Sección Política de la Embajada de Francia en México, Marie Dubois.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Klaus Weber'), String(names));
  assert.ok(names.includes('Marie Dubois'), String(names));
});

test('an office with a remit and a comma outside any encounter names no one', () => {
  const found = people([
    'Agenda cultural de la semana',
    'El festival contará con la presencia del director de la Orquesta Nacional de España, David Afkham, según el programa publicado por la organización.',
  ]);
  assert.ok(!found.some((p) => p.name === 'David Afkham'), JSON.stringify(found));
});

test('the first lady at an audience is named after her title', () => {
  const found = people([
    'El presidente recibe al rey',
    'El presidente Luis Torres recibió ayer en el Palacio Nacional al rey de los Países Bajos. El mandatario estuvo acompañado de la primera dama, Carmen Ortiz, durante la audiencia.',
  ]);
  const lady = found.find((p) => p.name === 'Carmen Ortiz');
  assert.ok(lady, JSON.stringify(found));
  assert.equal(lady.role, 'primera dama');
});
