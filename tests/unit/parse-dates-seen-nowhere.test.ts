// How pages the rules were never tuned on write their dates: Chinese 会面 and Arabic التقى as the
// meeting's verb, Arabic weekdays and day-first dates, a Thai two-digit Buddhist year, a Russian
// dateline with a comma before the year, a date only at the page's foot, and a Vietnamese ordinal
// that is not a weekday.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

const full = (text: string): string[] =>
  findDateMentions(text)
    .filter((m) => m.year !== null && m.month !== null && m.day !== null)
    .map((m) => `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`);

describe('the meeting verb in Chinese and Arabic', () => {
  test('"林芳正星期天(4月2日)在北京与秦刚会面" dates the meeting by its own day', () => {
    const text = '据日本放送协会报道,林芳正星期天(4月2日)在中国首都北京与秦刚会面。根据安排,两人将在午餐后再度会面。';
    assert.equal(meeting(text, '2023-04-02'), '2023-04-02');
  });

  test('"التقى … بتاريخ 2024/5/14" is the meeting\'s date, year first', () => {
    const text =
      'التقى نائب رئيس مجلس الوزراء وزير الخارجية السيد فؤاد حسين وزير خارجية المملكة العربية السعودية بتاريخ 2024/5/14، على هامش اجتماعات مجلس وزراء الخارجية العرب.';
    assert.equal(meeting(text), '2024-05-14');
  });

  test('"中俄外長會面 … Mar 30, 2022 在北京…會面": a Latin-lettered date in Chinese prose is the site\'s stamp, not the meeting\'s', () => {
    const text =
      '中俄外長會面 王毅:中俄關係保持正確前進方向 Mar 30, 2022 在北京,國務委員兼外長王毅,與到訪的俄羅斯外長拉夫羅夫會面。 王毅表示,中俄關係保持正確前進方向。';
    assert.equal(meeting(text), null);
  });

  test('a meeting "المزمع" (planned) for next year gives no date', () => {
    const text = 'ومن المزمع أن يلتقي الوزيران في بغداد الأسبوع المقبل لبحث العلاقات الثنائية.';
    assert.equal(meeting(text, '2024-05-14'), null);
  });
});

describe('Arabic weekdays and day-first dates', () => {
  test('an Egyptian page dated "السبت 06-09-2014 17:41" whose minister received his guest "بعد عصر السبت" met that Saturday', () => {
    const text =
      'وزير الخارجية يستقبل نظيره المغربى\n\nالسبت 06-09-2014 17:41 | كتب: جمعة حمد الله\n\nاستقبل وزير الخارجية سامح شكرى بعد عصر السبت، نظيره المغربى صلاح الدين مزوار الذي يزور القاهرة حاليا وذلك بمقر وزارة الخارجية.';
    const r = parseRecordText(text);
    assert.equal(r.evidence.publishedAt?.value, '2014-09-06');
    assert.equal(r.evidence.meetingDate?.value, '2014-09-06');
  });

  test('"اليوم الوطني" is a national day, not today', () => {
    assert.deepEqual(
      findDateMentions('احتفلت السفارة باليوم الوطني').filter((m) => m.relative === 'today'),
      [],
    );
  });
});

describe('a Thai date with a two-digit Buddhist-era year', () => {
  test('"วันนี้ (30 พ.ค. 67)" is 30 May 2024', () => {
    assert.deepEqual(full('วันนี้ (30 พ.ค. 67) นายมาริษ เสงี่ยมพงษ์ เดินทางเยือนลาว'), ['2024-05-30']);
  });

  test('"30 พ.ค. 10.30 น." is a time, not a year', () => {
    assert.deepEqual(full('วันที่ 30 พ.ค. 10.30 น. ประชุม'), []);
  });
});

describe("a Russian dispatch's dateline", () => {
  test('"Горки-9, Московская область, 19 ноября, 2019, 13:58 — ИА Регнум. Сегодня, 19 ноября…" dates the page and the talks', () => {
    const text =
      'Медведев побеседовал с премьер-министром Белоруссии\nГорки-9, Московская область, 19 ноября, 2019, 13:58 — ИА Регнум. Сегодня, 19 ноября, председатель правительства РФ Дмитрий Медведев провёл встречу со своим белорусским коллегой Сергеем Румасом.';
    const r = parseRecordText(text);
    assert.equal(r.evidence.publishedAt?.value, '2019-11-19');
    assert.equal(r.evidence.meetingDate?.value, '2019-11-19');
  });
});

