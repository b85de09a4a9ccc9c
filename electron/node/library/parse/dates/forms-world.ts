// Date forms whose reading depends on the words around the numbers: a day-first "06-09-2014" after
// an Arabic weekday, a Spanish or French "Publicado: 7/8/2022", a Thai "30 พ.ค. 67" whose two-digit
// year is the Buddhist era's. forms.ts reads them with its own patterns.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null };

const THAI_ABBREVIATED = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const thaiNumber = (s: string): number => Number(s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));

/** Labels of a date in languages that write the day first. */
const DAY_FIRST_LABEL =
  '(?:Publicado|Publicada|Actualizado|Actualizada|Publié|Publiée|Mis\\s+à\\s+jour|Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert|Publicat|Cập\\s+nhật(?:\\s+lúc)?|Đăng(?:\\s+lúc)?|Ngày\\s+đăng)';

export const WORLD_PATTERNS: Pattern[] = [
  // Arabic pages write the day first after the weekday: "السبت 06-09-2014 17:41".
  {
    re: /(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)\s*[،,]?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g,
    build: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
  // "Publicado: 7/8/2022", "Cập nhật ngày 04/07/2023", "Mis à jour le 3/5/2021": the label's language writes the day first.
  {
    re: new RegExp(
      `(?<![\\p{L}])${DAY_FIRST_LABEL}\\s*(?:ngày|le|el|am|il|em)?\\s*[:：]?\\s*(?:\\d{1,2}:\\d{2}(?:\\s*[AP]M)?,?\\s*(?:ngày\\s*)?)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)`,
      'giu',
    ),
    build: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
  // Thai news abbreviates the month and the Buddhist-era year: "30 พ.ค. 67" is 30 May 2567, that is 2024.
  {
    re: new RegExp(
      `(?<![\\d๐-๙])([\\d๐-๙]{1,2})\\s*(${THAI_ABBREVIATED.map((a) => a.replace(/\./g, '\\.')).join('|')})\\s*([\\d๐-๙]{2})(?![\\d๐-๙.:])`,
      'gu',
    ),
    build: (m) => ({
      year: 2500 + thaiNumber(m[3] ?? '') - 543,
      month: THAI_ABBREVIATED.indexOf(m[2] ?? '') + 1,
      day: thaiNumber(m[1] ?? ''),
    }),
  },
];
