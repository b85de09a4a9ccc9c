// A parse worker reads a few made-up records in each language when the library opens, so that the
// first import runs on warm code. A warm-up record that no longer reads as a meeting would warm
// only part of the parser: each must still be read with its participants.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { WARM_UP_TEXTS } from '../../electron/node/open/warm-up-texts.ts';

test('every warm-up record, in each of its languages, is read as a meeting of named people', () => {
  const languages = new Set<string>();
  for (const text of WARM_UP_TEXTS) {
    const record = parseRecordText(text, { fileName: 'warm-up.txt' });
    languages.add(record.language);
    const named = record.participants.filter((p) => p.name !== null);
    assert.ok(named.length >= 2, `${text.slice(0, 40)}…: ${named.length} people named`);
  }
  assert.ok(languages.size >= 8, `the warm-up reads ${languages.size} languages`);
});
