// Many news templates print the headline, then the lead's first paragraph (a deck or the first sentence), and only
// then the byline with its date and clock ("Door ANP - 15-3-2017, 12:39", "14. okt. 2021 18:16 Sist oppdatert",
// "8 May 2013 11:07 Gewijzigd op …"). The desk officer files that as the page's date, and counts "woensdag",
// "today" from it. A dated line far down the page (a list of other stories) is not the page's.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const parse = (lines: string[]) => parseRecordText(lines.join('\n\n'));

describe("a byline with a date and a clock under the lead's first paragraph dates the page", () => {
  test('"Door ANP - 15-3-2017, 12:39" under the lead: published 15 March 2017, and its "woensdagochtend" is that day', () => {
    const p = parse([
      'Nieuwe ambassadeurs op bezoek bij de koning',
      'DEN HAAG - Koning Willem-Alexander heeft woensdagochtend de nieuwe ambassadeur van Chili ontvangen op Paleis Noordeinde.',
      'Door ANP - 15-3-2017, 12:39',
      'De ambassadeur overhandigde haar geloofsbrief aan de koning. Daarmee is zij officieel in functie.',
    ]);
    assert.equal(p.publishedAt, '2017-03-15');
    assert.equal(p.meetingDate, '2017-03-15');
  });

  test('"14. okt. 2021 18:16 Sist oppdatert" under a deck: published 14 October 2021', () => {
    const p = parse([
      'Statsministeren møtte sin svenske kollega i Oslo',
      'Etter møtet sa statsministeren at samarbeidet skal styrkes.',
      '14. okt. 2021 18:16 Sist oppdatert nå nettopp',
      'Statsministeren tok imot sin svenske kollega på statsministerens kontor torsdag ettermiddag. De snakket om energi og sikkerhet.',
    ]);
    assert.equal(p.publishedAt, '2021-10-14');
  });

  test('a dated line with a clock far down the page, under a list of other stories, does not date it', () => {
    const p = parse([
      'The Foreign Minister received the Ambassador of Chile',
      'The Foreign Minister received the new Ambassador of Chile at the ministry to discuss trade and culture.',
      'The two sides agreed to deepen cooperation in mining, energy and education in the coming years.',
      'The Ambassador thanked the minister for the warm welcome and conveyed greetings from Santiago.',
      'The minister wished the Ambassador success in his new post and promised the ministry’s support.',
      'They also discussed preparations for the joint commission planned for the autumn.',
      'Other news',
      'Minister opens trade fair',
      '3 May 2021 10:15',
    ]);
    assert.equal(p.publishedAt, null);
  });
});
