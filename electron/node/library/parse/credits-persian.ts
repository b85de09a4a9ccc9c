// Persian news credits its outlet in the lead's first words: "به گزارش خبرگزاری مهر، …" (or after a sentence's end), "به گزارش حوزه سیاست
// خارجی خبرگزاری تسنیم، …", "به گزارش تابناک به نقل از وزارت امور خارجه، …" (the outlet, then whom it quotes),
// "به گزارش گروه دریافت خبر خبرگزاری دانشجویان ایران (ایسنا)، …", or opens on the outlet and a dash
// ("دیدارنیوز - حسن …", "باشگاه خبرنگاران جوان ـ …"). The desk or section ("حوزه …", "گروه …", "خبرنگار")
// is no part of the outlet's name.

import { isPersianText } from './dates/words-persian.ts';

/** "به گزارش X،": X up to the comma, or to "به نقل از" (quoting). */
const REPORTED = /(?:^|[.!?:]\s)\s*به گزارش ([^،,:\n«»]{2,60}?)\s*(?:به نقل از [^،,:\n]{2,60})?\s*[،,]/u;
/** A desk, section or reporter before the outlet's name. */
const DESK = /^(?:(?:حوزه|گروه|سرویس|دبیرخانه)[^،,]*?(?=خبرگزاری|روزنامه|پایگاه)|خبرنگار(?:ان)? )/u;
/** "دیدارنیوز - …", "باشگاه خبرنگاران جوان ـ …": an outlet of one to three words and a dash opening the lead. */
const DASHED = /^\s*([\p{L}\u200c]{3,}(?: [\p{L}\u200c]+){0,2})\s+[-–ـ]\s+\S/u;
/** Words that open a sentence, not an outlet: a dash after them is the sentence's own. */
const NOT_OUTLET = /(?<![\p{L}])(?:وزیر|رئیس|سفیر|معاون|امروز|دیروز|در|به|با|از|که|این)(?![\p{L}])/u;

/** The outlet a Persian lead credits in its first words; null when none (and for any text not in Persian). */
export function persianCredit(paragraph: string): string | null {
  if (!isPersianText(paragraph)) return null;
  const reported = REPORTED.exec(paragraph)?.[1];
  if (reported) {
    const name = reported
      .replace(DESK, '')
      .replace(/\s*\([^)]*\)\s*$/u, '')
      .trim();
    return name.split(' ').length <= 5 && name.length >= 2 ? name : null;
  }
  const dashed = DASHED.exec(paragraph)?.[1];
  return dashed && !NOT_OUTLET.test(dashed) ? dashed : null;
}
