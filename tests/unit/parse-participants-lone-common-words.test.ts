// A rule that reads a name after an office or at a sentence's start can come away with one common
// word: a pronoun ("Er", "Ele"), a courtesy read alone ("Rt Hon", "Mag."), a word of a body's name
// ("Association of Southeast Asian Nations", "Gabinete"). The desk officer never sees one listed as a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { isLoneCommonWord } from '../../electron/node/library/parse/participants/names.ts';

test('a pronoun, a courtesy and a word of a body are not names; a one-word name is', () => {
  for (const word of ['Er', 'Ele', 'Elle', 'Rt', 'Mag', 'Association', 'Gabinete', 'Ministre'])
    assert.ok(isLoneCommonWord(word), word);
  for (const name of ['Mufidah', 'Suharto', 'Tô Lâm', 'Er Lim']) assert.ok(!isLoneCommonWord(name), name);
});

test("'Bundespräsident … empfing … Er betonte': the guest and the host, not 'Er'", () => {
  const got = parseRecordText(
    [
      'Bundespräsident empfängt Präsidenten von Montenegro',
      'Bundespräsident Frank Weber empfing am Dienstag den Präsidenten von Montenegro, Milo Jovanović, im Schloss Bellevue.',
      'Er betonte die engen Beziehungen beider Länder.',
    ].join('\n'),
  ).participants.map((p) => p.name);
  assert.ok(!got.includes('Er'), JSON.stringify(got));
});
