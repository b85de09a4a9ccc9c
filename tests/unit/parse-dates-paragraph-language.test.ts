// A long paragraph's dates are read in its language's month names; a Spanish paragraph whose short
// words lean French ("a", "de", "en", "se") still has its "26 de agosto de 2016" read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('a Spanish dateline in a long paragraph dates the visit when its words lean French', () => {
  const r = parseRecordText(
    [
      'Recibe la presidenta a su homólogo de Uruguay',
      'Lima, a 14 de marzo de 2019.- La presidenta de Perú, Ana Torres, recibió en Palacio de Gobierno a su homólogo de Uruguay, Luis Prado, quien realiza una gira a nuestro país desde Montevideo a invitación de Lima.',
      'Durante el encuentro, ambos mandatarios revisaron la agenda bilateral.',
    ].join('\n\n'),
  );
  assert.equal(r.meetingDate, '2019-03-14');
});
