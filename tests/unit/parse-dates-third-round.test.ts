// Dates on records never tuned on (third round): a record that only announces talks, a masthead's
// clock beside the weather, an earlier meeting recalled, Chinese paragraphs and a lead that opens on "This morning".

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('a record that opens on talks still to come gives no meeting date', () => {
  test('"… sẽ thăm cấp Nhà nước … Chuyến thăm diễn ra từ ngày 14 đến 15/4/2025": a full date, but of a visit ahead', () => {
    const text = [
      'Theo Thông cáo của Bộ Ngoại giao, Chủ tịch nước Cộng hòa A sẽ thăm cấp Nhà nước tới Việt Nam theo lời mời của Tổng Bí thư.',
      'Chuyến thăm diễn ra từ ngày 14 đến 15/4/2025./.',
    ].join('\n\n');
    assert.equal(meeting(text), null);
    assert.equal(parseRecordText(text).meetingDate, null);
  });

  test('"nhiều nguyên thủ … sẽ thăm"; "vào ngày 31 tháng 10 dẫn phát biểu": the day remarks were quoted is no meeting', () => {
    const text = [
      'date 2017-11',
      'Nhân dịp hội nghị APEC vào tháng 11, nhiều nguyên thủ sẽ chính thức thăm Việt Nam. Truyền thông trong nước vào ngày 31 tháng 10 dẫn phát biểu của Bộ trưởng rằng Hà Nội đã sẵn sàng đón thêm ba nguyên thủ.',
    ].join('\n\n');
    assert.equal(meeting(text), null);
  });

  test('announced first, then reported in the past: the talks held are dated', () => {
    const text = [
      'Bộ trưởng Ngoại giao nước B sẽ thăm chính thức Việt Nam từ ngày 3 đến 5/8/2013.',
      'Chiều 4/8/2013, hai Bộ trưởng đã hội đàm tại Hà Nội.',
    ].join('\n\n');
    assert.equal(meeting(text), '2013-08-04');
  });
});

describe("a masthead's clock beside the weather is not the record's date", () => {
  test('"29.1 C / Maracay / martes 26, noviembre 2024" over a story: no publication date, and "este lunes" stays unknown', () => {
    const text = [
      '29.1 C',
      'Maracay',
      'martes 26, noviembre 2024',
      'EL DIARIO DE LA REGIÓN',
      'Embajadora se reúne en Caracas con canciller',
      'La embajadora de Venezuela en España se reunió este lunes en Caracas con el ministro de Relaciones Exteriores para definir acciones frente a la tensión diplomática.',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, null);
    assert.equal(parsed.meetingDate, null);
  });

  test('"2024.04.19 (금)" above "서울 3.2℃": the site\'s today, not the day of the story', () => {
    const text = [
      '2024.04.19 (금)',
      '  • 서울 3.2℃',
      '  • 부산 7.7℃',
      '외교',
      '국정원장, 총리 접견',
      '방일 중인 국정원장이 13일 총리를 접견하고 남북 정상회담에 대해 설명했다. 두 사람은 한 시간 동안 대화를 나눴다.',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, null);
    assert.equal(parsed.meetingDate, null);
  });

  test('a date line with no weather beside it is still the publication date', () => {
    const text = [
      'martes 26, noviembre 2024',
      'Canciller recibe a embajadora',
      'El canciller se reunió este lunes con la embajadora en la sede de la cancillería para revisar la agenda bilateral.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2024-11-26');
  });
});

describe('an earlier meeting recalled is never the meeting date', () => {
  test('"21일 … 만나 … 논의했다. 앞서 … 지난달 11일 … 정상회담을 가졌다": the day of this meeting, not of the one before', () => {
    const text = [
      '대통령은 21일 베트남 부총리 겸 외교장관을 만나 양국 협력 강화를 논의했다.',
      '앞서 대통령은 지난달 11일 다낭에서 열린 APEC 참석을 계기로 베트남 주석과 첫 정상회담을 가졌다.',
    ].join('\n\n');
    assert.equal(meeting(text, '2017-12-21'), '2017-12-21');
  });

  test('"앞서 이날 오전 … 회담한 뒤": earlier the same day is still that day', () => {
    const text = '총리는 30일 청두에서 리 총리와 회담했다. 앞서 이날 오전 베이징에서 주석과 회담한 뒤 오찬을 함께 했다.';
    assert.equal(meeting(text, '2019-12-30'), '2019-12-30');
  });

  test('Chinese paragraphs count as paragraphs: a meeting "7月14日" told in the fourth is one the record recalls', () => {
    const text = [
      '日本政府高官说,日本希望和中国密切沟通,包括与重新被任命为中国外交部长的资深外交官王毅沟通。',
      '路透社报道,日本内阁秘书长星期三(7月26日)对记者说:“日中双方共同努力,建立一个建设性和稳定的关系,是非常重要的。”',
      '中国全国人大常委会会议星期二决定,免去秦刚的外交部长职务,由中共中央政治局委员、中央外办主任王毅接任外长。',
      '7月14日,王毅和日本外长林芳正在印度尼西亚举行的亚细安会议场边举行会谈,并同意中日韩三国恢复举行三方高级官员会谈。',
    ].join('\n\n');
    assert.equal(meeting(text, '2023-07-26'), null);
  });
});

