// Spanish writes a university's rector, a city's councillors and a region's presidential delegate
// like a minister: the office, the body it is of, then the name set off by commas. The body's name
// may run over "de" and carry its short form in brackets: "el rector de la Universidad de Burgos
// (UBU), A B, …", "el Rector Magnífico de la Universidad de Vigo, A B".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a rector named after the university and its short form in brackets', () => {
  const found = people([
    'La Universidad de Burgos recibe al embajador de Japón',
    'El rector de la Universidad de Burgos (UBU), Manuel Pérez Mateos, recibió este lunes al embajador de Japón en España, Hiroshi Tanaka, en el rectorado.',
  ]);
  const rector = found.find((p) => p.name === 'Manuel Pérez Mateos');
  assert.ok(rector, JSON.stringify(found));
  assert.match(rector.role ?? '', /rector de la Universidad de Burgos/u);
});

test('a Rector Magnífico, a councillor and a presidential delegate are read like a minister', () => {
  const found = people([
    'Reunión con la delegación de Galicia',
    'El delegado presidencial regional, Tomás Soto, se reunió en Talca con el Rector Magnífico de la Universidad de Vigo, Rafael Díaz Gómez, y la concejala de Cultura, Clara Benítez.',
  ]);
  for (const name of ['Tomás Soto', 'Rafael Díaz Gómez', 'Clara Benítez'])
    assert.ok(
      found.some((p) => p.name === name),
      `${name}: ${JSON.stringify(found)}`,
    );
});

test('a body of capitalised words after the office is no name when no comma sets a name off', () => {
  const found = people([
    'Reunión en la Universidad de Vigo',
    'El rector de la Universidad de Vigo Antonio recibió a la Fundación Consejo España China, que visitó el campus.',
  ]);
  assert.ok(!found.some((p) => /Fundación|Consejo|Universidad/u.test(p.name ?? '')), JSON.stringify(found));
});
