// Dates on records never tuned on (fifth round): a record with no publication date that states its
// meeting's year in words takes its months and days from it, and a day the paragraph dates in full as
// another day (a photo's) is never the meeting's.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const CORPUS = 'tests/fixtures/corpus/records';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('an undated record that states its meeting year in words gives its month and day that year', () => {
  test('"3월 27일 … 초청해 … 함께했다", "2023년도 재외공관장 회의" and a caption of the same dinner: 27 March 2023', () => {
    const file = readFileSync(`${CORPUS}/ko1323_worldkorean_yoon-heads-of-mission-dinner.txt`, 'utf8');
    assert.equal(parseRecordText(file).meetingDate, '2023-03-27');
  });

  test('"chiều 8/11 … hội đàm", "chuyến thăm … trong năm 2016": 8 November 2016', () => {
    const text = [
      'Chiều 8/11, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ tịch Nhân đại Trung Quốc Trương Đức Giang.',
      'Chuyến thăm của ông Trương Đức Giang là chuyến thăm ở cấp cao nhất của lãnh đạo Trung Quốc trong năm 2016.',
    ].join('\n\n');
    assert.equal(meeting(text), '2016-11-08');
  });

  test('a Thai conference "ประจำปี 2566" (Buddhist era) dates "20 พ.ย." to 20 November 2023', () => {
    const file = readFileSync(`${CORPUS}/th501_mcot_ambassadors-consuls-general-conference.txt`, 'utf8');
    assert.equal(parseRecordText(file).meetingDate, '2023-11-20');
  });

  test("two years in the lead (a visit in 2016, a plan to 2030): which is the meeting's is not known", () => {
    const text = [
      'Chiều 8/11, Chủ tịch Quốc hội đã hội đàm với Chủ tịch Nhân đại Trung Quốc, chuyến thăm đầu tiên trong năm 2016.',
      'Hai bên hội đàm về hợp tác trong giai đoạn năm 2030.',
    ].join('\n\n');
    assert.equal(meeting(text), null);
  });

  test('a year beside something else names no meeting year: a plan ("dự kiến … năm 2019"), an anniversary, "từ đầu năm 2020 đến nay"', () => {
    for (const year of [
      'Tỉnh dự kiến sẽ tổ chức sự kiện Gặp gỡ Hàn Quốc năm 2019.',
      'Hai bên chuẩn bị kỷ niệm 10 năm ký kết quan hệ hợp tác (năm 2013).',
      'Ông thông tin về tình hình của tỉnh từ đầu năm 2020 đến nay tại buổi làm việc.',
    ]) {
      const text = [`Chiều 29-7, Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự Hàn Quốc.`, year].join('\n\n');
      assert.equal(meeting(text), null, year);
    }
  });

  test('"APEC Year 2017" is a name, not the year written as a year: "on February 17" stays unknown', () => {
    const text = [
      'Bonn (VNA) – Deputy Prime Minister Pham Binh Minh held separate meetings with the foreign ministers in Bonn on February 17. Vietnam was invited as the host of the APEC Year 2017.',
    ].join('\n\n');
    assert.equal(meeting(text), null);
  });

  test('with a publication date, the year the text names changes nothing ("2023년도" in a record of 2024)', () => {
    const text = ['장관은 3월 27일 대사를 접견했다. 2023년도 회의의 후속이다.'].join('\n\n');
    assert.equal(meeting(text, '2024-03-28'), '2024-03-27');
  });
});

describe('a day the paragraph itself dates in full as another day is not the meeting day', () => {
  test('a photo caption "15일 오전 … 출국하기 전 … 2020.01.15." in a record of 2 June is not dated 15 May', () => {
    const file = readFileSync(`${CORPUS}/ko2116_sarangbang_lee-do-hoon-china-russia-ambassadors.txt`, 'utf8');
    const parsed = parseRecordText(file);
    assert.equal(parsed.publishedAt, '2020-06-02');
    assert.notEqual(parsed.meetingDate, '2020-05-15');
  });

  test('the same day stated twice agrees: "2일 … 만났다 (2020.06.02)" keeps 2 June', () => {
    const text = ['이 본부장은 2일 서울에서 대사와 회담했다 (2020.06.02).'].join('\n\n');
    assert.equal(meeting(text, '2020-06-02'), '2020-06-02');
  });

  test('"ngày 5 … 5/1/2023" a paragraph dating the fifth in January, read in a record of March: not 5 March', () => {
    const text = ['Ngày 5, Bộ trưởng đã hội đàm với Đại sứ (ảnh chụp 5/1/2023 tại Hà Nội).'].join('\n\n');
    assert.equal(meeting(text, '2023-03-08'), null);
  });
});

