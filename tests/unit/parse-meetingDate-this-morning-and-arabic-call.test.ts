// A mayor "received this morning" the ambassador (Spanish "esta mañana", Valencian "este migdia", Portuguese "nesta
// manhã", French "ce matin"): the meeting is the record's own day. An afternoon is not read ("esta tarde"): a site
// often dates an evening's report the next day. An Arabic call written with its tanween ("اتصالاً هاتفياً")
// is still a call, and "اليوم الاثنين" beside it dates it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

const meeting = (text: string, published = '2023-03-14'): string | null =>
  meetingDateCandidates(text.split('\n\n'), published, 'from the page')[0]?.value ?? null;

describe("this morning's meeting and an Arabic call are dated by the record's own day", () => {
  test('Spanish "recibió esta mañana al embajador": the record\'s day', () => {
    const text =
      'El alcalde de Cádiz recibió esta mañana en el Ayuntamiento al embajador de Chile, con quien conversó sobre turismo.\n\n' +
      'Ambos destacaron la cooperación cultural.';
    assert.equal(meeting(text), '2023-03-14');
  });

  test('Valencian "ha rebut este migdia l\'ambaixador": the record\'s day', () => {
    const text = "L'alcalde de Castelló ha rebut este migdia a l'alcaldia l'ambaixador del Perú.\n\nHan conversat sobre comerç.";
    assert.equal(meeting(text), '2023-03-14');
  });

  test('French "a reçu ce matin l\'ambassadeur": the record\'s day', () => {
    const text = "Le maire de Lyon a reçu ce matin l'ambassadeur du Japon à l'hôtel de ville.\n\nIls ont évoqué le tourisme.";
    assert.equal(meeting(text), '2023-03-14');
  });

  test('Spanish "se reunió esta tarde": an afternoon is not dated from the page\'s day', () => {
    const text = 'La canciller se reunió esta tarde con su par de Uruguay en el Palacio San Martín.\n\nHablaron de comercio.';
    assert.equal(meeting(text), null);
  });

  test('Spanish "mañana se reunirá" (tomorrow) is not "esta mañana"', () => {
    const text = 'El canciller se reunirá mañana con su par de Uruguay en Montevideo.\n\nHablarán de comercio.';
    assert.notEqual(meeting(text), '2023-03-14');
  });

  test('Arabic "أجرى … اليوم الاثنين، اتصالاً هاتفياً": the call is dated Monday, the record\'s day', () => {
    const text = 'أجرى وزير الخارجية، اليوم الاثنين، اتصالاً هاتفياً مع نظيره الأردني.\n\nوبحث الوزيران العلاقات الثنائية.';
    assert.equal(meeting(text, '2020-06-22'), '2020-06-22');
  });
});