describe('a page dated only at its foot', () => {
  test('"Cập nhật ngày 17/10/2019" under the text is the page\'s date, weakly', () => {
    const text =
      'Đại sứ Cộng hòa Pháp tại Việt Nam trình quốc thư\n\nThứ tư ngày 16 tháng 10 năm 2019, Đại sứ Pháp tại Việt Nam Nicolas Warnery đã trình quốc thư lên Chủ tịch nước.\n\nCập nhật ngày 17/10/2019\n\nTrở về đầu trang';
    const r = parseRecordText(text);
    assert.equal(r.evidence.publishedAt?.value, '2019-10-17');
    assert.equal(r.evidence.publishedAt?.check, true);
  });

  test('"Publicado: 7/8/2022" in a Spanish page is 7 August, day first', () => {
    const text =
      'El Canciller se reunió con su homólogo boliviano en Bogotá, como parte de su agenda de trabajo.\n\nAmbos cancilleres acordaron la próxima realización del Gabinete Binacional.\n\n(FIN) CVC\nPublicado: 7/8/2022';
    assert.equal(parseRecordText(text).evidence.publishedAt?.value, '2022-08-07');
  });

  test('a foot date does not overrule a date above the text', () => {
    const text =
      'Ministers meet\n\nMay 3, 2021\n\nThe Minister met the Ambassador on Monday to discuss trade.\n\nLast updated: 9 June 2021';
    assert.equal(parseRecordText(text).evidence.publishedAt?.value, '2021-05-03');
  });
});

describe('a Vietnamese ordinal is not a weekday', () => {
  test('"Hội nghị … lần thứ sáu" is the sixth conference, not Friday', () => {
    assert.deepEqual(
      findDateMentions('tham dự Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương lần thứ sáu tại Trùng Khánh').filter(
        (m) => m.relative === 'weekday',
      ),
      [],
    );
  });

  test('"Sáng nay (6/6)… tiễn Đoàn công tác" in a page of 7 June 2021 dates the farewell 6 June', () => {
    const text =
      'Sáng nay (6/6), tại Cửa khẩu Quốc tế Hữu Nghị, đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh Lạng Sơn tiễn Đoàn công tác của Bộ Ngoại giao do Bộ trưởng Ngoại giao Bùi Thanh Sơn làm trưởng đoàn sang công tác tại Trùng Khánh, Trung Quốc.\n\nBộ trưởng dẫn đầu Đoàn công tác tham dự Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương lần thứ sáu.';
    assert.equal(meeting(text, '2021-06-07'), '2021-06-06');
  });
});

