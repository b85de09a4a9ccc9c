// A desk officer reads records in Hungarian, Greek, Hebrew, Finnish, Slovene, Serbian, Romanian, Bengali, Urdu, Khmer,
// Burmese and Armenian that say the mayor received the ambassador "yesterday" or "today": each is dated against the
// record's own date, the day before it or that day. Languages whose word is another's ("eilen", "eile", "ma", "jana")
// read it only in their own text; a "yesterday" with no date to count from stays empty.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const relative = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.relative}:${m.phrase}`);
/** A made-up record dated Friday 15 March 2024. */
const dated = (body: string): string | null => parseRecordText(`Meeting\n\n2024-03-15\n\n${body}`).meetingDate;

const PROBES: [string, string, string][] = [
  [
    'hu',
    '2024-03-14',
    'Budapest – A polgármester tegnap fogadta a nagykövetet a városházán, és megbeszélést folytattak a közös együttműködésről.',
  ],
  [
    'hu',
    '2024-03-15',
    'Budapest – A polgármester ma fogadta a nagykövetet a városházán, és megbeszélést folytattak az együttműködésről.',
  ],
  ['el', '2024-03-14', 'Αθήνα – Ο δήμαρχος συναντήθηκε χθες με τον πρέσβη της Ιαπωνίας στο δημαρχείο.'],
  ['el', '2024-03-15', 'Αθήνα – Ο δήμαρχος συναντήθηκε σήμερα με τον πρέσβη της Ιαπωνίας στο δημαρχείο.'],
  ['he', '2024-03-14', 'ירושלים – ראש העיר נפגש אתמול עם שגריר יפן בלשכתו.'],
  ['he', '2024-03-15', 'ירושלים – ראש העיר נפגש היום עם שגריר יפן בלשכתו.'],
  ['fi', '2024-03-14', 'Helsinki – Pormestari tapasi eilen Japanin suurlähettilään kaupungintalolla.'],
  ['fi', '2024-03-15', 'Helsinki – Pormestari tapasi tänään Japanin suurlähettilään kaupungintalolla.'],
  ['sl', '2024-03-14', 'Ljubljana – Župan je včeraj sprejel japonskega veleposlanika na mestni hiši.'],
  ['sl', '2024-03-15', 'Ljubljana – Župan je danes sprejel japonskega veleposlanika na mestni hiši.'],
  ['sr', '2024-03-14', 'Београд – Градоначелник се јуче састао са амбасадором Јапана у градској кући.'],
  ['sr', '2024-03-15', 'Београд – Градоначелник се данас састао са амбасадором Јапана у градској кући.'],
  ['ro', '2024-03-14', 'București – Primarul s-a întâlnit ieri cu ambasadorul Japoniei la primărie.'],
  ['ms', '2024-03-14', 'Kuala Lumpur – Datuk Bandar menerima kunjungan hormat Duta Jepun kelmarin.'],
  ['bn', '2024-03-14', 'ঢাকা – মেয়র গতকাল জাপানের রাষ্ট্রদূতের সঙ্গে বৈঠক করেন।'],
  ['bn', '2024-03-15', 'ঢাকা – মেয়র আজ জাপানের রাষ্ট্রদূতের সঙ্গে বৈঠক করেন।'],
  ['ur', '2024-03-14', 'اسلام آباد – میئر نے گزشتہ روز جاپان کے سفیر سے ملاقات کی۔'],
  ['ur', '2024-03-15', 'اسلام آباد – میئر نے آج جاپان کے سفیر سے ملاقات کی۔'],
  ['km', '2024-03-15', 'ភ្នំពេញ – ថ្ងៃនេះ អភិបាលក្រុងបានជួបពិភាក្សាជាមួយឯកអគ្គរដ្ឋទូតជប៉ុន។'],
  ['km', '2024-03-14', 'ភ្នំពេញ – ម្សិលមិញ អភិបាលក្រុងបានជួបពិភាក្សាជាមួយឯកអគ្គរដ្ឋទូតជប៉ុន។'],
  ['my', '2024-03-15', 'ရန်ကုန် – ယနေ့ မြို့တော်ဝန်သည် ဂျပန်သံအမတ်ကြီးနှင့် တွေ့ဆုံခဲ့သည်။'],
  ['hy', '2024-03-14', 'Երևան – Քաղաքապետը երեկ հանդիպել է Ճապոնիայի դեսպանի հետ։'],
  ['hy', '2024-03-15', 'Երևան – Քաղաքապետն այսօր հանդիպել է Ճապոնիայի դեսպանի հետ։'],
];

