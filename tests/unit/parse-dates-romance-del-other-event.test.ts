// An Italian or Spanish report ties its meeting to a weekday and a day, then mentions another event "of" a
// date ("il referendum del 4 dicembre", "las elecciones del 4 de diciembre"): like English "the vote of 4
// December", that day is the other event's, not the meeting's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('"ha ricevuto venerdì 16 dicembre … dopo il referendum del 4 dicembre": the meeting is the 16th', () => {
  const text = [
    'Il ministro riceve l’ambasciatore in congedo',
    'date 2016-12',
    'Il ministro degli Esteri ha ricevuto venerdì 16 dicembre l’ambasciatore Mario Rossi. Nel corso del colloquio i due hanno discusso degli sviluppi dopo il referendum del 4 dicembre.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2016-12-16');
});

test('"del 4 al 6 de diciembre": a span read whole with its "del" is still the visit’s', () => {
  const text = [
    'Visita oficial del canciller',
    'Publicado: 10 de diciembre de 2019',
    'El canciller se reunió con su homólogo durante la visita oficial del 4 al 6 de diciembre de 2019 en Lima.',
  ].join('\n');
  assert.equal(parseRecordText(text).meetingDate, '2019-12-04');
});
