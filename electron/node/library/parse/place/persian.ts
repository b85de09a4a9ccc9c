// Persian (and Dari) says where a meeting was with "در" (in) before the place, which no capital marks as a
// name: "با همتای ترک خود در آنکارا دیدار کرد", "در سن پترزبورگ با …", "در حاشیه نشست … در جده". A
// place is read only where "در" is followed by a city Persian news names often (a capital, a city of
// summits and talks), not any noun ("در این دیدار", "در ادامه"), and not where the words before make it
// an envoy's post ("سفیر جدید روسیه در تهران", "سرپرست سفارت ایران در کابل"). place.ts asks it only of
// a sentence with Persian letters.

/** Cities, as Persian and Dari write them; words that are also common ("دوشنبه" Monday, "آستانه", "امان") are left out. */
const CITIES = [
  'تهران',
  'مشهد',
  'اصفهان',
  'شیراز',
  'تبریز',
  'کابل',
  'هرات',
  'مزار شریف',
  'قندهار',
  'مسکو',
  'سن پترزبورگ',
  'سوچی',
  'کازان',
  'آنکارا',
  'استانبول',
  'جده',
  'ریاض',
  'مکه',
  'دوحه',
  'بغداد',
  'نجف',
  'کربلا',
  'اربیل',
  'دمشق',
  'بیروت',
  'قاهره',
  'مسقط',
  'ابوظبی',
  'دبی',
  'منامه',
  'اسلام آباد',
  'اسلام‌آباد',
  'اسلامآباد',
  'کراچی',
  'لاهور',
  'دهلی نو',
  'دهلی',
  'پکن',
  'شانگهای',
  'توکیو',
  'سئول',
  'جاکارتا',
  'کوالالامپور',
  'باکو',
  'ایروان',
  'تفلیس',
  'تاشکند',
  'عشق آباد',
  'عشق‌آباد',
  'عشقآباد',
  'بیشکک',
  'نیویورک',
  'واشنگتن',
  'ژنو',
  'وین',
  'پاریس',
  'لندن',
  'برلین',
  'رم',
  'مادرید',
  'بروکسل',
  'اسلو',
  'استکهلم',
  'هلسینکی',
  'ورشو',
  'آتن',
  'کاراکاس',
  'هاوانا',
  'برازیلیا',
  'پرتوریا',
  'ژوهانسبورگ',
  'آدیس آبابا',
  'نایروبی',
  'الجزایر',
  'تونس',
  'رباط',
  'آستارا',
  'مینسک',
  'کی‌یف',
  'کییف',
  'باماکو',
  'داکار',
  'لاگوس',
  'ابوجا',
  'دهاکا',
  'کلمبو',
  'کاتماندو',
];
const CITY = CITIES.sort((a, b) => b.length - a.length).join('|');

/** "در" and a city, the city a whole word. */
const IN_CITY = new RegExp(`(?<![\\p{L}])در (${CITY})(?![\\p{L}\\u200c])`, 'gu');

/** The words before "در" make the city someone's post: an envoy, an embassy, a representative, a resident. */
const POSTED_BEFORE =
  /(?<![\p{L}])(?:سفیر|سفارت|سفرای|سفیران|نماینده|نمایندگی|کنسول|سرکنسول|سرکنسولگری|قنسلگری|مقیم|رایزن)(?![\p{L}])(?:\s+[\p{L}\u200c]+){0,4}\s*$/u;

/** The city a Persian meeting sentence says the meeting was in; null when none. */
export function persianPlace(sentence: string): string | null {
  for (const m of sentence.matchAll(IN_CITY)) {
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
    if (POSTED_BEFORE.test(before)) continue;
    return m[1] ?? null;
  }
  return null;
}
