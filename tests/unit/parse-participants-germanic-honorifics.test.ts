// German, Dutch and Icelandic records name people after a form of address in its declined form ("Herrn" after
// "von", "für"), in what capacity they came ("als Leiter des Bauamts"), where they came from ("vom Amt für …"),
// as a plural office with each one's town in brackets ("de burgemeesters A (Herne), B (Bever) en C"), and in
// Icelandic after a title ("kanadíski sendiherrann A", "B, sendiherra Eistlands").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;
const names = (lines: string[]) => people(lines).map((p) => p.name);
const roleOf = (lines: string[], name: string) => people(lines).find((p) => p.name === name)?.role;

test('a German record calling a host "Herrn" lists him by his name, never the form of address', () => {
  const record = [
    'Besuch im Landratsamt',
    'Auf Einladung des Landrates des Kreises Lahn, Herrn Peter Vogel, besuchte am 3. Mai 2024 eine Delegation das Landratsamt.',
  ];
  assert.deepEqual(names(record), ['Peter Vogel']);
  assert.equal(roleOf(record, 'Peter Vogel'), 'Landrat des Kreises Lahn');
});

test('a German record naming those who came along "als" an office or "vom" an office lists each of them', () => {
  const record = [
    'Besuch im Rathaus',
    'Am 3. Mai 2024 besuchte eine Delegation aus Lahn das Rathaus. Die Bürgermeisterin Anna Krause wurde begleitet vom Büroleiter Herrn Dr. Klaus Berger, Herrn Jan Otto als Leiter des Bauamts, Kultur und Sport sowie Frau Maria Hahn vom Amt für Wirtschaft.',
  ];
  const found = names(record);
  for (const n of ['Anna Krause', 'Klaus Berger', 'Jan Otto', 'Maria Hahn']) assert.ok(found.includes(n), `${n} in ${found}`);
  assert.ok(!found.some((n) => /Herrn|Dr\./u.test(n ?? '')), `${found}`);
  assert.equal(roleOf(record, 'Jan Otto'), 'Leiter des Bauamts');
  assert.equal(roleOf(record, 'Klaus Berger'), 'Büroleiter');
});

test('a German record listing a delegation lists its second member after "und" too', () => {
  const found = names([
    'Treffen',
    'Außenminister Hans Müller empfing am 3. Mai 2024 in Berlin den japanischen Botschafter Taro Yamada. Zur Delegation gehörten Gesandter Ichiro Suzuki und Erste Sekretärin Hanako Sato.',
  ]);
  for (const n of ['Hans Müller', 'Taro Yamada', 'Ichiro Suzuki', 'Hanako Sato'])
    assert.ok(found.includes(n), `${n} in ${found}`);
});

test('a Dutch record naming mayors with their towns in brackets lists every mayor', () => {
  const record = [
    'Burgemeesters op bezoek',
    'Op 3 mei 2024 ontving de gouverneur in Leuven de burgemeesters Jan Peeters (Herent), Els Maes (Bertem) en Tom Claes(Kortenberg).',
  ];
  assert.deepEqual(names(record), ['Jan Peeters', 'Els Maes', 'Tom Claes']);
  assert.equal(roleOf(record, 'Els Maes'), 'burgemeester');
});

test('an Icelandic record of ambassadors received lists each ambassador, not the country after the title', () => {
  const found = names([
    'Sendiherrar í heimsókn',
    'Bæjarstjóri hefur tekið á móti tveimur sendiherrum 3. maí 2024.',
    'Fyrst kom í heimsókn norski sendiherrann Kari Nordmann og síðan Jens Hansen, sendiherra Finnlands.',
  ]);
  assert.ok(found.includes('Kari Nordmann'), `${found}`);
  assert.ok(!found.includes('Finnlands'), `${found}`);
});
