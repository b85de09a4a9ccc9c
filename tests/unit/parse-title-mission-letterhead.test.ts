// A mission's page names it with its country first and its city ("Papua New Guinea High Commission,
// London"): the letterhead, so the publisher, never the report's headline below it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  '\n\nThe High Commissioner met the Foreign Minister of Malta in Valletta on Tuesday. They discussed the Commonwealth summit.';

describe("a mission's letterhead with its country first", () => {
  test('"<Country> High Commission, <City>" above the headline', () => {
    const r = parseRecordText(
      `Solomon Islands High Commission, Canberra\n\nHigh Commissioner calls on Maltese Foreign Minister${LEAD}`,
    );
    assert.equal(r.title, 'High Commissioner calls on Maltese Foreign Minister');
    assert.equal(r.publisher, 'Solomon Islands High Commission, Canberra');
  });

  test('"<Country> Embassy in <City>" above the headline', () => {
    const r = parseRecordText(`Philippine Embassy in Berlin\n\nAmbassador meets the Mayor of Hamburg${LEAD}`);
    assert.equal(r.title, 'Ambassador meets the Mayor of Hamburg');
  });

  test('a headline that says what the embassy did is no letterhead', () => {
    const r = parseRecordText(`Indonesian Embassy Hosts Trade Forum in Berlin${LEAD}`);
    assert.equal(r.title, 'Indonesian Embassy Hosts Trade Forum in Berlin');
  });
});
