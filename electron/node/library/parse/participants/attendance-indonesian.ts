// What an Indonesian list of those present writes inside an office, read by attendance.ts: the city
// or regency it serves ("Kadis Perhubungan Kota Medan Iswar Lubis"), a portfolio joined by "dan"
// ("Kadis Pertanian dan Perikanan Ikhsar Marbun"), a body's name joined by "dan" ("Kepala Badan
// Pengelola Pajak dan Retribusi Daerah …").

/** A city's, a regency's or a province's word or body: the word after it is the region. */
const REGION_OPENER = /^(?:Kota|Kabupaten|Provinsi|Setda|Setdako|Setdakab|Setdaprov|Pemko|Pemkot|Pemkab|Pemprov)$/u;
/** The head of a regency or a city, written before the region in a list of several: "Bupati Dairi A B". */
const REGION_HEAD = /^(?:Bupati|Walikota|Wabup|Wawali)$/u;
const COMPASS = /^(?:Utara|Selatan|Timur|Barat|Tengah)$/u;

/**
 * Where a name of three words or more read back from the item's end starts instead: past the region after "Kota" or
 * the portfolio's last word after "dan". `start` unchanged when neither stands before it.
 */
export function indonesianNameStart(words: string[], start: number): number {
  if (start === 0 || words.length - start < 3) return start;
  // "Bupati Tapanuli Selatan Dolly Pasaribu": a region's head names the region first, closed by its compass word.
  if (REGION_HEAD.test(words[start - 1] ?? '') && COMPASS.test(words[start + 1] ?? '') && words.length - start >= 4)
    return start + 2;
  return REGION_OPENER.test(words[start - 1] ?? '') ||
    REGION_HEAD.test(words[start - 1] ?? '') ||
    /^(?:dan|serta)$/u.test(words[start - 1] ?? '')
    ? start + 1
    : start;
}

/** "… yang juga Wali Kota Tangerang Selatan": a region closed by its compass word after "Kota", no one's name. */
export const regionNotName = (office: string[], name: string[]): boolean =>
  /^(?:Kota|Kabupaten|Provinsi)$/u.test(office.at(-1) ?? '') && COMPASS.test(name.at(-1) ?? '');

/** A piece after "dan" that opens with a capitalised word and no office goes on the body's name before it. */
export const goesOnBody = (piece: string, next: string[], office: RegExp): boolean =>
  /^\s+dan\s/u.test(piece) && /^\p{Lu}/u.test(next[0] ?? '') && !office.test(next[0] ?? '');
