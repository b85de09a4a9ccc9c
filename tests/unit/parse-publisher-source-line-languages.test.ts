// Pages close with a source line in their own language: "Zdroj: TASR", "Kaynak: ANKA", "Quelle: dpa",
// "Fonte Oficial: Isto É.". The desk officer reads the outlet it names as the publisher, as for "Source:".
// A link or a phrase after the word ("Джерело: http://…", "Fonte: Com informações do G1") names no outlet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (sourceLine: string): string =>
  [
    'Ministri sa stretli v Bratislave',
    '',
    'Ministri zahraničných vecí sa v pondelok stretli v Bratislave a rokovali o spolupráci v regióne.',
    '',
    'Rozhovory trvali dve hodiny.',
    '',
    sourceLine,
  ].join('\n');

describe('a source line in the page’s language', () => {
  test('"Zdroj: TASR" names the publisher', () => {
    assert.equal(parseRecordText(record('Zdroj: TASR')).publisher, 'TASR');
  });

  test('"Kaynak: ANKA" and "Fonte Oficial: Isto É." name the publisher', () => {
    assert.equal(parseRecordText(record('Kaynak: ANKA')).publisher, 'ANKA');
    assert.equal(parseRecordText(record('Fonte Oficial: Isto É.')).publisher, 'Isto É');
  });

  test('a link or a phrase after the word names no outlet', () => {
    assert.equal(parseRecordText(record('Джерело: http://example.gov.ua')).publisher, null);
    assert.equal(parseRecordText(record('Fonte: Com informações do jornal local')).publisher, null);
  });
});
