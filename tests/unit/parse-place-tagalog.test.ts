// A desk reads Philippine radio and papers in Tagalog. "sa" says where ("Sa courtesy call sa Malacañang",
// "nagpulong … sa Palasyo ng Malakanyang", "sa Study Room sa Malacañang": the palace, not the room), but
// also whom and what ("makipagtulungan sa Vietnam", "sa Pangulo"): a country or a title after it is no
// place. A call ("sa telepono") has no place, whatever town the President was interviewed in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tagalogPlace } from '../../electron/node/library/parse/place/tagalog.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (...paragraphs: string[]): string | null => findPlace(paragraphs)?.place ?? null;

describe('the place of a Tagalog meeting', () => {
  test('"Sa courtesy call sa Malacañang, …" gives Malacañang; "sa Vietnam" and "sa Pangulo" do not', () => {
    assert.equal(
      place(
        'Tinanggap ni Pang. Juan Halimbawa ang bagong embahador ng Vietnam.',
        'Sa courtesy call sa Malacañang, nag-presenta ang embahador ng kanyang credentials sa Pangulo at nangakong makipagtulungan sa Vietnam.',
      ),
      'Malacañang',
    );
  });

  test('"sa Study Room sa Malacañang" gives the palace; "sa Palasyo ng Malakanyang" gives Malakanyang', () => {
    assert.equal(
      tagalogPlace('Sa courtesy call ng ministro sa Study Room sa Malacañang, nagpasalamat ang pangulo.'),
      'Malacañang',
    );
    assert.equal(tagalogPlace('Nagpulong ang dalawang lider sa Palasyo ng Malakanyang.'), 'Malakanyang');
  });

  test('a call "sa telepono" reported from an interview "sa Catanduanes" has no place', () => {
    assert.equal(
      place(
        'Sa isang ambush interview sa Catanduanes, sinabi ng Pangulo na nagkausap sila ni Trump sa telepono at binati ito sa pagkakapanalo.',
      ),
      null,
    );
  });
});
