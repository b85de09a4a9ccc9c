// A broadcaster's dateline gives its capitals and a word after them in brackets, between the city in
// capitals and the dash: "LIMA (ATV Noticias) —", "TAIPEI (TVBS News) —". The desk officer reads the
// broadcaster as the publisher. Words in brackets after a city in ordinary case, with no dash, are not one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a broadcaster named in the dateline', () => {
  test('"SUVA (FBC News) — The Prime Minister met …" gives FBC News', () => {
    const got = parseRecordText(
      'SUVA (FBC News) — The Prime Minister met the visiting Foreign Minister of Peru at the Government Buildings on Tuesday to discuss trade.',
    );
    assert.equal(got.publisher, 'FBC News');
  });

  test('"Suva (Old Town) is where the Prime Minister met …": a place in brackets, no dash, no publisher', () => {
    const got = parseRecordText(
      'Suva (Old Town) is where the Prime Minister met the visiting Foreign Minister of Peru on Tuesday to discuss trade.',
    );
    assert.notEqual(got.publisher, 'Old Town');
  });
});
