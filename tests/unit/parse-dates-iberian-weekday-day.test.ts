// Spanish and Portuguese news date a meeting by its weekday and the bare day of the month: "el último
// martes 10", "nesta terça-feira, 12", "nesta quinta-feira (18)". The desk officer takes the month and year
// from the page's date, and only where that day of that month is that weekday: a weekday that does not
// fit leaves the meeting undated rather than a wrong day. A full date ("martes 26, noviembre 2024",
// "martes 10 de marzo") is read whole, and a clock ("martes 10:30", "10 horas") is no day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates/forms.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const days = (text: string): string[] =>
  findDateMentions(text)
    .filter((m) => m.dayOfWeek !== undefined)
    .map((m) => `${m.phrase}:${m.dayOfWeek}`);

describe('a Spanish or Portuguese weekday with a bare day dates the meeting in the page’s month', () => {
  test('"date 2025-06-05 … se reunió … el último martes 3" was held on Tuesday 3 June 2025', () => {
    const text = [
      ' date 2025-06-05 La canciller sostuvo una reunión con el ministro de Comercio de Chile en Lima el último martes 3.',
      'Ambos conversaron sobre la agenda bilateral y la integración regional.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, '2025-06-03');
  });

  test('"date 2019-08 … recebeu … nesta terça-feira, 6" takes August 2019 from the month line: Tuesday 6 August 2019', () => {
    const text = [
      ' date 2019-08 Governador recebe prefeitos no palácio',
      '',
      'O governador recebeu cinco prefeitos em audiência no Palácio do Governo nesta terça-feira, 6, para tratar de convênios.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, '2019-08-06');
  });

  test('a weekday that does not fit the day in the page’s month or the one before leaves the meeting undated', () => {
    const text = [
      ' date 2025-06-05 La canciller sostuvo una reunión con el ministro de Comercio de Chile en Lima el último viernes 3.',
      'Ambos conversaron sobre la agenda bilateral.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, null);
  });

  test('the weekday and day are read; a full date, a clock and an hour are not a bare day', () => {
    assert.deepEqual(days('el último martes 10. Nesta sexta-feira, 14, o governador.'), ['martes 10:2', 'sexta-feira, 14:5']);
    assert.deepEqual(days('nesta quinta-feira (18) em Brasília'), ['quinta-feira (18):4']);
    assert.deepEqual(days('el martes 10 de marzo; martes 26, noviembre 2024; el martes 10:30; el jueves 10 horas'), []);
  });
});
