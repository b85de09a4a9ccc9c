// German town-twinning and party news name the host by an office the minister titles never held:
// "Oberbürgermeisterin Dr. Anna Beispiel begrüßte die Delegation", "Bürgermeister Karl Muster",
// "CDU-Chef Max Probe", "die deutsche Konsulin Eva Test". Each is a participant like a minister.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a mayor who receives a delegation from the twin town, and the mayor who leads it, are both participants', () => {
  const found = people([
    'Besuch aus der Partnerstadt',
    'Oberbürgermeisterin Dr. Anna Beispiel begrüßte am Freitag eine Delegation aus Neustadt im Rathaus.',
    'Für Bürgermeister Karl Muster war es der erste Besuch in der Partnerstadt.',
  ]);
  const host = found.find((p) => p.name === 'Anna Beispiel');
  assert.ok(host, JSON.stringify(found.map((p) => p.name)));
  assert.equal(host.role, 'Oberbürgermeisterin');
  assert.ok(found.some((p) => p.name === 'Karl Muster' && p.role === 'Bürgermeister'));
});

test("a party's or an agency's head by its initials, and a consul, are read like a minister", () => {
  const found = people([
    'Gespräch im Schloss',
    'Bundespräsident Hans Beispiel hat CDU-Chef Max Probe zu einem Gespräch empfangen.',
    'Bei dem Treffen war auch die deutsche Konsulin Eva Test dabei, ebenso der Honorarkonsul der Mongolei, Dr. Paul Prüfer.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Max Probe'), JSON.stringify(names));
  assert.ok(
    found.some((p) => p.name === 'Eva Test' && p.country === 'Germany'),
    JSON.stringify(found),
  );
  assert.ok(names.includes('Paul Prüfer'), JSON.stringify(names));
});

test('a mayor the visitor stood in for was not there, and Indonesian "Konsul Jenderal" is not a German consul', () => {
  const stoodIn = people([
    'Reise in die Partnerstadt',
    'Bürgermeister Karl Muster traf in der Partnerstadt den Stadtrat. In Vertretung von Oberbürgermeister Otto Abwesend war er eine Woche dort.',
  ]).map((p) => p.name);
  assert.ok(stoodIn.includes('Karl Muster'), JSON.stringify(stoodIn));
  assert.ok(!stoodIn.includes('Otto Abwesend'), JSON.stringify(stoodIn));
  const indonesian = people([
    'Gubernur terima Konsul Jenderal',
    'Gubernur Budi Santoso menerima kunjungan Konsul Jenderal Republik Rakyat Tiongkok di Surabaya, Selasa (12/3).',
  ]).map((p) => p.name);
  assert.ok(!indonesian.some((n) => n?.startsWith('Jenderal')), JSON.stringify(indonesian));
});