describe("a live report tells its talks as under way and gives no day: the day is the record's own date", () => {
  test('"Встреча … началась в Берлине" in a record posted 26-02-2013: 26 February 2013', () => {
    const text = ['Встреча министра иностранных дел России и его немецкого коллеги Гидо Вестервелле началась в Берлине.'].join(
      '\n\n',
    );
    assert.equal(meeting(text, '2013-02-26'), '2013-02-26');
  });

  test('"se encuentra en Lima … participando en la reunión de cancilleres" under "Martes, 08 de agosto de 2017"', () => {
    const file = readFileSync(`${CORPUS}/es1330_minrel-cl_munoz-lima-foreign-ministers.txt`, 'utf8');
    assert.equal(parseRecordText(file).meetingDate, '2017-08-08');
  });

  test('talks still to come, begun "last week", or a record with no date of its own give no day', () => {
    assert.equal(meeting('Переговоры министров проходят завтра и будут посвящены Сирии.', '2013-02-26'), null);
    assert.equal(meeting('The talks, which are under way since last week, are meeting resistance.', '2013-02-26'), null);
    assert.equal(meeting('Встреча министров началась в Берлине.'), null);
  });

  test('a lead that dates its meeting keeps that day ("Chiều 24/2 … đang hội đàm")', () => {
    assert.equal(meeting('Chiều 24/2, hai Bộ trưởng đang hội đàm tại Hà Nội.', '2023-02-25'), '2023-02-24');
  });
});

describe('words for a state or long negotiations are no live report', () => {
  test('"the plan is meeting resistance", "the two sides are in talks", "переговоры начались в 2019 году": no day', () => {
    for (const text of [
      'The plan is meeting resistance from several ministers.',
      'The two governments are in talks on a new trade agreement.',
      'Переговоры о мирном договоре начались ещё в 2019 году.',
    ])
      assert.equal(meeting(text, '2023-05-10'), null, text);
  });
});

describe('a year that belongs to an invitation', () => {
  test('an undated credentials ceremony whose only year is a visit the president was invited to make gets no meeting date', () => {
    const text = [
      'Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh ngày 23/2 đã trình quốc thư lên Tổng thống Barack Obama.',
      'Đại sứ chuyển lời mời của Chủ tịch nước mời Tổng thống Barack Obama sang thăm Việt Nam trong năm 2015.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, null);
  });

  test('the same year told of the ceremony itself still dates it', () => {
    const text = [
      'Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh ngày 23/2 đã trình quốc thư lên Tổng thống Barack Obama.',
      'Lễ trình quốc thư trong năm 2015 diễn ra tại Nhà Trắng.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2015-02-23');
  });
});

describe('dates that belong to something else than the page', () => {
  test("an event page's span of days under its headline is the visit's, not the page's publication date", () => {
    const text = [
      'Bundespräsident Steinmeier in Wien',
      '14.07.2017 - 15.07.2017 Veranstaltung',
      'Bundespräsident Steinmeier reiste am Freitag, den 14.07.2017, zu seinem Antrittsbesuch nach Österreich, wo ihn Bundespräsident Van der Bellen in der Hofburg empfing.',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, null);
    assert.equal(parsed.meetingDate, '2017-07-14');
  });

  test("a short readout's 'Related News' timestamps date neither the page nor its 'yesterday'", () => {
    const text = [
      'Foreign ministers discuss the agenda of upcoming meetings',
      'Yesterday, the Minister of Foreign Affairs of Uzbekistan held a telephone conversation with the Minister of Foreign Affairs of Mongolia.',
      'They discussed the agenda of upcoming meetings at the top and high levels.',
      'Related News',
      '11:50 / 04.11.2024',
      'Uzbekistan appoints new ambassador to Indonesia',
      '14:28 / 29.10.2024',
      'New ambassador presents credentials',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, null);
    assert.equal(parsed.meetingDate, null);
  });
});
