// A meeting told "on Monday", "yesterday", "today" or "the day before yesterday" takes its full date from the
// record's own date, in Russian, Ukrainian, Czech, Turkish, Chinese and Persian as in the other languages: a
// Russian or Ukrainian minister who "received" an ambassador ("принял посла", "прийняв посла") met him, though
// "принял участие" (took part) and "приняла закон" (passed a law) meet nobody; Turkish running text writes the weekday
// in lower case ("pazartesi günü"), after the minister's name and a comma, which is no dateline; Chinese puts "周一"
// right after the minister's name; Persian says "امروز", "دیروز", "روز دوشنبه", though a spokesman's "today … said"
// dates the telling and an envoy "arrived today and was welcomed" held no talks. "Last week" names no day and
// stays empty, and a meeting still ahead ("встретится", "görüşecek") is no meeting held.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const relative = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.relative}:${m.weekday ?? ''}`);
const meetingOn = (title: string, dateLine: string, lead: string): string | null =>
  parseRecordText([title, dateLine, lead].join('\n\n')).meetingDate;

describe('a day told against the record date in more languages', () => {
  test('a Russian record dated Wednesday 5 May 2021 naming the minister who received the ambassador on Monday dates it the 3rd', () => {
    assert.equal(
      meetingOn('Министр принял посла', '5 мая 2021', 'Министр Иван Петров в понедельник принял посла Японии Таро Ямаду.'),
      '2021-05-03',
    );
    assert.equal(
      meetingOn(
        'Министр принял посла',
        '5 мая 2021',
        'Министр Иван Петров в понедельник принял у себя японского посла Таро Ямаду.',
      ),
      '2021-05-03',
    );
  });

  test('a Russian minister who took part in a session, or a parliament passing a law, on Monday met nobody that day', () => {
    assert.equal(
      meetingOn('Заседание', '5 мая 2021', 'Министр Иван Петров в понедельник принял участие в заседании правительства.'),
      null,
    );
    assert.equal(meetingOn('Закон', '5 мая 2021', 'В понедельник Государственная дума приняла закон о бюджете.'), null);
  });

  test('a Ukrainian record naming the minister who received the ambassador on Monday dates it from the record date', () => {
    assert.equal(
      meetingOn(
        'Міністр прийняв посла',
        '5 травня 2021',
        'Міністр Іван Петренко у понеділок прийняв посла Японії Таро Ямаду в Києві.',
      ),
      '2021-05-03',
    );
  });

  test('"the day before yesterday" is two days before the record date, and the "yesterday" inside it is not read', () => {
    assert.deepEqual(relative('Министр позавчера встретился с послом.'), ['twoDaysAgo:']);
    assert.deepEqual(relative("Il ministro ha incontrato l'altro ieri l'ambasciatore."), ['twoDaysAgo:']);
    assert.deepEqual(relative('Le ministre a reçu avant-hier l’ambassadeur.'), ['twoDaysAgo:']);
    assert.deepEqual(relative('التقى الوزير أول أمس السفير.'), ['twoDaysAgo:']);
    assert.deepEqual(relative('Toplantıdan önceki gün bakan açıklama yaptı.'), []);
    assert.equal(
      meetingOn(
        'Ministr se setkal s velvyslancem',
        '5. května 2021',
        'Ministr Jan Novák se předevčírem setkal s japonským velvyslancem Taro Yamadou v Praze.',
      ),
      '2021-05-03',
    );
    assert.equal(
      meetingOn(
        'Зустріч міністра',
        '5 травня 2021',
        'Міністр Іван Петренко позавчора зустрівся з послом Японії Таро Ямадою в Києві.',
      ),
      '2021-05-03',
    );
  });

  test('a Turkish record dated 05.05.2021 telling the talks "pazartesi günü" dates them Monday the 3rd, and "dün" the 4th', () => {
    assert.equal(
      meetingOn(
        'Bakan büyükelçi ile görüştü',
        '05.05.2021',
        "Dışişleri Bakanı Ahmet Yılmaz, pazartesi günü Japonya'nın Ankara Büyükelçisi Taro Yamada ile bakanlıkta görüştü.",
      ),
      '2021-05-03',
    );
    assert.equal(
      meetingOn(
        'Bakan büyükelçi ile görüştü',
        '05.05.2021',
        "Dışişleri Bakanı Ahmet Yılmaz, dün Japonya'nın Ankara Büyükelçisi Taro Yamada ile görüştü.",
      ),
      '2021-05-04',
    );
  });

  test('a Turkish meeting still ahead on Monday, or held "last week", gives no date', () => {
    assert.equal(
      meetingOn(
        'Bakan büyükelçi ile görüşecek',
        '05.05.2021',
        "Dışişleri Bakanı Ahmet Yılmaz, pazartesi günü Japonya'nın Ankara Büyükelçisi Taro Yamada ile bakanlıkta görüşecek.",
      ),
      null,
    );
    assert.equal(
      meetingOn(
        'Bakan büyükelçi ile görüştü',
        '05.05.2021',
        "Dışişleri Bakanı Ahmet Yılmaz, geçen hafta Japonya'nın Ankara Büyükelçisi Taro Yamada ile görüştü.",
      ),
      null,
    );
  });

  test('a Chinese record naming the minister who met the ambassador "周一" right after his name dates it Monday', () => {
    assert.equal(
      meetingOn('王毅会见日本大使', '2021年5月5日', '外交部长王毅周一在北京会见了日本驻华大使山田太郎。'),
      '2021-05-03',
    );
    assert.equal(
      meetingOn('王毅会见日本大使', '2021年5月5日', '外交部长王毅前天在北京会见了日本驻华大使山田太郎。'),
      '2021-05-03',
    );
    // 周 is also a surname: "周一鸣" is a man.
    assert.deepEqual(relative('副市长周一鸣会见了代表团。'), []);
  });

  test('a Persian record telling the talks "امروز", "دیروز" or "روز دوشنبه" dates them from the record date', () => {
    const lead = (when: string): string => `وزیر امور خارجه محمد احمدی ${when} با سفیر ژاپن تارو یامادا در تهران دیدار کرد.`;
    assert.equal(meetingOn('دیدار وزیر با سفیر', '2025-09-24', lead('امروز')), '2025-09-24');
    assert.equal(meetingOn('دیدار وزیر با سفیر', '2025-09-24', lead('دیروز')), '2025-09-23');
    assert.equal(meetingOn('دیدار وزیر با سفیر', '2025-09-24', lead('روز دوشنبه')), '2025-09-22');
    // An envoy who arrived this morning and was welcomed, and a spokesman who said today that he meets the Taliban: no talks held.
    assert.equal(
      meetingOn(
        'نماینده ویژه وارد کابل شد',
        '2021-11-15',
        [
          'نماینده ویژه ایران صبح امروز در صدر هیئتی وارد کابل شد و مورد استقبال مسئولان طالبان قرار گرفت.',
          'سخنگوی وزارت امور خارجه امروز با اشاره به این سفر گفت که نماینده ویژه با وزیر خارجه طالبان دیدار می‌کند.',
        ].join('\n\n'),
      ),
      null,
    );
    // The Friday prayer leader is an office, not a day.
    assert.deepEqual(relative('استاندار با امام جمعه قزوین دیدار کرد.'), []);
  });
});
