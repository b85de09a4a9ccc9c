// A page's publication label and date run into the first sentence ("Data publikacji: 15 lutego 2017Wojewoda spotkała
// się 14 lutego br. …"): the label says it is the page's date, so it dates the record, and the sentence after it is
// read without it (the meeting is the 14th, not the 15th). Labels in the languages desks read: Polish, Catalan,
// Italian, Dutch… A label whose date stands inside the sentence is no stamp, and a labelled update stays an update.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a labelled stamp run into the lead', () => {
  test('Polish "Data publikacji: 15 lutego 2017" glued to the lead: published the 15th, met the 14th', () => {
    const text =
      'Spotkanie z ambasadorem\n\nData publikacji: 15 lutego 2017Marszałek województwa spotkał się 14 lutego br. z ambasadorem Litwy w Warszawie.\n\n' +
      'Rozmowa dotyczyła współpracy gospodarczej i kulturalnej.';
    const p = parseRecordText(text);
    assert.equal(p.publishedAt, '2017-02-15');
    assert.equal(p.meetingDate, '2017-02-14');
  });

  test('Italian "Pubblicato il 3 maggio 2021" before the lead', () => {
    const text =
      'Il sindaco incontra il console\n\nPubblicato il 3 maggio 2021 Il sindaco ha ricevuto questa mattina in Comune il console generale di Spagna.\n\n' +
      'Al centro del colloquio la collaborazione culturale.';
    assert.equal(parseRecordText(text).publishedAt, '2021-05-03');
  });

  test("a label whose date stands well inside the sentence is no stamp: the date stays the meeting's", () => {
    const text =
      'El alcalde recibe al cónsul\n\nPublicado por la oficina de prensa: el alcalde recibió el 3 de mayo de 2021 al cónsul de Chile en el ayuntamiento.\n\n' +
      'La reunión trató la cooperación cultural.';
    const p = parseRecordText(text);
    assert.equal(p.publishedAt, null);
    assert.equal(p.meetingDate, '2021-05-03');
  });

  test('Catalan "Actualitzada 08/06/2018 a les 18:52" is an update, read with its clock', () => {
    assert.deepEqual(readByline('Actualitzada 08/06/2018 a les 18:52'), { published: null, updated: '2018-06-08', label: null });
  });
});
