// Some news sites close a story with its date after a dash: "… bertemu Hamzah pada 12.20 tengah hari. – 28 September,
// 2015." With nothing above dating the page, that sign-off is the story's date. A quoted post's signature ("— Name
// (@handle) November 25, 2021") dates the post, and a date inside the last sentence is not a sign-off.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const head = 'Duta Besar bertemu menteri luar\n\n';
const lead =
  'Duta Besar Jepun ke Malaysia bertemu dengan menteri luar di Putrajaya untuk membincangkan kerjasama ekonomi kedua-dua negara.\n\n';

describe('a date that signs off the text', () => {
  test('"… tengah hari. – 28 September, 2015." at the end, then comment chrome: published that day', () => {
    const text = `${head}${lead}Beliau tiba di pejabat menteri pada 12.20 tengah hari. – 28 September, 2015.\n\nNo comments:\n\nPost a Comment`;
    assert.equal(parseRecordText(text).publishedAt, '2015-09-28');
  });

  test("a quoted post's signature is not the page's date", () => {
    const text = `${head}${lead}"Good talks with my Japanese colleague." — Ahmad Rahman (@ahmadrahman) September 28, 2015`;
    assert.equal(parseRecordText(text).publishedAt, null);
  });

  test('a date inside the last sentence is no sign-off', () => {
    const text = `${head}${lead}Kedua-dua menteri akan bertemu lagi - mungkin pada 28 September, 2015.`;
    assert.equal(parseRecordText(text).publishedAt, null);
  });
});
