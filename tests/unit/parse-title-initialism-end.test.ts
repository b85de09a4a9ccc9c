// A headline may end on an initialism ("… Hawaii and D.C.", "… Talks with the U.S."): its last full
// stop belongs to the initialism, so the line is still a headline. A long sentence ending so is a lead.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline ending on an initialism', () => {
  test('the headline keeps its place and its initialism', () => {
    const text = [
      'News',
      '',
      'Ohio Mayors Sign Partnership with Officials of Washington, D.C.',
      '',
      'Mayors from Ohio met officials of the District of Columbia on 5 May 2015 and signed a partnership on transport. They will meet again next year.',
    ].join('\n');
    assert.equal(title(text), 'Ohio Mayors Sign Partnership with Officials of Washington, D.C.');
  });

  test('a long first sentence ending on an initialism is the lead, not a headline', () => {
    const text = [
      'Trade Minister Meets Envoy',
      '',
      'The trade minister met the envoy on Monday to discuss tariffs, farm exports, student visas and the next round of talks between the two countries and the U.S.',
      '',
      'Both sides agreed to meet again in June.',
    ].join('\n');
    assert.equal(title(text), 'Trade Minister Meets Envoy');
  });
});
