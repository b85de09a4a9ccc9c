// Dates on records never tuned on (fourth round): talks dated after the record itself are still to come,
// whatever the verb says.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const CORPUS = 'tests/fixtures/corpus/records';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('talks the lead dates after the record was written are ahead, and no other day of the lead is theirs', () => {
  test('"《…通訊社24日專訊》… 王毅10月26日至28日訪問華盛頓,與布林肯會面" in a text of 24 October: no meeting date', () => {
    const text = [
      '【大國博弈】王毅26日-28日訪美,與布林肯會面',
      '經濟通新聞 2023-10-24 08:56',
      '《經濟通通訊社24日專訊》美國國務院公布,中國外長王毅10月26日至28日訪問華盛頓,與美國國務卿布林肯會面。兩人將討論一系列雙邊議題。',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2023-10-24');
    assert.equal(parsed.meetingDate, null);
  });

  test('"On 24 June the ministry said the ministers meet in Hanoi on 27 June" in a text of the 24th: no meeting date', () => {
    const text = [
      'On 24 June the ministry said that the two foreign ministers meet in Hanoi on 27 June for their annual talks.',
    ].join('\n\n');
    assert.equal(meeting(text, '2023-06-24'), null);
  });

  test('a talk told in the past before the later one keeps its day: "29일 만찬을 가졌고, 11월 2일 회담한다" in a text of the 30th', () => {
    const text = ['김 장관은 29일 상대 장관과 만찬을 가졌다. 두 장관은 11월 2일 서울에서 회담한다.'].join('\n\n');
    assert.equal(meeting(text, '2023-10-30'), '2023-10-29');
  });

  test('a report a day after its stated date, in the past tense, still dates its meeting (a site whose date lags)', () => {
    const text = ['The two ministers met in Jakarta on 25 June and discussed maritime cooperation.'].join('\n\n');
    assert.equal(meeting(text, '2023-06-24'), '2023-06-25');
  });
});