describe('yesterday and today in the languages the other tables lacked', () => {
  for (const [lang, want, body] of PROBES) {
    test(`a ${lang} record telling the mayor received the ambassador ${want.endsWith('14') ? 'yesterday' : 'today'} is dated ${want}`, () => {
      assert.equal(dated(body), want);
    });
  }

  test("the words are read in every language of the table, and the other languages' words they spell are not", () => {
    assert.deepEqual(relative('Tallinn – Linnapea kohtus eile suursaadikuga.'), ['yesterday:eile']);
    assert.deepEqual(relative('Vilnius – Meras vakar susitiko su ambasadoriumi ir aptarė bendradarbiavimą.'), [
      'yesterday:vakar',
    ]);
    assert.deepEqual(relative('Rīga – Mērs šodien tikās ar vēstnieku.'), ['today:šodien']);
    assert.deepEqual(relative('Tiranë – Kryetari u takua dje me ambasadorin.'), ['yesterday:dje']);
    assert.deepEqual(relative('София – Кметът се срещна днес с посланика.'), ['today:днес']);
    assert.deepEqual(relative('თბილისი – მერი გუშინ ელჩს შეხვდა.'), ['yesterday:გუშინ']);
    assert.deepEqual(relative('Reykjavík – Borgarstjóri tók í gær á móti sendiherra.'), ['yesterday:í gær']);
    assert.deepEqual(relative('Meya alikutana jana na balozi wa Japani katika ofisi yake.'), ['yesterday:jana']);
    // German "eilen" (to hurry) and "Eile" (haste), Italian "ma" (but), the name "Jana", the Chinese surname "Ma".
    assert.deepEqual(relative('Die Helfer eilen zum Rathaus, in aller Eile.'), []);
    assert.deepEqual(relative('Il sindaco ha incontrato Jana Novak, ma non il ministro.'), []);
    assert.deepEqual(relative('Budapest – Ma Zhaoxu külügyminiszter-helyettes fogadta a nagykövetet, hogy tárgyaljanak.'), []);
    // Hebrew "סדר היום" (the agenda) and "היום הראשון" (the first day) name no day.
    assert.deepEqual(relative('על סדר היום עמדו נושאי כלכלה ביום הראשון ובהיום השני.'), []);
  });

  test('a Hungarian "tegnap" with no date to count from gives no day', () => {
    const text = 'Találkozó\n\nA polgármester tegnap fogadta a japán nagykövetet, és megbeszélést folytattak.';
    assert.equal(parseRecordText(text).meetingDate, null);
  });
});

describe('numeric dates in Greek, Hebrew, Arabic and Persian sentences', () => {
  test('DD/MM/YYYY and D.M.YYYY are read after "στις", "ב-", "יום", "بتاريخ", "در تاریخ", a weekday, or after the meeting', () => {
    for (const text of [
      'Συνάντηση\n\nΟ δήμαρχος συναντήθηκε με τον πρέσβη της Ιαπωνίας στις 13/11/2019 στο δημαρχείο.',
      'Συνάντηση\n\nΤην Τετάρτη 13.11.2019 ο δήμαρχος συναντήθηκε με τον πρέσβη της Ιαπωνίας.',
      'Συνάντηση\n\nΟ δήμαρχος συναντήθηκε με τον πρέσβη της Ιαπωνίας, 13.11.2019.',
      'פגישה\n\nראש העיר נפגש עם שגריר יפן ב-13.11.2019 בלשכתו.',
      'פגישה\n\nראש העיר נפגש עם שגריר יפן ביום רביעי, 13/11/2019, בלשכתו.',
      'لقاء\n\nالتقى المحافظ سفير اليابان يوم 13/11/2019 في مكتبه.',
      'لقاء\n\nاستقبل المحافظ بتاريخ 13-11-2019 سفير اليابان في مكتبه.',
      'دیدار\n\nشهردار در تاریخ 13/11/2019 با سفیر ژاپن دیدار کرد.',
    ])
      assert.equal(parseRecordText(text).meetingDate, '2019-11-13', text);
  });
});
