// The names of months and eras the date patterns of forms.ts read: English with the Indonesian and
// Filipino names that differ from it, Thai (with its digits), Japanese eras.

/** English month names, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// English, and the Indonesian and Filipino names that differ from it (Maret, Mei, Agustus, Enero, Hunyo…).
// asia28: Malay names that differ from both (Mac, Julai, Ogos, Disember).
export const MONTH =
  '(Julai|Ogos|Disember|Mac|January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Agu|Sept|Sep|Oct|Okt|Nov|Dec|Des)\\.?';
/** Month names whose first three letters are not the English ones. */
const OTHER_MONTHS: Record<string, number> = {
  mei: 5,
  agu: 8,
  okt: 10,
  des: 12,
  ene: 1,
  peb: 2,
  abr: 4,
  hun: 6,
  hul: 7,
  ago: 8,
  set: 9,
  nob: 11,
  dis: 12,
  // asia28: Malay.
  ogo: 8,
  mac: 3,
};
export const monthNumber = (name: string): number => {
  const n = name.toLowerCase().replace('.', '').slice(0, 3);
  return OTHER_MONTHS[n] ?? MONTHS.findIndex((m) => m.startsWith(n)) + 1;
};

/** Thai month names, then their abbreviations, January first. */
export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
/** Thai digits (๐-๙) read as numbers. */
export const thaiNumber = (s: string): number => Number(s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));

export const ERA: Record<string, number> = { 平成: 1989, 令和: 2019, 昭和: 1926 };