describe('publication date lines in scripts and labels the byline reader did not know', () => {
  test('a Thai headline with the visit\'s dates in it is a headline, and "25 ส.ค. 2564" under it is the date', () => {
    const text = [
      'การเยือนไทยอย่างเป็นทางการของรัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐเกาหลี ระหว่างวันที่ ๒๖ – ๒๘ สิงหาคม ๒๕๖๔',
      '',
      'การเยือนไทยอย่างเป็นทางการของรัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐเกาหลี ระหว่างวันที่ ๒๖ – ๒๘ สิงหาคม ๒๕๖๔',
      '',
      '25 ส.ค. 2564',
      '',
      '309 view',
      '',
      'นายชอง อึย-ยง รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐเกาหลี มีกำหนดเดินทางเยือนไทยอย่างเป็นทางการ ระหว่างวันที่ ๒๖ - ๒๘ สิงหาคม ๒๕๖๔ เพื่อกระชับความเป็นหุ้นส่วนยุทธศาสตร์',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2021-08-25');
    assert.equal(parsed.meetingDate, null);
  });

  test('"วันที่นำเข้าข้อมูล" is when the item was entered (published), "วันที่ปรับปรุงข้อมูล" when it was updated', () => {
    const text = [
      'รัฐมนตรีว่าการกระทรวงการต่างประเทศเยือน สปป. ลาว อย่างเป็นทางการ',
      '',
      'วันที่นำเข้าข้อมูล 27 พ.ค. 2567',
      '',
      'วันที่ปรับปรุงข้อมูล 29 พ.ค. 2567',
      '',
      'นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศ มีกำหนดเยือนสาธารณรัฐประชาธิปไตยประชาชนลาวอย่างเป็นทางการ ตามคำเชิญของรัฐมนตรีกระทรวงการต่างประเทศลาว',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2024-05-27');
  });

  test('"- Giriş Tarihi: 29.05.2022 | 20:10" below the standfirst: a label, a date and a clock make a byline in any language', () => {
    const text = [
      'Dışişleri Bakanı Çavuşoğlu, Fransız mevkidaşı Colonna ile görüştü',
      'Son dakika... Dışişleri Bakanı Mevlüt Çavuşoğlu, Fransız mevkidaşı Colonna ile görüştü. Bakan Çavuşoğlu mevkidaşını tebrik etti.',
      '- Gündem',
      '- Giriş Tarihi: 29.05.2022 | 20:10',
      '- Güncelleme Tarihi: 29.05.2022 | 20:31',
      'Dışişleri Bakanlığından yapılan açıklamada görüşmede ikili ilişkilerin ele alındığı kaydedildi.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2022-05-29');
  });
});

describe('Turkish days and meeting words, and Chinese in traditional characters', () => {
  test('"Bakan Fidan ile Lavrov, dün akşam saatlerinde bir telefon görüşmesi gerçekleştirdi" in a text of 14 November: the 13th', () => {
    const text = [
      'Dışişleri Bakanı Hakan Fidan son olarak Rus mevkidaşı Sergey Lavrov ile görüştü.',
      'Diplomatik kaynaklardan edinilen bilgiye göre, Bakan Fidan ile Rusya Dışişleri Bakanı Lavrov, dün akşam saatlerinde bir telefon görüşmesi gerçekleştirdi.',
    ].join('\n\n');
    assert.equal(meeting(text, '2024-11-14'), '2024-11-13');
  });

  test('"Salı günü Ankara\'da bir araya geldi" in a text of Thursday 16 May 2024: Tuesday the 14th', () => {
    const text = [
      'Dışişleri Bakanı Hakan Fidan, Yunan mevkidaşı ile Salı günü Ankara’da bir araya geldi ve ikili ilişkileri ele aldı.',
    ].join('\n\n');
    assert.equal(meeting(text, '2024-05-16'), '2024-05-14');
  });

  test('"Pazartesi görüşecek" is still to come: no meeting date', () => {
    const text = ['Dışişleri Bakanı Hakan Fidan, Alman mevkidaşı ile Pazartesi günü Berlin’de görüşecek.'].join('\n\n');
    assert.equal(meeting(text, '2024-05-16'), null);
  });

  test('"周一(21日)…會晤…同日": "即將訪問…11月4至6日" is a visit ahead, so "同日" is the 21st, not the 6th', () => {
    const text = [
      '【明報專訊】正在法國訪問的國務委員兼外長王毅,當地時間周一(21日)在巴黎愛麗舍宮與法國總統馬克龍會晤。王毅表示,中方熱烈歡迎馬克龍總統即將訪問中國。馬克龍總統將於11月4至6日訪華。王毅同日與法國外長會談。',
    ].join('\n\n');
    assert.equal(meeting(text, '2019-10-23'), '2019-10-21');
  });
});

describe('a weekday with nothing to count from takes the one full date in the text that falls on it', () => {
  test('"held a meeting in Tehran on Monday" under a caption "… in Tehran on December 24, 2018" (a Monday): the 24th', () => {
    const text = [
      'Iran, Pakistan FMs discuss regional developments',
      'Iranian Foreign Minister Mohammad Javad Zarif shakes hands with his Pakistani counterpart in Tehran on December 24, 2018. (Photo by Fars news agency)',
      'Foreign ministers of Iran and Pakistan have exchanged views about the latest developments pertaining to bilateral relations as well as regional issues.',
      'Iranian Foreign Minister Mohammad Javad Zarif and his Pakistani counterpart held a meeting in Tehran on Monday during which they stressed the importance of joint efforts.',
    ].join('\n');
    assert.equal(parseRecordText(text).meetingDate, '2018-12-24');
  });

  test('"se reunió el martes" with "el 24 de diciembre de 2018" (a Monday) as the only full date: no meeting date', () => {
    const text = [
      'Los cancilleres se reunieron el martes en Teherán y conversaron sobre la cooperación bilateral.',
      'El acuerdo anterior se firmó el 24 de diciembre de 2018 en Islamabad.',
    ].join('\n\n');
    assert.equal(meeting(text), null);
  });
});

describe('stamps with the clock first, and Korean labels that end in 일', () => {
  test('"10:06 05/10/2021" above a Vietnamese headline: the clock first, then the day (5 October)', () => {
    const text = [
      '10:06 05/10/2021',
      '',
      'Thủ tướng Phạm Minh Chính gửi thư chúc mừng Thủ tướng Nhật Bản',
      '',
      'Nhân dịp Ngài Kishida Fumio được bầu làm Thủ tướng Nhật Bản, ngày 04/10/2021, Thủ tướng Chính phủ Phạm Minh Chính đã gửi thư chúc mừng.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2021-10-05');
  });

  test('"3:06 PM 05/10/2021" is an American stamp, whose order is not guessed from the clock', () => {
    const text = [
      '3:06 PM 05/10/2021',
      '',
      'Prime Minister sends letter of congratulations',
      '',
      'The Prime Minister sent a letter of congratulations to his counterpart on his election by the parliament.',
    ].join('\n');
    assert.notEqual(parseRecordText(text).publishedAt, '2021-10-05');
  });

  test('"기사 작성일 2018-11-16 15:44:21 최종 수정일 2018-11-17 09:00:00": written on the 16th, updated later', () => {
    const text = [
      '[국회 Q&A]“국회의장도 직접 외교에 나서나요?”',
      '기사 작성일 2018-11-16 15:44:21 최종 수정일 2018-11-17 09:00:00',
      '국회의장은 의원외교의 중심으로서 여러 나라의 의회 지도자들과 만나 의회 간 협력을 논의합니다. 국회의장의 외교 활동은 정부 외교를 보완합니다.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2018-11-16');
  });
});

describe('day-first dates with dashes, and Korean weekdays', () => {
  test('"Chính trị 18-05-2022" under the headline dates the page, and "ngày 16.5" the meeting', () => {
    const text = [
      'Chủ tịch Quốc hội gặp nguyên lãnh đạo Đảng, Nhà nước Lào',
      'Chính trị 18-05-2022',
      'Trong khuôn khổ chuyến thăm chính thức nước Lào, ngày 16.5, tại thủ đô Vientiane, Chủ tịch Quốc hội Vương Đình Huệ đã có cuộc gặp với nguyên lãnh đạo Đảng, Nhà nước Lào.',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2022-05-18');
    assert.equal(parsed.meetingDate, '2022-05-16');
  });

  test('"05-06-2022" could be either order: not guessed', () => {
    assert.equal(
      parseRecordText(
        'Ministers meet in Hanoi\nPolitics 05-06-2022\nThe two ministers met in Hanoi and discussed trade and investment between the two countries.',
      ).publishedAt,
      null,
    );
  });

  test('"목요일 … 회담했다" in a text published on Friday 21 September 2018: Thursday the 20th', () => {
    const text = ['목요일 문재인 대통령과 김정은 국무위원장이 백두산 정상에서 만나 회담했다.'].join('\n\n');
    assert.equal(meeting(text, '2018-09-21'), '2018-09-20');
  });

  test('"목요일(20일)" is read by the day it names, not counted back as a weekday', () => {
    const text = ['두 정상은 목요일(20일) 평양에서 회담했다.'].join('\n\n');
    assert.equal(meeting(text, '2018-09-27'), '2018-09-20');
  });
});

describe("a file photo's caption dated weeks before the record does not date its meeting when the lead gives another day", () => {
  test('caption "… membuka pertemuan … Kamis (27/1/2022)" over "… menerima surat-surat kepercayaan … pada Rabu (3/2)" in a text of 2 March: no date', () => {
    const parsed = parseRecordText(readFileSync(`${CORPUS}/id1101_katadata_jokowi-six-ambassadors-credentials.txt`, 'utf8'));
    assert.equal(parsed.publishedAt, '2022-03-02');
    assert.equal(parsed.meetingDate, null);
  });

  test('the lead dated the same day as the record keeps its date, whatever the paragraph after it recalls ("từ ngày 29-30/10/2020")', () => {
    const text = [
      'Sáng 30/10, Phó thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đã đón, hội đàm với Ngoại trưởng Hoa Kỳ.',
      'Nhận lời mời của Phó thủ tướng, từ ngày 29-30/10/2020, Ngoại trưởng Hoa Kỳ thăm chính thức Việt Nam.',
    ].join('\n\n');
    assert.equal(meeting(text, '2020-10-30'), '2020-10-30');
  });
});

describe('Korean words for a courtesy talk and a hosted visit date their meeting', () => {
  test('"세종시는 6일 … 외교사절을 초청해 … 행사를 가졌다" in a text of 6 December 2017: that day', () => {
    const text = ['세종시는 6일 세계 18개국 41명의 외교사절을 초청해 시 주요 시설을 소개하는 행사를 가졌다.'].join('\n\n');
    assert.equal(meeting(text, '2017-12-06'), '2017-12-06');
  });

  test('"시장은 지난 4일 시청에서 대사와 환담했다" in a text of the 6th: the 4th', () => {
    const text = ['이춘희 시장은 지난 4일 시청 접견실에서 주한 코트디부아르 대사와 환담했다.'].join('\n\n');
    assert.equal(meeting(text, '2017-12-06'), '2017-12-04');
  });

  test('"오는 20일 외교사절을 초청할 예정" is ahead: no date', () => {
    const text = ['세종시는 오는 20일 외교사절을 초청해 홍보 행사를 열 예정이다.'].join('\n\n');
    assert.equal(meeting(text, '2017-12-06'), null);
  });
});
