// Persian and Dari records date themselves in the Solar Hijri calendar, in Persian digits: "پنجشنبه ۲۹ آبان ۱۴۰۴",
// "تاریخ انتشار: ۱۰:۴۲ - ۱۲ مهر ۱۴۰۱", "۱۴۰۲/۰۱/۲۱", Dari's "۱۸ حوت ۱۴۰۳". A desk officer files the day in the
// common calendar; a day with no year ("شنبه ۱۸ حوت") stays unread rather than guessed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates/forms.ts';
import { solarHijriToGregorian } from '../../electron/node/library/parse/dates/forms-persian.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('Solar Hijri dates in Persian records', () => {
  test('Nowruz and the months after it turn into the common calendar', () => {
    assert.deepEqual(solarHijriToGregorian(1402, 1, 1), { year: 2023, month: 3, day: 21 });
    assert.deepEqual(solarHijriToGregorian(1403, 1, 1), { year: 2024, month: 3, day: 20 });
    assert.deepEqual(solarHijriToGregorian(1404, 8, 29), { year: 2025, month: 11, day: 20 });
    assert.deepEqual(solarHijriToGregorian(1400, 9, 14), { year: 2021, month: 12, day: 5 });
    assert.equal(solarHijriToGregorian(1402, 12, 30), null, '1402 is no leap year: Esfand has 29 days');
  });

  test('"۲۹ آبان ۱۴۰۴", "۱۲ مهر ماه ۱۴۰۱", "۱۸ حوت ۱۴۰۳" and "۱۴۰۲/۰۱/۲۱" are read; "۱۸ حوت" alone is not', () => {
    const read = (t: string) => findDateMentions(t).map((d) => [d.year, d.month, d.day]);
    assert.deepEqual(read('وزیر امور خارجه روز پنجشنبه ۲۹ آبان ۱۴۰۴ با همتای خود گفت‌وگو کرد.'), [[2025, 11, 20]]);
    assert.deepEqual(read('این نشست ۱۲ مهر ماه ۱۴۰۱ برگزار شد.'), [[2022, 10, 4]]);
    assert.deepEqual(read('وزیران خارجه بامداد شنبه ۱۸ حوت ۱۴۰۳ در جده دیدار کردند.'), [[2025, 3, 8]]);
    assert.deepEqual(read('تاریخ: ۱۴۰۲/۰۱/۲۱'), [[2023, 4, 10]]);
    assert.deepEqual(read('وزیران خارجه بامداد شنبه ۱۸ حوت در جده دیدار کردند.'), []);
  });

  test('a call dated in the Solar Hijri calendar gives the meeting date, and "تاریخ انتشار" the publication date', () => {
    const r = parseRecordText(
      [
        'گفت‌وگوی تلفنی وزیران خارجه',
        'تاریخ انتشار: ۱۰:۴۲ - ۳۰ آبان ۱۴۰۴',
        'به گزارش خبرگزاری نمونه، علی نمونه زاده وزیر امور خارجه روز پنجشنبه ۲۹ آبان ۱۴۰۴ در تماسی تلفنی با پیتر مثال وزیر امور خارجه آلمان درباره روابط دوجانبه گفت‌وگو کرد.',
      ].join('\n\n'),
    );
    assert.equal(r.publishedAt, '2025-11-21');
    assert.equal(r.meetingDate, '2025-11-20');
  });
});
