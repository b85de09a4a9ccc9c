// Arabic royal and ministerial records as a desk officer reads them: the king is named after his
// titles, ranks before a name are no part of it, and the words of an office or of a state's formal
// name are nobody's name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Arabic: kings, ranks and offices', () => {
  test('"استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود … جلالة الملك محمد السادس ملك المملكة المغربية": both kings', () => {
    const got = names(
      'استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود حفظه الله في قصره بجدة مساء أمس أخاه جلالة الملك محمد السادس ملك المملكة المغربية الشقيقة.',
    );
    assert.ok(got.includes('عبدالله بن عبدالعزيز آل سعود'), String(got));
    assert.ok(got.includes('محمد السادس'), String(got));
  });

  test('"وصاحب السمو الأمير الدكتور بندر بن سلمان بن محمد": the second rank is dropped, the chain of "بن" kept', () => {
    const got = names(
      'استقبل الملك عبدالله بن عبدالعزيز آل سعود في قصره بجدة أمس الأمين العام. حضر الاستقبال صاحب السمو الأمير الدكتور بندر بن سلمان بن محمد مستشار خادم الحرمين الشريفين.',
    );
    assert.ok(got.includes('بندر بن سلمان بن محمد'), String(got));
    assert.ok(!got.some((n) => n?.includes('الدكتور') || n?.includes('صاحب')), String(got));
  });

  test('"وزيرة الخارجية والعلاقات الدولية بمملكة ليسوتو السيدة متسيبو راماكواي": the office and the kingdom are not her name', () => {
    const got = names(
      'استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في مقر الوزارة، بالرياض اليوم، معالي وزيرة الخارجية والعلاقات الدولية بمملكة ليسوتو السيدة متسيبو راماكواي.\n\nوفي بداية الاستقبال، ثمن سمو وزير الخارجية ما أبدته معالي وزيرة خارجية مملكة ليسوتو من دعم.',
    );
    assert.ok(got.includes('متسيبو راماكواي'), String(got));
    assert.ok(got.includes('فيصل بن فرحان بن عبدالله'), String(got));
    assert.ok(!got.some((n) => n?.includes('ليسوتو') || n?.includes('أبدته') || n?.startsWith('ة ')), String(got));
  });

  test('"سفير خادم الحرمين الشريفين لدى الولايات المتحدة الأميركية عادل بن أحمد الجبير": the posting\'s long name ends before his', () => {
    const got = names(
      'استقبل الملك عبدالله بن عبدالعزيز آل سعود في قصره بجدة أمس وزير الخارجية الأميركي جون كيري. حضر الاستقبال سفير خادم الحرمين الشريفين لدى الولايات المتحدة الأميركية عادل بن أحمد الجبير.',
    );
    assert.ok(got.includes('عادل بن أحمد الجبير'), String(got));
  });

  test('"فيما حمله الملك تحياته وتقديره" and "مطار الملك عبدالعزيز الدولي": the king\'s greetings and an airport are nobody', () => {
    const got = names(
      'استقبل الملك عبدالله بن عبدالعزيز آل سعود في قصره بجدة أمس وزير الخارجية الأميركي جون كيري، فيما حمله الملك تحياته وتقديره لفخامته. وكان كيري قد وصل إلى مطار الملك عبدالعزيز الدولي بجدة.',
    );
    assert.ok(!got.some((n) => n?.includes('تحياته') || n?.includes('الدولي')), String(got));
  });
  test('"سفيرة الولايات المتحدة" and "سفيراً مفوضاً": an office read to its word\'s end leaves no "ة …" or "اً …" for a name', () => {
    const got = names(
      'استقبل وزير الخارجية أحمد بن علي اليوم سفيرة الولايات المتحدة لدى الجزائر ماري جونسون في مقر الوزارة. وكانت قد عينت سفيرا مفوضا فوق العادة في العام الماضي.',
    );
    assert.ok(got.includes('ماري جونسون'), String(got));
    assert.ok(!got.some((n) => /^(?:ة|اً|ا) /u.test(n ?? '')), String(got));
  });
  test('"رئيس الحكومة الإسبانية بيدرو سانشيز بالمغرب" and "… منذ ثلاثين عاما": a name ends before "in …" and "since"', () => {
    const got = names(
      'التقى رئيس الحكومة المغربية عزيز أخنوش اليوم رئيس الحكومة الإسبانية بيدرو سانشيز بالمغرب. وقال وزير الخارجية ناصر بوريطة منذ ثلاثين عاما لم نر مثل هذا التعاون.',
    );
    assert.ok(got.includes('بيدرو سانشيز'), String(got));
    assert.ok(!got.some((n) => n?.includes('بالمغرب') || n?.includes('منذ')), String(got));
  });
});
