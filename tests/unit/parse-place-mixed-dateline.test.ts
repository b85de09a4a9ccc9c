// Small ministries and agencies open a readout with the city in ordinary case and their own tag or
// the date before a dash ("Ulaanbaatar /AGENCY/. On March 16, …", "Suva, Fiji, 15 September 2023 -
// …", "Nuku’alofa:-The Prime Minister …"). Over a report of a meeting the desk officer files that city,
// as for a dateline in capitals; a weekday, a month or a country opening the line is no city.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a dateline in ordinary case opening a readout', () => {
  test('"Ulaanbaatar /AGENCY/. On March 16, …" gives Ulaanbaatar', () => {
    assert.equal(
      place(
        'Ulaanbaatar /NEWSWIRE/. On March 16, Minister of Foreign Affairs B. Bat received the newly appointed Ambassador of the Republic of Ruritania.\n\nThe sides discussed trade and education.',
      ),
      'Ulaanbaatar',
    );
  });

  test('"Suva, Fiji, 15 September 2023 - …" gives Suva, not Fiji', () => {
    assert.equal(
      place(
        'Suva, Fiji, 15 September 2023 - The Prime Minister met with his counterpart ahead of the Forum Foreign Ministers Meeting.\n\nThey discussed fisheries.',
      ),
      'Suva',
    );
  });

  test('"Nuku’alofa:-The Prime Minister …" gives Nuku’alofa', () => {
    assert.equal(
      place(
        'Nuku’alofa:-The Prime Minister of Tonga received a courtesy call from the visiting Speaker of Parliament.\n\nThey talked about climate finance.',
      ),
      'Nuku’alofa',
    );
  });

  test('a weekday or a country opening the line is not taken for the city', () => {
    assert.equal(
      place('Tuesday, 10 May - The Foreign Minister received the Ambassador of Ruritania.\n\nThey discussed trade.'),
      null,
    );
    assert.equal(
      place('Kenya, 10 May 2023 - The Foreign Minister received the Ambassador of Ruritania.\n\nThey discussed trade.'),
      null,
    );
  });

  test('a feature with no meeting in its lead keeps no place from its dateline', () => {
    assert.equal(place('Suva, Fiji, 15 September 2023 - Heavy rain is expected over the weekend across the main island.'), null);
  });
});
