// Spanish readouts list who else sat at the table after the verb, what was attended and the side
// they came for: "Participaron en la reunión, por parte del Ayuntamiento, A, concejal de …; B, …",
// "Le acompañaron A, directora de …; B, …, y C, subdirectora de …". Each name first, the office
// after its comma, the last item after "y".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('those present for one side, after the meeting and the side are named', () => {
  const found = people([
    'El alcalde recibe a la delegación de Nagoya',
    'La alcaldesa de Vigo, Ana Martínez Soto, recibió este martes a una delegación de la ciudad japonesa de Nagoya.',
    'Participaron en la reunión, por parte del Ayuntamiento, Luis Prado Vega, concejal de Turismo; Marta Gil Ramos, directora de Relaciones Internacionales; y Pablo Sanz, jefe de Protocolo.',
  ]);
  for (const name of ['Luis Prado Vega', 'Marta Gil Ramos', 'Pablo Sanz'])
    assert.ok(
      found.some((p) => p.name === name),
      `${name}: ${JSON.stringify(found)}`,
    );
});

test('the last of a list set off by semicolons is its own item after "y"', () => {
  const found = people([
    'La ministra recibe a la delegación chilena',
    'La ministra de Cultura, Elena Ferrer, recibió a la delegación chilena. Le acompañaron Carmen Ruiz, subdirectora general de Cooperación; Irene Vidal, directora de la Fundación Cervantes, y Sara Molina, subdirectora de Programas.',
  ]);
  const irene = found.find((p) => p.name === 'Irene Vidal');
  assert.ok(irene, JSON.stringify(found));
  assert.ok(!/Sara/u.test(irene.role ?? ''), JSON.stringify(irene));
  assert.ok(
    found.some((p) => p.name === 'Sara Molina'),
    JSON.stringify(found),
  );
});

test('an office that holds "y" and a capital is not split into a person', () => {
  const found = people([
    'Reunión en el Ministerio',
    'Participaron en el encuentro Rosa Luna, secretaria de Industria, Comercio y Turismo; y Jorge Peña, director de Asuntos Exteriores y Cooperación.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Turismo' || p.name === 'Cooperación'), JSON.stringify(found));
  assert.ok(
    found.some((p) => p.name === 'Rosa Luna'),
    JSON.stringify(found),
  );
});
