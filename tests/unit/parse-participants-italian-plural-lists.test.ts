// An Italian town or a consular corps lists those who sat in under one plural office, as Spanish and
// Portuguese do: "gli assessori A B e C D", "i consoli A B della Polonia, C D di Malta e E F console
// generale della Francia". Each holder is a participant with the office in the singular; a country
// written after the name ("della Polonia", as English writes "of Poland") is the holder's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

describe('an Italian plural office, then its holders', () => {
  test('a mayor receives the consular corps: "i consoli A B della Polonia, C D di Malta e E F console generale della Francia"', () => {
    const found = people([
      'Il Corpo Consolare ricevuto in Municipio',
      'Il sindaco di Trapani Giulio Ferro ha ricevuto in Municipio il Corpo Consolare. Sono intervenuti i consoli Anna Maria Riva della Polonia, Luca Neri di Malta, Giorgio Della Costa della Costa Rica, Ugo Neri della Nuova Zelanda e Pia Sala console generale della Francia.',
    ]);
    const expected: [string, string, string][] = [
      ['Anna Maria Riva', 'console', 'Poland'],
      ['Luca Neri', 'console', 'Malta'],
      ['Giorgio Della Costa', 'console', 'Costa Rica'],
      ['Ugo Neri', 'console', 'New Zealand'],
      ['Pia Sala', 'console generale', 'France'],
    ];
    for (const [name, role, country] of expected) {
      const p = found.find((x) => x.name === name);
      assert.ok(p, `${name}: ${found.map((x) => x.name)}`);
      assert.equal(p.role, role);
      assert.equal(p.country, country);
    }
  });

  test('a town council: "gli assessori A B e C D" and "i consiglieri A B, C D e E F"', () => {
    const found = people([
      'Delegazione cinese in visita a Lecce',
      'Il sindaco Marco Bruni ha incontrato la delegazione della città di Suzhou. Erano presenti gli assessori Lucia Greco e Paolo Russo, e i consiglieri Sara Conte, Dario Villa e Nadia Ferri.',
    ]);
    for (const [name, role] of [
      ['Lucia Greco', 'assessore'],
      ['Paolo Russo', 'assessore'],
      ['Sara Conte', 'consigliere'],
      ['Dario Villa', 'consigliere'],
      ['Nadia Ferri', 'consigliere'],
    ]) {
      const p = found.find((x) => x.name === name);
      assert.ok(p, `${name}: ${found.map((x) => x.name)}`);
      assert.equal(p.role, role);
    }
  });

  test('a Czech consul: "della Repubblica Ceca" is the Czech Republic, not part of his name', () => {
    const found = people([
      'Consoli a Palazzo',
      'Il prefetto ha accolto i consoli Marta Bassi della Spagna e Alfredo Conti della Repubblica Ceca. Il prefetto ha poi illustrato il programma.',
    ]);
    const p = found.find((x) => x.name === 'Alfredo Conti');
    assert.ok(p, String(found.map((x) => x.name)));
    assert.equal(p.country, 'Czech Republic');
  });
});
