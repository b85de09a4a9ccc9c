// A person the visitor is still to meet is named, not met. Italian, Catalan, Dutch, the Nordic
// languages, Tagalog, Malay and Hindi write that future with words the English-first list missed;
// the date rules already knew them, and now the participant rules do too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a person still to be met, in the languages whose future FUTURE missed', () => {
  test('Italian: "riceverà anche il ministro X" after a meeting that took place: X is still to come', () => {
    const got = names(
      'Il ministro degli Esteri Marco Bianchi ha incontrato ieri a Roma il suo omologo spagnolo, Pedro Ruiz.\n\nIl titolare della Farnesina riceverà anche il Ministro degli Esteri slovacco, Ivan Kral, per uno scambio di vedute.',
    );
    assert.ok(got.includes('Marco Bianchi') && got.includes('Pedro Ruiz'));
    assert.ok(!got.includes('Ivan Kral'));
  });

  test('Danish "vil han mødes med", Dutch "zal hij … ontmoeten": the programme of a visit, not its meetings', () => {
    const da = names(
      'Udenrigsminister Lars Holm modtog tirsdag sin tyske kollega Anna Berg i København.\n\nOnsdag vil han mødes med statsminister Mette Lund på Marienborg.',
    );
    assert.ok(da.includes('Lars Holm') && da.includes('Anna Berg'));
    assert.ok(!da.includes('Mette Lund'));
    const nl = names(
      'Minister Jan de Vries heeft dinsdag in Den Haag zijn Belgische collega Pieter Claes ontvangen.\n\nVolgende week zal hij in Berlijn bondskanselier Hans Weber ontmoeten.',
    );
    assert.ok(nl.includes('Jan de Vries') && nl.includes('Pieter Claes'));
    assert.ok(!nl.includes('Hans Weber'));
  });

  test('Tagalog "makikipagkita kay X": to be met later, while "nakipagpulong" reports the meeting', () => {
    const got = names(
      'Nakipagpulong si Foreign Affairs Secretary Maria Santos kay Japanese Foreign Minister Kenji Sato sa Tokyo noong Lunes.\n\nSa Biyernes, makikipagkita rin siya kay UN Secretary-General Peter Lang sa New York.',
    );
    assert.ok(got.includes('Maria Santos') && got.includes('Kenji Sato'));
    assert.ok(!got.includes('Peter Lang'));
  });
});
