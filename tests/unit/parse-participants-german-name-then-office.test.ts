// German town halls and chambers list their guests name first, the office after a comma and without
// an article ("Anna Beispiel, Generalkonsulin der Republik Musterland, Paul Probe, Generalkonsul …"),
// and caption their photos the same way, entries closed by a semicolon. The desk officer wants each
// consul with their own office, not the next one's; a chair declined after "dem" is a chair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role ?? '—'}`);

test('a list of consuls, each named before the office: every name keeps its own office', () => {
  const found = people([
    'Oberbürgermeisterin empfängt neue Generalkonsuln',
    'Oberbürgermeisterin Dora Muster empfing am Dienstag die neuen Generalkonsuln im Rathaus. Zu den Gästen gehörten Anna Beispiel, Generalkonsulin der Republik Polen, Paul Probe, Generalkonsul der Republik Finnland, und der Generalkonsul der Republik Chile, Carlos Ejemplo Soto.',
  ]);
  assert.ok(found.includes('Anna Beispiel|Generalkonsulin der Republik Polen'), found.join(' / '));
  assert.ok(found.includes('Paul Probe|Generalkonsul der Republik Finnland'), found.join(' / '));
  // Written after the office, the state's formal name is read as the consul's country (parse-participants-country-german-states.test.ts).
  assert.ok(
    found.some((p) => p.startsWith('Carlos Ejemplo Soto|Generalkonsul')),
    found.join(' / '),
  );
});

test('the office closes its sentence or a caption entry; the corps dean and "S.E. Herr Dr." are not names', () => {
  const found = people([
    'Neujahrsempfang für das Konsularische Korps',
    'Oberbürgermeister Otto Test hat das Konsularische Korps im Rathaus empfangen. Angeführt wurde das Korps von Doyen Milan Novak, Generalkonsul der Republik Serbien. Vize-Doyen ist Hans Vorbild, Honorarkonsul des Königreichs Jordanien.',
    'v.l.n.r.: S.E. Herr Dr. Batbold Dorj, Botschafter der Mongolei; I.E. Frau Elena Popescu, Botschafterin von Rumänien',
  ]);
  const names = found.map((p) => p.split('|')[0]);
  assert.ok(names.includes('Milan Novak'), found.join(' / '));
  assert.ok(names.includes('Hans Vorbild'), found.join(' / '));
  assert.ok(names.includes('Batbold Dorj'), found.join(' / '));
  assert.ok(names.includes('Elena Popescu'), found.join(' / '));
});

test('a chamber head named before an office with its short form in brackets, and the district head who received them', () => {
  const found = people([
    'Chinesischer Generalkonsul bei der IHK',
    'Im Mittelpunkt stand ein Austausch zwischen Klaus Muster, Hauptgeschäftsführer der Industrie- und Handelskammer (IHK) Niederrhein, und dem chinesischen Generalkonsul Wei Zhang.',
    'Die Delegation unter Leitung der stellvertretenden Landrätin Ewa Nowak wurde von Landrat Peter Test empfangen.',
  ]);
  const names = found.map((p) => p.split('|')[0]);
  for (const n of ['Klaus Muster', 'Wei Zhang', 'Ewa Nowak', 'Peter Test']) assert.ok(names.includes(n), found.join(' / '));
});

test("a department head after a civil servant's rank, a school head after the comma, and a chief of protocol", () => {
  const found = people([
    'Botschafter zu Gast im Rathaus',
    'Zusammen mit Oberamtsrätin Ursula Probe, Leiterin der Rechts- und Konsularabteilung, wurde Botschafter Otto Test am Dienstag von Bürgermeisterin Eva Muster empfangen. Zur Delegation zählte auch der Leiter des Beruflichen Schulzentrums Neustadt, Alexander Beispiel. Die Protokollchefin Carla Vorbild begrüßte die Gäste.',
  ]);
  assert.ok(found.includes('Ursula Probe|Leiterin der Rechts- und Konsularabteilung'), found.join(' / '));
  assert.ok(found.includes('Alexander Beispiel|Leiter des Beruflichen Schulzentrums Neustadt'), found.join(' / '));
  assert.ok(found.includes('Carla Vorbild|Protokollchefin'), found.join(' / '));
});

test("not fired: an article before the office, or a name straight after it, makes the office the next name's", () => {
  const found = people([
    'Besuch im Rathaus',
    'Bürgermeister Karl Muster empfing am Montag Gäste aus Polen, darunter Anna Beispiel, die Botschafterin der Republik Polen, Ewa Nowak.',
    'Mit dabei waren Jan Kowal, Landrat Peter Test und weitere Gäste aus dem Partnerkreis.',
    'Aus diesem Anlass sind die Leiterinnen und Leiter deutscher Auslandsvertretungen nach Berlin gekommen.',
  ]);
  assert.ok(found.includes('Ewa Nowak|Botschafterin'), found.join(' / '));
  assert.ok(found.includes('Peter Test|Landrat'), found.join(' / '));
  assert.ok(!found.some((p) => p.startsWith('Auslandsvertretungen|')), found.join(' / '));
  assert.ok(
    !found.some((p) => p.startsWith('Anna Beispiel|Botschafterin') || p.startsWith('Jan Kowal|Landrat')),
    found.join(' / '),
  );
});