describe('a page date below the standfirst, or told in a line of chrome', () => {
  test('"Jueves 14 de Enero de 2016 - 00:00" under a quoted standfirst and "Por Canal26" is the page\'s date', () => {
    const text =
      'Malcorra destacó el valor recíproco del vínculo con Brasil\n\n"Es el primer canciller que visita el Palacio en nuestra gestión, lo que es una prueba más del valor recíproco", sostuvo la ministra.\n\nPor Canal26\n\nJueves 14 de Enero de 2016 - 00:00\n\nLa canciller, Susana Malcorra, se reunió esta tarde con su par brasilero, Mauro Vieira.';
    assert.equal(parseRecordText(text).evidence.publishedAt?.value, '2016-01-14');
  });

  test('"…, gepubliceerd op donderdag 5 september 2013." is when the page was published', () => {
    const text =
      'Ashton en Linkevičius bespreken Gymnich-agenda\n\nMet dank overgenomen van Litouws voorzitterschap Europese Unie 2e helft 2013 i, gepubliceerd op donderdag 5 september 2013.\n\nOn 5 September in Vilnius, the Lithuanian Minister of Foreign Affairs Linas Linkevičius met with Catherine Ashton.';
    assert.equal(parseRecordText(text).evidence.publishedAt?.value, '2013-09-05');
  });

  test('"03/11/2023" alone atop a Spanish page is 3 November; atop an English one it is not guessed', () => {
    const es =
      '24 Horas Edición Central\n\n03/11/2023\n\nCancillería: presidentes conversaron sobre temas de interés bilateral\n\nEl Ministerio de Relaciones Exteriores informó que el encuentro entre la presidenta y su homólogo se desarrolló hoy.';
    assert.equal(parseRecordText(es).evidence.publishedAt?.value, '2023-11-03');
    const en =
      'Evening News\n\n03/11/2023\n\nLeaders talk trade\n\nThe ministry said the meeting between the two presidents took place today in Washington.';
    assert.equal(parseRecordText(en).evidence.publishedAt?.value ?? null, null);
  });

  test('a site\'s clock over its weather list ("2024.04.19 (금)" then "• 서울 3.2℃") is not the record\'s date', () => {
    const text =
      '2024.04.19 (금)\n\n  • 흐림동두천 1.0℃\n  • 서울 3.2℃\n\n서훈 국정원장, 일 아베총리 접견\n\n서훈 국가정보원장이 일본 도쿄 총리관저에서 아베 신조 총리를 접견했다고 밝혔다.';
    assert.equal(parseRecordText(text).evidence.publishedAt?.value ?? null, null);
  });

  test('a quoted post\'s signature ("— Name (@handle) November 25, 2021") dates the post, not the page', () => {
    const text =
      'El canciller ha recibido al encargado de negocios de España en Caracas.\n\nEl canciller ha informado en su cuenta de Twitter de la primera reunión.\n\nNos reunimos con el Encargado de Negocios de España.\n\n— Felix Plasencia (@PlasenciaFelix) November 25, 2021\n\nAmbos coinciden este viernes en República Dominicana.';
    assert.equal(parseRecordText(text).evidence.publishedAt?.value ?? null, null);
  });

  test('a board list of other stories under a short text ("제목 | 2012.01.10 |" rows) dates neither the page nor its "9일"', () => {
    const text =
      '대통령은 9일(월) 정상회담 직후 국빈만찬에 참석했습니다.\n\n양국 정상은 만족을 표했습니다.\n\nNo. | 제목 | 작성일 |\n---|---|---|\n간담회 참석 | 2012.01.10 | |\n간담회 결과 | 2012.01.10 | |\n오찬간담회 기조연설 | 2012.01.10 | |';
    const read = parseRecordText(text);
    assert.equal(read.evidence.publishedAt?.value ?? null, null);
    assert.equal(read.evidence.meetingDate?.value ?? null, null, "'9일(월)' has no month or year of its own");
  });

  test('"Updated: Feb 9,2018 7:18 AM" with no space after the comma still has its year', () => {
    assert.deepEqual(full('Updated: Feb 9,2018 7:18 AM     Xinhua/english.gov.cn'), ['2018-02-09']);
  });
});

describe("the day a meeting was confirmed is not the meeting's", () => {
  test('"la reunión … fue confirmada el 30 de octubre por la Casa Blanca" and "se desarrolló hoy": today', () => {
    const text =
      'Mediante un comunicado precisa que esta reunión bilateral entre ambos jefes de Estado "fue confirmada el 30 de octubre por la Casa Blanca y reconfirmada hasta anoche".\n\nEl Ministerio de Relaciones Exteriores informó que el encuentro entre la presidenta y su homólogo se desarrolló hoy.';
    assert.equal(meeting(text, '2023-11-03'), '2023-11-03');
  });
});

describe('messages of sympathy are no visit', () => {
  test('"đã gửi Điện thăm hỏi" (sent a message of sympathy) dated "ngày 22-10-2020" gives no meeting date', () => {
    const text =
      'Ðiện và Thư thăm hỏi\n\nThứ Sáu, 23-10-2020, 01:44\n\nÐược tin một số tỉnh miền trung Việt Nam xảy ra thiên tai lũ lụt nghiêm trọng, ngày 22-10-2020, Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường đã gửi Ðiện thăm hỏi đến Thủ tướng Chính phủ Nguyễn Xuân Phúc.\n\nCùng ngày, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị đã gửi Ðiện, Thư thăm hỏi tới Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh.';
    const r = parseRecordText(text);
    assert.equal(r.evidence.publishedAt?.value, '2020-10-23');
    assert.equal(r.evidence.meetingDate?.value ?? null, null);
  });
});

