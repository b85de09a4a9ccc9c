// Calls and video consultations as the Arab foreign ministries report them: "تلقى … اتصالاً
// هاتفياً من نظيره …", "أجرى … مشاوراتٍ سياسية عبر تقنية الفيديو". The vowel marks are written or
// not ("اتصالاً", "اتصالًا", "اتصالا"); the counterpart may be a "د." (Dr.); the headline's verb
// is nobody's name; the spokesperson who tells of the call was not on it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string, title?: string) =>
  findParticipants(text.split('\n\n'), { ...ctx, ...(title ? { title } : {}) }).map((p) => p.name);

describe('a phone call or a video consultation between two ministers', () => {
  test('"تلقى وزير الخارجية كريم منصور اتصالاً هاتفياً من نظيره الأردني “د. خالد العمري”": both ministers, the doctor without his "د."', () => {
    const got = names(
      'تلقى وزير الخارجية كريم منصور اليوم الأحد اتصالاً هاتفياً من نظيره الأردني “د. خالد العمري” لبحث العلاقات الثنائية بين البلدين.',
    );
    assert.ok(got.includes('كريم منصور'), String(got));
    assert.ok(got.includes('خالد العمري'), String(got));
  });

  test('"وزير الخارجية يتلقى اتصالًا من نظيره": the headline\'s verb is not a name, and the spokesperson is not on the call', () => {
    const title = 'وزير الخارجية يتلقى اتصالًا من نظيره التونسي';
    const got = names(
      `${title}\n\nتلقى وزير الخارجية كريم منصور اليوم اتصالًا هاتفيًا من وزير خارجية تونس منير الهادي.\n\nوصرح المتحدث الرسمي باسم وزارة الخارجية السفير علي حسن بأن الاتصال تناول العلاقات الثنائية.`,
      title,
    );
    assert.ok(got.includes('كريم منصور'), String(got));
    assert.ok(!got.some((n) => n?.includes('يتلقى')), String(got));
    assert.ok(!got.includes('علي حسن'), String(got));
  });

  test('"أجرى وزير الخارجية كريم منصور مشاوراتٍ سياسية عبر تقنية الفيديو": consultations by video are a meeting', () => {
    const got = names(
      'أجرى وزير الخارجية كريم منصور، اليوم 3 مايو، مشاوراتٍ سياسية عبر تقنية الفيديو كونفرنس مع نظيره المغربي سعيد العلوي. وصرح السفير علي حسن المُتحدث الرسمي باسم وزارة الخارجية بأن الوزيرين بحثا العلاقات.',
    );
    assert.ok(got.includes('كريم منصور'), String(got));
    assert.ok(got.includes('سعيد العلوي'), String(got));
    assert.ok(!got.some((n) => n?.includes('علي حسن')), String(got));
  });
});