describe('"This morning, Wednesday 9th March 2022, …" opens a sentence, not a dateline', () => {
  test('the date restated after "This morning" is the courtesy call\'s', () => {
    const text =
      'This morning, Wednesday 9th March 2022, the Ambassador of the Swiss Confederation paid a courtesy call on the Governor-General. They discussed the solar energy project.';
    assert.equal(meeting(text, '2022-03-09'), '2022-03-09');
    assert.equal(meeting(text), '2022-03-09');
  });
});

describe('the publication date where pages print it', () => {
  test('a Thai page\'s "21/03/2561" is in the Buddhist era: 21 March 2018', () => {
    const text = [
      'เอกอัครราชทูต ณ กรุงปราก เป็นเจ้าภาพงานเลี้ยงรับรองอาหารกลางวันเอกอัครราชทูตกลุ่มประเทศเอเชีย',
      '21/03/2561',
      'เมื่อวันที่ 21 มีนาคม 2561 เอกอัครราชทูต ณ กรุงปราก ได้เป็นเจ้าภาพงานเลี้ยงรับรองอาหารกลางวัน โดยมีประธานสภาผู้แทนราษฎรเป็นแขกเกียรติยศ',
    ].join('\n\n');
    assert.equal(parseRecordText(text).publishedAt, '2018-03-21');
  });

  test('"Ex-envoys call on Mahama9:01, 19.May 2017": the stamp glued to the headline dates the page, not the call', () => {
    const text = [
      'Ex-envoys call on Mahama9:01, 19.May 2017',
      'Ambassadors who served during the tenure of the former President have paid a courtesy call on him to thank him for their appointments.',
      'The envoys indicated that they were proud of their service.',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2017-05-19');
    assert.equal(parsed.meetingDate, null);
  });

  test('"… 2011年12月7日 17:51 在北京,外交部重申,…。": a Chinese line of prose with its posting time', () => {
    const text =
      '外交部:適時公布日揆訪華日期 外交部:適時公布日揆訪華日期 2011年12月7日 17:51 在北京,外交部重申,歡迎日本首相到訪,會在適當時候公布日期。 外交部發言人說,中方歡迎並重視此訪。';
    assert.equal(parseRecordText(text).publishedAt, '2011-12-07');
  });

  test('"Sumber : ANTARA (15/03/1987)" at the foot dates the wire, and "hari Sabtu" is the day before', () => {
    const text = [
      'PRESIDEN TERIMA MENLU',
      'Presiden Soeharto di Bina Graha Jakarta, hari Sabtu, menerima kunjungan kehormatan Menteri Luar Negeri Papua Nugini selama setengah jam.',
      'Dalam kesempatan itu hadir pula Menteri Luar Negeri, yang seusai pertemuan mengatakan kepada wartawan bahwa tamunya menyampaikan salam hangat.',
      'Mengenai keinginan Papua Nugini untuk menjadi anggota ASEAN, Menlu mengatakan bahwa hal itu sedang dipelajari.',
      'Ketika ditanya apakah KTT ASEAN juga akan membicarakan keinginan itu, Menlu menjawab, “Kita lihat saja nanti.”',
      'Menlu Papua Nugini berada di Indonesia sejak Kamis untuk mengadakan pertukaran piagam ratifikasi perjanjian persahabatan.',
      'Kunjungan itu merupakan yang pertama sejak perjanjian ditandatangani, kata seorang pejabat kepada wartawan.',
      'Jakarta, Antara',
      'Sumber : ANTARA (15/03/1987)',
      'Dikutip sesuai tulisan dan ejaan aslinya dari buku berita presiden, Jakarta : Antara Pustaka Utama, 2008, hal. 77-78.',
      'Kenapa tidak meninggalkan komentar?',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '1987-03-15');
    assert.equal(parsed.meetingDate, '1987-03-14');
  });
});

describe("a clock's minutes are never a day", () => {
  test('"14:24 Июль 16, 2018" under the headline is 16 July 2018, not the 24th', () => {
    const text = [
      'В Хельсинки началась первая личная встреча министров',
      '14:24 Июль 16, 2018',
      'Главы внешнеполитических ведомств России и США проводят переговоры параллельно с саммитом президентов.',
      'ТАСС отмечает, что это первая встреча дипломатов после назначения госсекретаря.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).publishedAt, '2018-07-16');
  });

  test('"Маяк 5, 2021" names no month', () => {
    const text = [
      'Маяк 5, 2021',
      'Министр провел встречу с послом в Москве, стороны обсудили сотрудничество в области энергетики.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).publishedAt, null);
  });
});

describe('Indonesian: "menemui" (called on) reports a meeting', () => {
  test('"Perdana Menteri … menemui Gubernur …, Selasa (7/6/2022)": the day of the call, not the recalled Bogor visit', () => {
    const text = [
      'Makassar, Sulawesi Selatan - Perdana Menteri Australia Anthony Albanese menemui Gubernur Sulawesi Selatan, Selasa (7/6/2022). Albanese tiba di Kantor Gubernur sekitar pukul 13.24 Wita.',
      'Sehari sebelumnya, Albanese berkunjung di Istana Kepresidenan Bogor dan disambut oleh Presiden, Senin (6/6).',
    ].join('\n\n');
    assert.equal(meeting(text, '2022-06-07'), '2022-06-07');
    assert.equal(meeting(text), '2022-06-07');
  });
});

describe('Vietnamese: a day and month written with a dot', () => {
  test('"Chiều 18.11", "Sáng 28.5", "ngày 5.3.2021" are dates; "18.11 triệu" is a number', () => {
    const read = (t: string) => findDateMentions(t).map((m) => [m.year, m.month, m.day]);
    assert.deepEqual(read('Chiều 18.11, đoàn cán bộ làm việc tại tỉnh.'), [[null, 11, 18]]);
    assert.deepEqual(read('Sáng 28.5, HĐND tỉnh khai mạc kỳ họp.'), [[null, 5, 28]]);
    assert.deepEqual(read('Lễ ký kết ngày 5.3.2021 tại Hà Nội.'), [[2021, 3, 5]]);
    assert.deepEqual(read('Kim ngạch tăng 18.11 triệu USD.'), []);
  });

  test('"Chiều 18.11, Chủ tịch UBND tỉnh tiếp …" under a page dated 18/11/2019 is that day', () => {
    assert.equal(
      meeting('Chiều 18.11, Chủ tịch UBND tỉnh tiếp đoàn công tác của thành phố Sangju (Hàn Quốc).', '2019-11-18'),
      '2019-11-18',
    );
  });
});

describe('a page that dates itself twice, or dates its entries (real pages from the corpus)', () => {
  const page = (name: string): string => readFileSync(new URL(`../fixtures/corpus/records/${name}`, import.meta.url), 'utf8');

  // Stop 30: the readout's stamp, printed after its headline and again alone on its own line under it, is two pieces of
  // evidence for the 26th against the blog's one for the 27th; the labels give the 26th to both fields.
  test('a blog\'s "Friday, October 27, 2023" over a readout stamped "10/26/2023 11:52 PM EDT" twice: the readout\'s stamp dates it, and its "today"', () => {
    const parsed = parseRecordText(page('en805_ozardiplo_blinken-wang-yi-washington.txt'));
    assert.equal(parsed.publishedAt, '2023-10-26');
    assert.equal(parsed.meetingDate, '2023-10-26');
  });

  test('a list of courtesy calls of several days ("令和6年9月30日 … 令和6年7月19日 …"): the first call is dated, the page is not', () => {
    const parsed = parseRecordText(page('ja1101_pref-fukushima_governor-courtesy-calls.txt'));
    assert.equal(parsed.meetingDate, '2024-09-30');
    assert.equal(parsed.publishedAt, null);
  });

  test('an activity log whose entries are all of one day ("2022.9.30") keeps that day as the page\'s date', () => {
    const parsed = parseRecordText(page('ja805_yamada-kenji_korsunsky-call.txt'));
    assert.equal(parsed.publishedAt, '2022-09-30');
    assert.equal(parsed.meetingDate, '2022-09-30');
  });
});
