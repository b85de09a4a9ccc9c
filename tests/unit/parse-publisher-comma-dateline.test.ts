// Many regional papers open their story with the city and their own name either side of a comma, then a
// dash: "PALU, NEWSURBAN.ID — …", "Bogor, MINA – …", "Contohnews.com, Jakarta - …". A desk officer files
// the outlet as the publisher and the city as where the story was filed; a region after a city
// ("Makassar, Sulawesi Selatan -") or a country ("MANILA, Philippines —") names no outlet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (paragraphs: string[]): string | null => parseRecordText(paragraphs.join('\n\n')).publisher;
const HEADLINE = 'Wali Kota terima kunjungan Konsul Jenderal Jepang';
const LEAD = 'Wali Kota Contoh menerima kunjungan Konsul Jenderal Jepang di Balai Kota, Senin (4/3/2024).';

describe('a dateline naming the city and the outlet either side of a comma', () => {
  test('"PADANG, KABARCONTOH.ID — Wali Kota …": the outlet in capitals after the city', () => {
    assert.equal(publisher([HEADLINE, `PADANG, KABARCONTOH.ID — ${LEAD}`]), 'KABARCONTOH.ID');
  });

  test('"Bogor, WARTA – …" and "SOLO, BeritaKota – …": one word of capitals, or in mixed case with two capitals', () => {
    assert.equal(publisher([HEADLINE, `Bogor, WARTA – ${LEAD}`]), 'WARTA');
    assert.equal(publisher([HEADLINE, `SOLO, BeritaKota – ${LEAD}`]), 'BeritaKota');
  });

  test('"Contohnews.com, Jakarta - …" and "kabarku.com, PEKANBARU - …": the web address first, then the city', () => {
    assert.equal(publisher([HEADLINE, `Contohnews.com, Jakarta - ${LEAD}`]), 'Contohnews.com');
    assert.equal(publisher([HEADLINE, `kabarku.com, PEKANBARU - ${LEAD}`]), 'kabarku.com');
  });

  test('"Makassar, Sulawesi Selatan - …" and "MANILA, Philippines — …" name no outlet', () => {
    assert.equal(publisher([HEADLINE, `Makassar, Sulawesi Selatan - ${LEAD}`]), null);
    assert.equal(
      publisher([
        'Envoys call on the President',
        'MANILA, Philippines — The President received three new envoys at the palace on Monday.',
      ]),
      null,
    );
  });
});