describe('a script that belongs to one language names it', () => {
  test('a Bengali record is Bengali and a Malayalam release Malayalam, not English', () => {
    const bn = parseRecordText(
      'প্রধানমন্ত্রী শেখ হাসিনাকে বুধবার (১ জানুয়ারি) দুপুর ১২টা ২০ মিনিটে ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী টেলিফোন করেন বলে গণমাধ্যমকে জানিয়েছেন প্রধানমন্ত্রীর প্রেস সচিব।',
    );
    assert.equal(bn.evidence.language?.value, 'bn');
    const ml = parseRecordText('പ്രധാനമന്ത്രി ശ്രീ. നരേന്ദ്ര മോദി പലസ്തീന് പ്രസിഡന്റ് ബഹുമാനപ്പെട്ട ശ്രീ. മഹമൂദ് അബ്ബാസുമായി ടെലിഫോണില് ചര്ച്ച നടത്തി.');
    assert.equal(ml.evidence.language?.value, 'ml');
  });
});

describe("another story's headline in a list below the text", () => {
  test('"Читайте также:" then "Лавров встретился с Блинкеном 5 мая 2023 года": that is the other story\'s day', () => {
    const text =
      'Лавров провел переговоры с Ван И.\n\nМинистры обсудили двусторонние отношения.\n\nЧитайте также:\n\nЛавров встретился с Блинкеном 5 мая 2023 года';
    assert.equal(meeting(text), null);
  });

  test('an inline "اقرأ أيضا: …" link names another story: its date is not the undated meeting\'s', () => {
    const text =
      'التقى وزير الخارجية نظيره السعودي على هامش الاجتماعات الوزارية.\n\nاقرأ أيضا: وزير الخارجية يلتقي نظيره الإيراني بتاريخ 2024/5/2\n\nوجرى خلال اللقاء بحث العلاقات الثنائية.';
    assert.equal(meeting(text), null);
  });

  test('"관련뉴스" alone on its line ends the record: the listed stories give it neither a date nor a person', () => {
    const text =
      '박진 장관은 이날 뉴욕에서 아프리카 외교장관들과 회담했다.\n\n양측은 협력 확대 방안을 논의했다.\n\n관련뉴스\n\n한덕수 총리, 2022년 9월 21일 베트남 총리와 회담';
    const read = parseRecordText(text);
    assert.equal(read.evidence.meetingDate?.value ?? null, null);
    assert.ok(!read.participants.some((p) => p.name === '한덕수'), read.participants.map((p) => p.name).join(', '));
  });
});

describe('a preview: the page keeps its date, the meeting still ahead has none', () => {
  test('"Le ministre rencontrera son homologue le 10 mars" under "2 mars 2022": dated page, no meeting date', () => {
    const r = parseRecordText(
      'Rencontre\n\n2 mars 2022\n\nLe ministre rencontrera son homologue le 10 mars à Paris pour discuter de la coopération.',
    );
    assert.equal(r.evidence.publishedAt?.value, '2022-03-02');
    assert.equal(r.evidence.meetingDate?.value ?? null, null);
  });

  test('German present for the future, "trifft am 10. März", does not make the page\'s "2. März 2022" a stale clock', () => {
    const r = parseRecordText(
      'Treffen\n\n2. März 2022\n\nDie Ministerin trifft am 10. März ihren Amtskollegen in Berlin zu einem Gespräch über die Ukraine.',
    );
    assert.equal(r.evidence.publishedAt?.value, '2022-03-02');
  });

  test('a page whose lead reports a day months before its date is still doubted', () => {
    const r = parseRecordText(
      'Talks\n\n20 October 2022\n\nThe Minister met the Ambassador of Japan on 18 March to discuss trade and investment.',
    );
    assert.notEqual(r.evidence.publishedAt?.value, '2022-10-20');
  });
});

