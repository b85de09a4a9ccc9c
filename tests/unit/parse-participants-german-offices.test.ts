// German town halls and parliaments name their staff by offices the minister titles never held: "der
// Direktor beim Landtag A B", "den Beigeordneten für Bau und Verkehr, C D", "E F, Referatsleiterin
// Öffentlichkeitsarbeit", "NRW-Landtagsdirektorin G H". Each is a participant like a minister.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test("a parliament's director, a town's deputy and a section head are participants", () => {
  const found = people([
    'Besuch aus der Partnerstadt',
    'Landtagspräsident Karl Muster empfing am Montag die Gäste. An dem Gespräch nahm auch der Direktor beim Landtag Otto von Beispiel teil.',
    'Nach dem Empfang durch den Beigeordneten für Schule und Kultur, Paul Prüfer, trugen sich die Gäste in das Goldene Buch ein.',
    'Oberbürgermeisterin Anna Test, Jana Probe, Referatsleiterin Öffentlichkeitsarbeit und Partnerschaften, und die NRW-Landtagsdirektorin Eva Muster begleiteten die Delegation.',
  ]);
  const names = found.map((p) => p.name);
  for (const n of ['Otto von Beispiel', 'Paul Prüfer', 'Jana Probe', 'Eva Muster'])
    assert.ok(names.includes(n), `${n}: ${JSON.stringify(names)}`);
  // The field of a section is no one's name.
  assert.ok(!names.includes('Öffentlichkeitsarbeit'), JSON.stringify(names));
  // A German town's own offices are Germany's; a bare mayor may be any country's.
  assert.equal(found.find((p) => p.name === 'Paul Prüfer')?.country, 'Germany');
  assert.equal(found.find((p) => p.name === 'Anna Test')?.country, 'Germany');
});

test("a council's head, and a chair named after the body chaired, are participants", () => {
  const found = people([
    'Antrittsbesuch im Römer',
    'Stadtverordnetenvorsteherin Anna Beispiel empfing die Gäste gemeinsam mit dem Vorsitzenden des Kreistages Karl Muster im Rathaus.',
  ]);
  const names = found.map((p) => p.name);
  for (const n of ['Anna Beispiel', 'Karl Muster']) assert.ok(names.includes(n), `${n}: ${JSON.stringify(names)}`);
});

test('an office made of an adjective is given in the nominative, a man\'s after "dem", a woman\'s after "der"', () => {
  const found = people([
    'Besuch aus der Partnerstadt',
    'Bürgermeister Otto Test traf am Montag mit dem Vorsitzenden des Kreistages Karl Muster und mit der Vorsitzenden der Städtepartnerschaft, Anna Beispiel, zusammen.',
  ]);
  assert.equal(found.find((p) => p.name === 'Karl Muster')?.role, 'Vorsitzender des Kreistages');
  assert.equal(found.find((p) => p.name === 'Anna Beispiel')?.role, 'Vorsitzende der Städtepartnerschaft');
});

test("not fired: a club's chair introduced as a speaker, name first", () => {
  const found = people([
    'Empfang im Rathaus',
    'Bürgermeister Otto Test empfing die Gäste im Rathaus. Jan Probe, Vorsitzender des Heimatvereins, unterstrich die Bedeutung der Freundschaft. Begleitet wurden sie von ihrer Vorsitzenden Eva Muster.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(!names.includes('Jan Probe') && !names.includes('Eva Muster'), JSON.stringify(names));
});

test("an engineer's doctorate before the name is a degree, not the name", () => {
  const found = people([
    'Besuch an der Universität',
    'Universitätspräsident Prof. Dr.-Ing. Karl Muster empfing am Montag die Delegation.',
  ]);
  assert.deepEqual(
    found.map((p) => p.name),
    ['Karl Muster'],
  );
});

test('a semiconductor is no office, and a bare mayor keeps no country', () => {
  const found = people([
    'Besuch im Werk',
    'Bürgermeisterin Olga Beispiel aus der Partnerstadt traf am Dienstag die Geschäftsführung. Die Halbleiter Werke Nord zeigten ihre Fertigung.',
  ]);
  assert.deepEqual(
    found.map((p) => [p.name, p.country]),
    [['Olga Beispiel', null]],
  );
});
