// Press offices and agencies open the text on a date block in brackets, the place or the agency with the date:
// "(Kiel, 26. Juni 2019) Der Präsident …", "RSS (KATHMANDU, 29 March 2022) – Foreign Minister …",
// "BANDARLAMPUNG (15/1/2018) – Wali Kota …". The date states its year: the dispatch's date. A sentence that tells
// a day in brackets ("Kemarin Senin (22 Juli 2019) Anies menerima …", yesterday, Monday) is no date block.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a date block in brackets opening the text', () => {
  test('"(Kiel, 26. Juni 2019) Der Präsident …" was published on 26 June 2019', () => {
    const text = [
      'Slowenischer Staatsratspräsident zu Gast in Kiel',
      '',
      '(Kiel, 26. Juni 2019) Der Präsident des Staatsrates der Republik Slowenien ist am Vormittag für einen Besuch des Landtags in Kiel gelandet.',
      '',
      'Er wurde vom Landtagspräsidenten am Flughafen begrüßt.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2019-06-26');
  });

  test('"RSS (KATHMANDU, 29 March 2022) – Foreign Minister …": the agency\'s dispatch of 29 March 2022', () => {
    const text = [
      'Foreign Minister meets Indian counterpart',
      '',
      'RSS (KATHMANDU, 29 March 2022) – The Foreign Minister today held a meeting with his Indian counterpart on the sidelines of the ministerial meeting in Colombo.',
      '',
      'The two discussed issues of common concern.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2022-03-29');
  });

  test('"Kemarin Senin (22 Juli 2019) Anies menerima …" tells a day in a sentence: no date block', () => {
    const text = [
      'Gubernur menerima tamu dari berbagai negara',
      '',
      'Kemarin Senin (22 Juli 2019) Gubernur menerima delegasi Duta Besar Palestina untuk Indonesia membahas hubungan ekonomi.',
      '',
      'Para tamu terlihat akrab berbincang dengan Gubernur.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, null);
  });
});
