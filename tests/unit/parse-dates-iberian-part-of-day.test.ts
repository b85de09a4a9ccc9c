// Spanish and Portuguese news date a meeting by the part of a weekday: "recibió en la tarde del jueves",
// "na manhã de segunda-feira". The desk officer counts back from the page's date to that weekday, as
// with "el jueves"; a part of a day before a date ("la tarde del jueves 5 de marzo") is read with it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('the part of a weekday dates a Spanish or Portuguese meeting', () => {
  test('"recibió en la tarde del jueves" on a page of Friday 16 August 2024 was Thursday 15 August', () => {
    const text = [
      'El intendente recibió al embajador',
      'Publicado en agosto 16, 2024.',
      'El intendente recibió en la tarde del jueves al embajador de Corea en el Palacio Municipal, donde dialogaron sobre cooperación.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, '2024-08-15');
  });

  test('"reuniu-se na manhã de segunda-feira" on a page of Wednesday 10 January 2024 was Monday 8 January', () => {
    const text = [
      'Prefeito recebe cônsul',
      'Publicado em 10/01/2024',
      'O prefeito reuniu-se na manhã de segunda-feira com o cônsul do Japão no gabinete da prefeitura.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, '2024-01-08');
  });

  test('with no page date, "la tarde del jueves" leaves the meeting undated', () => {
    const text = [
      'El intendente recibió al embajador',
      'El intendente recibió en la tarde del jueves al embajador de Corea en el Palacio Municipal.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, null);
  });
});
