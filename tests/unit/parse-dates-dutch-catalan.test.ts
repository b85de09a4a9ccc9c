// Dutch and Catalan releases date a meeting against their own date: "woensdagochtend", "gisteren",
// "vandaag"; Catalan "aquesta tarda", "aquest dimecres" and its own months ("12 de novembre de 2018").
// Dutch announces a programme in the present tense ("bezoekt op woensdag 3 oktober", "neemt woensdag
// in ontvangst") or the future ("zal ontmoeten"): that is not the meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates/forms.ts';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { FUTURE } from '../../electron/node/library/parse/dates/words.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const relative = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.relative}:${m.weekday ?? ''}`);

describe('Dutch and Catalan days and dates', () => {
  test('"vandaag", "gisteren", "afgelopen vrijdag" and "woensdagochtend" are read; "volgende dinsdag" and a weekday before its date are not', () => {
    assert.deepEqual(relative('De minister ontving vandaag zijn ambtgenoot.'), ['today:']);
    assert.deepEqual(relative('De premier sprak gisteren met de president.'), ['yesterday:']);
    assert.deepEqual(relative('De ministers ontmoetten elkaar afgelopen vrijdag.'), ['lastWeekday:5']);
    assert.deepEqual(relative('De koning ontving woensdagochtend drie ambassadeurs.'), ['weekday:3']);
    assert.deepEqual(relative('Ze zien elkaar volgende dinsdag. Op woensdag 3 oktober begint de reis.'), []);
  });

  test('"Door ANP - 15-3-2017 … heeft woensdagochtend de nieuwe ambassadeur ontvangen" was that Wednesday', () => {
    const text = [
      'Nieuwe ambassadeur bij de koning',
      'DEN HAAG - Koning Jan Voorbeeld heeft woensdagochtend de nieuwe ambassadeur van Chili ontvangen op het paleis.',
      'Door ANP - 15-3-2017, 12:39',
      'De ambassadeur overhandigde haar geloofsbrief.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2017-03-15');
  });

  test('a visit announced in the present tense ("bezoekt op woensdag 3 en donderdag 4 oktober") dates no meeting', () => {
    const text = [
      'Minister bezoekt Noorwegen',
      'Gepubliceerd 1 oktober 2018',
      'Minister Piet Voorbeeld bezoekt op woensdag 3 en donderdag 4 oktober Noorwegen op uitnodiging van zijn Noorse collega. De reis begint in Oslo met gesprekken met de regering.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, null);
    assert.equal(FUTURE.test('De premier zal de president volgende week ontmoeten.'), true);
    assert.equal(FUTURE.test('Statsministeren sier at møtet torsdag morgen var godt.'), false);
  });

  test('Catalan: "Publicat el 12 de novembre de 2018" and "s\'ha reunit aquesta tarda" give that day', () => {
    assert.deepEqual(
      findDateMentions('Publicat el 12 de novembre de 2018 a les 19:05').map((m) => [m.year, m.month, m.day]),
      [[2018, 11, 12]],
    );
    assert.deepEqual(relative("El president ha rebut aquest dimecres l'ambaixador."), ['weekday:3']);
    const text = [
      'El president rep el cònsol a Palau',
      "El president de la Generalitat, Joan Exemple, s'ha reunit aquesta tarda a Palau amb el cònsol general de Xile, Pere Model. Hi ha assistit també la consellera d'Acció Exterior.",
      'Publicat el 12 de novembre de 2018 a les 19:05',
    ].join('\n\n');
    const r = parseRecordText(text);
    assert.equal(r.language, 'ca');
    assert.equal(r.meetingDate, '2018-11-12');
  });
});
