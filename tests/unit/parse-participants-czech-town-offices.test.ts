// Czech town news name a town's officers by office before the name, in the nominative: "starosta
// města Tomáš Veselý", "starosta Třebíče Pavel Malý" (the town in the genitive), "zástupce primátora
// Marek Kováč", "náměstek hejtmana Jiří Černý" (a deputy named by whose deputy), and two deputies under
// one plural office: "místostarostové Jan Dvořák a Petr Svoboda". The desk officer files each officer
// with the office; the town's genitive is part of the office, never the name's first word.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]): [string, string | null][] =>
  parseRecordText(paragraphs.join('\n\n')).participants.map((p) => [p.name ?? '', p.role]);

describe('Czech town offices before names', () => {
  test('"starosta Třebíče Pavel Malý, místostarostové Jan Dvořák a Petr Svoboda" gives three officers', () => {
    const found = people([
      'Delegace z partnerského města',
      'Delegaci vedl primátor Peter Novák a zástupce primátora Marek Kováč. Na radnici se s hosty v pátek setkali starosta Třebíče Pavel Malý, místostarostové Jan Dvořák a Petr Svoboda.',
    ]);
    assert.deepEqual(
      found.filter(([name]) => ['Pavel Malý', 'Jan Dvořák', 'Petr Svoboda', 'Marek Kováč'].includes(name)),
      [
        ['Marek Kováč', 'zástupce primátora'],
        ['Pavel Malý', 'starosta Třebíče'],
        ['Jan Dvořák', 'místostarosta'],
        ['Petr Svoboda', 'místostarosta'],
      ],
    );
    assert.ok(!found.some(([name]) => name.startsWith('Třebíče')));
  });

  test('"náměstek hejtmana Jiří Černý a starosta města Tomáš Veselý" keep the office and the name apart', () => {
    const found = people([
      'Prezident na kraji',
      'Prezidenta přivítali a setkali se s ním statutární náměstek hejtmana Jiří Černý a starosta města Tomáš Veselý.',
    ]);
    assert.ok(found.some(([name, role]) => name === 'Jiří Černý' && role?.includes('náměstek hejtmana')));
    assert.ok(found.some(([name]) => name === 'Tomáš Veselý'));
  });

  test('a female mayor with two names stays whole: "starostka Jana Nováková se setkala"', () => {
    const found = people(['Návštěva velvyslance', 'Starostka Jana Nováková se v úterý setkala s velvyslancem Rakouska.']);
    assert.ok(found.some(([name]) => name === 'Jana Nováková'));
  });

  test('a plural office with one name after it lists no one under it: "místostarostové Jan Dvořák" alone', () => {
    const found = people([
      'Setkání na radnici',
      'Starosta se v pondělí setkal s velvyslancem Rakouska. Jednání připravili místostarostové Jan Dvořák.',
    ]);
    assert.ok(!found.some(([, role]) => role === 'místostarosta'));
  });
});

describe('Dutch plural provincial offices', () => {
  test('"ontvangen door gedeputeerden Anna de Vries en Jan Bakker" gives both', () => {
    const found = people([
      'Bezoek aan de provincie',
      'De minister bezocht dinsdag het provinciehuis in Arnhem. Hij werd ontvangen door gedeputeerden Anna de Vries en Jan Bakker.',
    ]);
    assert.deepEqual(
      found.filter(([, role]) => role === 'gedeputeerde'),
      [
        ['Anna de Vries', 'gedeputeerde'],
        ['Jan Bakker', 'gedeputeerde'],
      ],
    );
  });

  test('"de gedeputeerden van Gelderland" names no one', () => {
    const found = people([
      'Bezoek aan de provincie',
      'De minister bezocht dinsdag het provinciehuis in Arnhem en sprak met de gedeputeerden van Gelderland over de samenwerking.',
    ]);
    assert.ok(!found.some(([, role]) => role === 'gedeputeerde'));
  });
});
