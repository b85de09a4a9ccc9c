// Wire copy and government readouts open with the city in capitals: "ISLAMABAD: …", "NEW YORK—On
// Tuesday …", "ABU DHABI, (WAM - 02nd May, 2021) …". When nothing else in the text says where the
// meeting was, a desk officer takes that city, written as a name, not shouted; a feature's or a
// statement's dateline without a meeting is no meeting place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a dateline in capitals opening the lead', () => {
  test('"ISLAMABAD: … called on the Foreign Minister" gives Islamabad', () => {
    assert.equal(
      place('ISLAMABAD: The British High Commissioner on Wednesday called on the Foreign Minister and discussed trade.'),
      'Islamabad',
    );
  });

  test('"NEW YORK—On Tuesday afternoon, the Mayor welcomed …" and "ABU DHABI, (WAM …) … received" give the city', () => {
    assert.equal(
      place('NEW YORK—On Tuesday afternoon, the Mayor welcomed the Secretary-General and the two discussed climate action.'),
      'New York',
    );
    assert.equal(
      place(
        'ABU DHABI, (WAM - 02nd May, 2021) The Foreign Minister received his Saudi counterpart and the two held talks on regional developments.',
      ),
      'Abu Dhabi',
    );
  });

  test('a dateline over a text that reports no meeting is no meeting place', () => {
    assert.equal(place('LINDI: The council has installed new streetlights along the main road, officials said.'), null);
  });

  test('a heading in capitals of three words or more is not a dateline', () => {
    assert.equal(place('THE WEIGHT OF TALKS\n\nThe two ministers met and discussed trade.'), null);
  });
});

test('a site\'s stamp over the dispatch ("All News 16:20 January 15, 2024") is no place: the dateline\'s SEOUL is', async () => {
  const { parseRecordText } = await import('../../electron/node/library/parse/index.ts');
  const record = parseRecordText(
    [
      'S. Korea, Vietnam FMs discuss cooperation',
      'All News 16:20 January 15, 2024',
      'SEOUL, Jan. 15 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with his Vietnamese counterpart, Bui Thanh Son, on Monday and discussed ways to expand cooperation, the ministry said.',
    ].join('\n\n'),
  );
  assert.equal(record.place, 'Seoul');
});
