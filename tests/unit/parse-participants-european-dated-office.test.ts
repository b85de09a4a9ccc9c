// A list of those present, each name with its office after a comma, where an office is dated ("nouvelle
// maire", "ehemaliger Vize-Präsident") or the next person is joined by "et": every name keeps its own
// office, and a sentence's last word ("vor Ort.") is no part of the next name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants.map((p) => `${p.name}|${p.role ?? '—'}`);

test('a dated office after the name, and a person joined by "et" with an office of their own', () => {
  const found = people([
    'Rencontre avec la ville jumelle',
    'Samedi, Claire Dupont, présidente du comité de jumelage et Paul Durand, directeur général des services, ont reçu Anne Martin, nouvelle maire de Neustadt, accompagnée de ses adjoints.',
  ]);
  assert.ok(found.includes('Claire Dupont|présidente du comité de jumelage'), found.join(' / '));
  assert.ok(found.includes('Paul Durand|directeur général des services'), found.join(' / '));
  assert.ok(
    found.some((p) => p.startsWith('Anne Martin|nouvelle maire')),
    found.join(' / '),
  );
});

test('a former office in German, and the word that closed the sentence before a name', () => {
  const found = people([
    'Besuch der Partnerhochschule',
    'Am Montag kam eine Delegation zu Besuch. Es waren Prof. Karl Muster, ehemaliger Vize-Präsident der Hochschule Neustadt, und Frau Anna Probe vor Ort. Li Wei, Präsident der Universität, empfing die Gäste.',
  ]);
  assert.ok(
    found.some((p) => p.startsWith('Karl Muster|ehemaliger Vize-Präsident')),
    found.join(' / '),
  );
  assert.ok(found.includes('Li Wei|Präsident der Universität'), found.join(' / '));
  assert.ok(!found.some((p) => p.startsWith('Ort')), found.join(' / '));
});

test('a word that does not date the office dates nothing: the host is read whole, with his office, as one person', () => {
  const found = people([
    'Empfang im Rathaus',
    'Am Montag empfing Karl Muster, bekannter Präsident der Hochschule, die Gäste aus Polen.',
  ]);
  const host = found.filter((p) => p.startsWith('Karl Muster|'));
  assert.equal(host.length, 1, found.join(' / '));
  assert.match(host[0] ?? '', /Präsident der Hochschule$/u, found.join(' / '));
  assert.ok(!found.some((p) => /ehemalig|Gäste/u.test(p)), found.join(' / '));
});
