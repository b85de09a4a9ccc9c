// German puts the verb at the end of a clause: a meeting still to come is told by "… treffen wird" after
// the names, or by "bevorstehend" just before them. Those named in it are to be met, not met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a German meeting still to come names no one in the room', () => {
  test('"…, wo er mit Bundeskanzlerin Anna Berger zusammentreffen wird": the chancellor is to be met later', () => {
    const got = names(
      'Botschafter Paul Weiss empfing am Montag den Bürgermeister Karl Lindner im Rathaus. Danach reist er nach Berlin, wo er mit Bundeskanzlerin Anna Berger zusammentreffen wird.',
    );
    assert.ok(got.includes('Karl Lindner'), JSON.stringify(got));
    assert.ok(!got.includes('Anna Berger'), JSON.stringify(got));
  });

  test('"über den bevorstehenden Besuch von Präsident Luis Ortega": the visitor still to come is not listed', () => {
    const got = names(
      'Der Gesandte Marco Ruiz sprach am Dienstag mit Ministerpräsident Jan Vogel über den bevorstehenden Besuch von Präsident Luis Ortega.',
    );
    assert.ok(got.includes('Jan Vogel'), JSON.stringify(got));
    assert.ok(!got.includes('Luis Ortega'), JSON.stringify(got));
  });

  test('a clause told in the past keeps its people: "…, wo er mit Ministerin Eva Roth zusammentraf"', () => {
    const got = names('Botschafter Paul Weiss reiste am Montag nach Mainz, wo er mit Ministerin Eva Roth zusammentraf.');
    assert.ok(got.includes('Eva Roth'), JSON.stringify(got));
  });
});
