// A desk officer saves news pages on other things: air traffic, a criminal law ("unter Strafe
// stellen", "strafrechtlich"), mobile telephony ("telefonia celular", "Mobiltelefone"). German "traf"
// (met) and "telefon-" (a call) are read as whole words, never inside "traffic", "Strafe" or
// "telefonia": such a page reports no meeting and lists no one, while "traf sich mit" still does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test('a page on air traffic reports no meeting', () => {
  assert.deepEqual(
    names(
      [
        'Tourism in Tuscany waits for the borders to open',
        'Hotel owner Marco Bellini said his clients are mostly foreign, making open borders and a return of air traffic key to the season.',
        'Minister Laura Conti said the government would decide on the date next week.',
      ].join('\n\n'),
    ),
    [],
  );
});

test('a German page on making a slogan punishable ("unter Strafe stellen") reports no meeting', () => {
  assert.deepEqual(
    names(
      [
        'Nach Kundgebung in Hamburg: Ruf nach Verbot',
        'Nach der Kundgebung in Hamburg wollen Politikerinnen und Politiker den Ruf nach einem Gottesstaat unter Strafe stellen.',
        'Innenministerin Petra Vogel sagte, man prüfe, ob die Redner strafrechtlich verfolgt werden können.',
      ].join('\n\n'),
    ),
    [],
  );
});

test('a Portuguese page on mobile telephony ("telefonia celular") reports no meeting', () => {
  assert.deepEqual(
    names(
      [
        'Agronegócio quer salvar relação com a China',
        'O deputado Carlos Mendes publicou declarações sobre a rede 5G de telefonia celular, e o setor agrícola teme retaliação.',
        'A ministra Ana Prado não comentou as declarações.',
      ].join('\n\n'),
    ),
    [],
  );
});

test('German "traf sich mit" is still a meeting', () => {
  const found = names(
    [
      'Außenministerin trifft Amtskollegen',
      'Außenministerin Petra Vogel traf am Montag in Berlin den polnischen Außenminister Jan Nowak zu Gesprächen über die Ukraine.',
    ].join('\n\n'),
  );
  assert.ok(found.includes('Petra Vogel'));
  assert.ok(found.includes('Jan Nowak'));
});
