// A saved page lists other stories under a label in its language: at its foot ("You may like",
// "Mais lidas") or inside the article ("Veja também:", "Czytaj także:"). The people in those
// headlines were in no room this record tells of; the article's own text around them is still read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (lines: string[]) => parseRecordText(lines.join('\n')).participants.map((p) => p.name);

describe('other stories under a label are not the record', () => {
  test('"You may like" at the foot: the headlines under it name nobody who met', () => {
    const got = names([
      'Malian Foreign Minister arrives in Accra',
      'The Foreign Minister of Mali, Abdoulaye Diop, arrived in Accra on Monday with a message for the President.',
      'Minister of Foreign Affairs Shirley Ayorkor Botchwey met Abdoulaye Diop on arrival at the airport.',
      'You may like',
      'Cardinal Peter Appiah among contenders as the Vatican meets',
      'Minister Kwame Osei opens new market in Kumasi',
    ]);
    assert.ok(got.includes('Abdoulaye Diop'), String(got));
    assert.ok(!got.some((n) => n?.includes('Peter Appiah') || n?.includes('Kwame Osei')), String(got));
  });

  test('"Veja também:" inside the article: the links are skipped, the article after them is read', () => {
    const got = names([
      'Ministro recebe embaixador da Argentina em Brasília',
      'O ministro das Relações Exteriores, Mauro Vieira, recebeu nesta terça-feira o embaixador da Argentina, Daniel Scioli, no Palácio Itamaraty.',
      'Veja também:',
      'Presidente Lula viaja ao Chile para encontro com Gabriel Boric',
      'Senador Paulo Rocha critica proposta de reforma',
      'Durante a audiência, o ministro Mauro Vieira e o embaixador Daniel Scioli trataram do comércio bilateral e da integração regional.',
    ]);
    assert.ok(got.includes('Mauro Vieira') && got.includes('Daniel Scioli'), String(got));
    assert.ok(!got.some((n) => n?.includes('Paulo Rocha') || n?.includes('Boric')), String(got));
  });

  test('a sentence that ends with "veja também" is the article, not a label', () => {
    const got = names([
      'Ministro recebe embaixador da Argentina em Brasília',
      'O ministro das Relações Exteriores, Mauro Vieira, recebeu nesta terça-feira o embaixador da Argentina, Daniel Scioli. Sobre o encontro, veja também',
      'O senador Paulo Rocha participou da reunião com o ministro Mauro Vieira e o embaixador.',
    ]);
    assert.ok(got.includes('Mauro Vieira'), String(got));
  });
});
