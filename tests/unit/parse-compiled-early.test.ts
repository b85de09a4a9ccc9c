// A pattern compiled early reads every record as it did: only when V8 compiles it changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compiledEarly } from '../../electron/node/library/parse/compiled-early.ts';

const RECORD = 'Foreign Minister Ana Reyes met the Ambassador, Tomas Vidal, on 14 March; the minister’s aide attended.';

test('a desk importing a readout gets the same matches from a pattern compiled early as from a fresh one', () => {
  const source = '(?<![\\p{L}])(?:[Mm]inister|[Aa]mbassador)(?![\\p{L}])';
  const early = compiledEarly(new RegExp(source, 'gu'));
  assert.deepEqual(
    [...RECORD.matchAll(early)].map((m) => [m.index, m[0]]),
    [...RECORD.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]),
  );
});

test('the pattern is handed back as it came: the same object, its lastIndex where the caller left it', () => {
  const sticky = /Minister/y;
  sticky.lastIndex = 8;
  assert.equal(compiledEarly(sticky), sticky);
  assert.equal(sticky.lastIndex, 8);
  assert.equal(sticky.exec(RECORD)?.index, 8);
  const global = /minister/giu;
  global.lastIndex = 30;
  compiledEarly(global);
  assert.equal(global.lastIndex, 30);
});

test('a pattern that answers yes or no keeps answering the same after it is compiled early', () => {
  const meeting = compiledEarly(/\b(?:met|talks|received)\b/iu);
  assert.equal(meeting.test(RECORD), true);
  assert.equal(meeting.test('The minister’s office issued a statement.'), false);
});