describe('an earlier meeting recalled, in the languages desks read', () => {
  const recalled: [string, string][] = [
    [
      'es',
      'Reunión\n\nEl canciller se reunió con su homólogo chino en Pekín. La última reunión entre ambos tuvo lugar el 12 de enero de 2021 en Ginebra.',
    ],
    [
      'fr',
      "Rencontre\n\nLe ministre a rencontré son homologue chinois à Pékin. Les deux hommes s'étaient déjà vus le 12 janvier 2021 à Genève.",
    ],
    [
      'de',
      'Treffen\n\nDie Ministerin traf ihren chinesischen Amtskollegen in Peking. Zuletzt hatten sich beide am 12. Januar 2021 in Genf getroffen.',
    ],
    ['id', 'Pertemuan\n\nMenlu bertemu Menlu China di Beijing. Keduanya terakhir bertemu pada 12 Januari 2021 di Jenewa.'],
    [
      'ru',
      'Встреча\n\nЛавров провел переговоры с Ван И в Пекине. Предыдущая встреча министров состоялась 12 января 2021 года в Женеве.',
    ],
    ['ko', '회담\n\n정의용 장관은 베이징에서 왕이 부장과 회담했다. 두 장관은 2021년 1월 12일 제네바에서 만난 바 있다.'],
    ['ja', '外相会談\n\n林外務大臣は北京で王毅外相と会談した。両外相の会談は2021年1月12日のジュネーブ以来となる。'],
    ['zh', '外长会谈\n\n王毅在北京会见日本外相林芳正。两人上次会面是在2021年1月12日。'],
  ];
  for (const [lang, text] of recalled)
    test(`${lang}: the date of the last meeting is not this one's, and no page date is made of it`, () => {
      const r = parseRecordText(text);
      assert.equal(r.evidence.meetingDate?.value ?? null, null);
      assert.equal(r.evidence.publishedAt?.value ?? null, null);
    });

  test('"Ранее в понедельник Лавров встретился…" (earlier on Monday) is still this meeting\'s day', () => {
    assert.equal(meeting('Ранее в понедельник Лавров встретился с Ван И в Пекине.', '2022-03-02'), '2022-02-28');
  });

  test('a Russian photo credit "Фото: МИД России, 12 января 2021 года" dates the photo', () => {
    assert.equal(meeting('Лавров провел переговоры с Ван И.\n\nФото: МИД России, 12 января 2021 года'), null);
  });
});

describe('a visit over several days is dated by its first day, however the language writes the span', () => {
  const spans: [string, string, string | null][] = [
    [
      'es',
      'El presidente realizó una visita de Estado a Japón del 10 al 12 de marzo de 2022 y se reunió con el primer ministro.',
      null,
    ],
    ['ko', '대통령은 10∼12일 일본을 국빈 방문해 총리와 회담했다.', '2022-03-13'],
    ['vi', 'Chủ tịch nước thăm cấp Nhà nước Nhật Bản từ ngày 10-12/3 và hội đàm với Thủ tướng.', '2022-03-13'],
    ['zh', '主席于3月10日至12日对日本进行国事访问,并会见首相。', '2022-03-13'],
    ['ja', '大統領は3月10日から12日まで日本を国賓訪問し、首相と会談した。', '2022-03-13'],
  ];
  for (const [lang, text, published] of spans)
    test(`${lang}: "${text.slice(0, 40)}…" is 10 March, not the 12th`, () => {
      assert.equal(meeting(text, published), '2022-03-10');
    });
});

describe('Arabic month names and Arabic-Indic digits', () => {
  test('"التقى … في 12 مارس 2022" and "الثلاثاء ١٢ آذار/مارس ٢٠٢٢" are 12 March 2022', () => {
    assert.deepEqual(full('التقى الوزير في 12 مارس 2022 نظيره'), ['2022-03-12']);
    assert.deepEqual(full('الثلاثاء ١٢ آذار/مارس ٢٠٢٢'), ['2022-03-12']);
  });

  test('an Algerian or Tunisian "8 فيفري 2019" and a Moroccan "14 غشت 2021" are read as Egypt writes "8 فبراير 2019"', () => {
    assert.deepEqual(full('استقبل الوزير يوم 8 فيفري 2019 سفير اليابان'), ['2019-02-08']);
    assert.deepEqual(full('الجمعة 3 جويلية 2020'), ['2020-07-03']);
    assert.deepEqual(full('الرباط في 14 غشت 2021'), ['2021-08-14']);
  });

  test('"استقبل … يوم 3 تشرين الثاني" in a page of 5 November 2021 met on 3 November', () => {
    assert.equal(meeting('استقبل وزير الخارجية يوم 3 تشرين الثاني سفير اليابان في بغداد.', '2021-11-05'), '2021-11-03');
  });
});
