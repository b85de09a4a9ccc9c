// Indonesian and Malay name a venue by its kind and then a long name, often of four words or more:
// "di Ruang Pimpinan DPRD Provinsi", "bertempat di Aula Bhayangkara Polres Kota", "di Istana Negara
// malam tadi". The place is the kind and its capitalised words, up to the first word in lower case
// ("pada", "malam") or the clause's end. Read when the shorter "di X" rule found nothing.

/** A venue's kind: a room, hall, palace, office, residence, hotel. */
const KIND =
  '(?:[Rr]uang(?:an)?|[Aa]ula|[Bb]alai|[Gg]edung|[Kk]antor|[Ii]stana|[Ww]isma|[Kk]ediaman|[Pp]endopo|[Rr]umah [Dd]inas|[Hh]otel|[Gg]raha|[Dd]ewan|[Ss]ekretariat)';
const VENUE = new RegExp(
  `(?<![\\p{L}])(?:di|[Dd]i dalam) (${KIND}(?: [\\p{Lu}\\d][\\p{L}\\d.’'-]*){1,6})(?=\\s+\\p{Ll}|\\s*[,.;:()]|\\s*$)`,
  'u',
);

/** The venue the first meeting sentence of `meeting` names after "di", however many words its name has. */
export function indonesianVenue(meeting: string[]): string | null {
  for (const text of meeting) {
    if (!text.includes('di ')) continue;
    const venue = VENUE.exec(text)?.[1]?.replace(/[.’']+$/, '');
    if (venue) return venue;
  }
  return null;
}
