// Dates the first round of rules still missed: Bengali and Hindi month names and digits, and the
// stamp a Bengali wire puts at its foot ("বাংলাদেশ সময়: ১৩৫৫ ঘণ্টা, জানুয়ারি ০১, ২০২০").

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

const read = (text: string): (string | null)[] =>
  findDateMentions(text).map((m) =>
    m.month === null || m.day === null
      ? null
      : `${m.year ?? '?'}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`,
  );

describe('Bengali and Hindi dates', () => {
  test('"১ জানুয়ারি", "জানুয়ারি ০১, ২০২০" and "5 फ़रवरी 2020" are read with their own digits and month names', () => {
    assert.deepEqual(read('বুধবার (১ জানুয়ারি) দুপুর'), ['?-01-01']);
    assert.deepEqual(read('জানুয়ারি ০১, ২০২০'), ['2020-01-01']);
    assert.deepEqual(read('मोदी ने 5 फ़रवरी 2020 को'), ['2020-02-05']);
  });

  test('a word that only begins like a month ("মেয়র", mayor) is no date', () => {
    assert.deepEqual(read('১৫ মেয়র'), []);
  });

  test('a call "বুধবার (১ জানুয়ারি)" is dated by the wire\'s foot stamp, which gives the year', () => {
    const text = [
      'প্রধানমন্ত্রী শেখ হাসিনাকে বুধবার (১ জানুয়ারি) দুপুর ১২টা ২০ মিনিটে ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী টেলিফোন করেন বলে গণমাধ্যমকে জানিয়েছেন প্রধানমন্ত্রীর প্রেস সচিব।',
      'প্রায় ১৫ মিনিটের মতো ফোনালাপে দুই প্রধানমন্ত্রী পারস্পরিক কুশল বিনিময় ছাড়াও বিভিন্ন বিষয়ে কথা বলেন।',
      'বাংলাদেশ সময়: ১৩৫৫ ঘণ্টা, জানুয়ারি ০১, ২০২০',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2020-01-01');
    assert.equal(parsed.meetingDate, '2020-01-01');
  });

  test('without a year anywhere, "মঙ্গলবার (১ সেপ্টেম্বর)" stays empty: never invented', () => {
    const text = 'তিনি বলেন, মঙ্গলবার (১ সেপ্টেম্বর) বিকাল ৫টার দিকে দক্ষিণ এশিয়ার দুই প্রধানমন্ত্রী টেলিফোনে কথা বলেন। তারা কুশল বিনিময় করেন।';
    assert.equal(meeting(text), null);
    assert.equal(meeting(text, '2020-09-01'), '2020-09-01');
  });
});

describe('Korean: a roundtable is a meeting, and a day after a full stop is still a day', () => {
  test('"20-22일 … 방문 … 21일 오전 … 간담회가 개최됐다": the roundtable\'s day beats the visit\'s first day', () => {
    const text = [
      '업무팀 일행 2명이 지난 7월 20-22일 장춘을 방문, 장춘시에서 교류워크숍 개최 사안을 가지고 협의했다.',
      '업무팀은 장춘 방문 기간, 관계자와 업무회담을 진행한다. 21일 오전, 장춘시 외사판공실에서 간담회가 개최됐다.',
    ].join('\n\n');
    assert.equal(meeting(text, '2022-08-08'), '2022-07-21');
  });

  test('a press roundtable ("기자간담회") is not the meeting: its day does not beat the talks\'', () => {
    const text = '장관은 지난 20일 상대국 장관과 회담했다고 밝혔다. 장관은 22일 기자간담회에서 이같이 말했다.';
    assert.equal(meeting(text, '2022-08-08'), '2022-07-20');
  });

  test('"2022. 7. 21": the day after a numeric month is not read again as a bare "21일"', () => {
    assert.deepEqual(read('회담은 2022. 7. 21일 열렸다.'), ['2022-07-21']);
  });
});

describe('the year from elsewhere on the page', () => {
  test('a breadcrumb "Highlighting Japan November 2017" gives "11月6日" its year', () => {
    const text = [
      'Home > Highlighting JAPAN > Highlighting Japan November 2017 > 総理動向',
      '日米首脳ワーキングランチ及び日米首脳会談',
      '11月6日,安倍晋三内閣総理大臣は,ドナルド・トランプ米国大統領と日米首脳ワーキングランチ及び日米首脳会談を行いました。概要は以下のとおりです。',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2017-11-06');
  });

  test('a month named above the text does not date a day of another month long before it', () => {
    const text = [
      'Archive > News > November 2017',
      'Foreign ministers meet',
      'The two ministers met on 6 March in Tokyo and held talks on regional security.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, null);
  });

  test('"se reunió este jueves" under "date 2024-02": the Thursday the text dates in full ("February 22, 2024")', () => {
    const text = [
      'La canciller se reunió este jueves en Brasil con el secretario de Estado, en el marco de la Cumbre del G-20.',
      'La canciller difundió un mensaje sobre la reunión.',
      'El encuentro se llevó a cabo un día después de otra reunión.',
      'Pleased to meet with the Secretary to continue our bilateral conversation. pic.twitter.com/myLNQVuozS — Alicia Bárcena (@aliciabarcena) February 22, 2024',
    ];
    assert.equal(meetingDateCandidates(text, null, '', ['date 2024-02'])[0]?.value, '2024-02-22');
  });

  test('"este jueves" with a full date that is not a Thursday of that month stays empty', () => {
    const text = [
      'La canciller se reunió este jueves en Brasil con el secretario de Estado, en el marco de la Cumbre del G-20.',
      'La canciller difundió un mensaje sobre la reunión.',
      'El encuentro se llevó a cabo un día después de otra reunión.',
      'Pleased to meet with the Secretary. pic.twitter.com/myLNQVuozS — Alicia Bárcena (@aliciabarcena) February 21, 2024',
    ];
    assert.equal(meetingDateCandidates(text, null, '', ['date 2024-02'])[0]?.value ?? null, null);
  });
});

describe('an activity log dates each entry', () => {
  const log = (first: string): string =>
    [
      '2022.9.30',
      first,
      '2022.9.30',
      '駐日エジプト・アラブ共和国大使館にお招きをいただき、来日された同国の運輸大臣と懇談させていただきました。',
      '2022.9.29',
      '英国のテリーザ・メイ元首相と会談しました。私からは哀悼の意を表しました。',
    ].join('\n\n');

  test('the first entry, "2022.9.30" over "大使がお越しになり会談しました", is that meeting\'s day', () => {
    const parsed = parseRecordText(log('ウクライナのセルギー・コルスンスキー駐日特命全権大使がお越しになり会談しました。'));
    assert.equal(parsed.meetingDate, '2022-09-30');
  });

  test('a first entry that reports no meeting gives no date, whatever the later entries report', () => {
    const parsed = parseRecordText(log('地元の商店街を回り、皆様のご意見を伺いました。'));
    assert.equal(parsed.meetingDate, null);
  });

  test("one date line over an undated lead is a page's date, not a log: the meeting stays undated", () => {
    const parsed = parseRecordText(
      [
        '2022.9.30',
        'ウクライナの駐日特命全権大使がお越しになり会談しました。',
        'ロシアによる侵略を止めさせるべく取り組んでいくことを伝えました。',
      ].join('\n\n'),
    );
    assert.equal(parsed.meetingDate, null);
  });
});

describe('a meeting told in the past before talks still ahead', () => {
  test('"29일 오후 … 환영 만찬에 참석했다", then "30일 정상회담을 할 예정": the dinner is the first meeting reported', () => {
    const text =
      '문재인 대통령 내외가 백악관에서 트럼프 대통령 내외를 만났다. 29일 오후(현지시각) 문재인 대통령 내외는 트럼프 대통령 내외와 상견례 후 환영 만찬에 참석했다. 두 정상은 30일 백악관에서 정상회담을 할 예정이다.';
    assert.equal(meeting(text, '2017-06-30'), '2017-06-29');
  });

  test('"arrived on Tuesday" names no meeting: with talks to be held on Wednesday, the arrival\'s day is not taken', () => {
    const text =
      'The minister arrived in Seoul on Tuesday. He will hold talks with his counterpart on Wednesday, the ministry said.';
    assert.equal(meeting(text, '2017-06-27'), null);
  });
});

describe('the first day of a stay is not the day of its talks', () => {
  test('"held talks … today", then "a four-day visit beginning June 7 … for meetings and talks": today\'s talks', () => {
    const text = [
      'Minister Jaishankar held talks with the visiting Iranian foreign minister in New Delhi today.',
      'The Iranian Foreign Minister is on a four-day visit to India beginning June 7, Tuesday at the invitation of his counterpart for meetings and talks with officials.',
    ].join('\n\n');
    assert.equal(meeting(text, '2022-06-08'), '2022-06-08');
  });
});

describe('a day whose month and year the text gives in full elsewhere', () => {
  test('"22일 오전 … 예방했다" with no page date takes "2019.08.22" under the photo of the same meeting', () => {
    const text = [
      '[서울=뉴스핌] 기자 = 강경화 외교부 장관은 22일 오전 인민대회당에서 왕이 중국 외교부장과 함께 리커창 중국 총리를 예방했다.',
      '[베이징 로이터=뉴스핌] 22일(현지시각) 리커창 중국 총리가 강경화 외교부 장관과 만났다. 2019.08.22 |',
    ].join('\n\n');
    assert.equal(meeting(text), '2019-08-22');
  });

  test('two full dates on that day in different years leave it unknown', () => {
    const text = [
      '강경화 외교부 장관은 22일 오전 리커창 중국 총리를 예방했다.',
      '두 사람은 2018.08.22 처음 만났고, 2017.08.22 에도 통화했다.',
    ].join('\n\n');
    assert.equal(meeting(text), null);
  });

  test('a list of other stories ("제목 | 2012.01.09 |") does not date "9일(월) 정상회담"', () => {
    const text = [
      '이명박 대통령은 국빈방중 첫날인 9일(월) 정상회담 직후 국빈만찬에 참석했습니다.',
      'No. | 제목 | 작성일 |',
      '한·중 정상회담 결과 | 2012.01.09 | |',
      '대통령, 국빈만찬 참석 | 2012.01.09 | |',
    ].join('\n\n');
    assert.equal(meeting(text), null);
  });
});

describe('a credentials ceremony is a meeting', () => {
  test('"presented their credentials to the President on Thursday" dates the ceremony', () => {
    const text =
      'Eighteen newly arrived ambassadors presented their credentials to the President at the Kremlin on Thursday, among them the new Rwandan ambassador.';
    assert.equal(meeting(text, '2014-01-17'), '2014-01-16');
  });

  test('"trình quốc thư" on 5/3 is the ceremony\'s day', () => {
    const text = 'Ngày 5/3, Đại sứ đã trình quốc thư lên Tổng thống tại Phủ Tổng thống.';
    assert.equal(meeting(text, '2024-03-06'), '2024-03-05');
  });
});

describe('Malay: a foot stamp, its weekdays and its word for a meeting', () => {
  test('"Artikel ini disiarkan pada : Selasa, 30 January 2024" dates the page, and "mesyuarat … pada Isnin itu" is the Monday before', () => {
    const text = [
      'Kuala Lumpur: Menteri Luar Datuk Seri Mohamad Hasan mengadakan pertemuan dua hala dengan Menteri Luar Laos Saleumxay Kommasith di Luang Prabang, Laos.',
      'Mohamad dalam hantarannya di Facebook berkata mesyuarat yang dijalankan secara berasingan selepas Pemukiman Menteri-menteri Luar Asean (AMM) pada Isnin itu, menyentuh pelbagai perkara.',
      'Artikel ini disiarkan pada : Selasa, 30 January 2024 @ 4:34 PM',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2024-01-30');
    assert.equal(parsed.meetingDate, '2024-01-29');
  });

  test('"Khamis" and "Jumaat" are Thursday and Friday', () => {
    assert.equal(meeting('Menteri Luar mengadakan mesyuarat dengan rakan sejawatnya pada Khamis.', '2024-02-02'), '2024-02-01');
    assert.equal(meeting('Menteri Luar mengadakan mesyuarat dengan rakan sejawatnya pada Jumaat.', '2024-02-03'), '2024-02-02');
  });
});

describe("a day's programme under its date heading", () => {
  const programme = (heading: string, line: string): string =>
    [
      'ローマで開催される地中海対話に、日本の外務大臣として初めて出席しました。',
      heading,
      '00:55 羽田空港発',
      '09:00 ローマ着',
      '12:00 地中海対話 スペシャルスピーチ',
      line,
    ].join('\n\n');

  test('"11月23日", then "15:50 ラヴロフ・ロシア外相との会談", in a post of 2018-12-12: 23 November', () => {
    assert.equal(meeting(programme('11月23日', '15:50 ラヴロフ・ロシア外相との会談'), '2018-12-12'), '2018-11-23');
  });

  test('a programme with no meeting in it gives no date', () => {
    assert.equal(meeting(programme('11月23日', '15:50 市内視察'), '2018-12-12'), null);
  });

  test('a programme for days after the record was written is still to come: no date', () => {
    assert.equal(meeting(programme('12月20日', '15:50 ラヴロフ・ロシア外相との会談'), '2018-12-12'), null);
  });
});

describe('a posting time glued to the text', () => {
  test('"관리자 / 2025-10-24 오후 5:33:00 / 20외교부는 24일 …" dates the page', () => {
    const text =
      '외교부, 아프리카 대사단과 간담회…"韓기업 진출 기반 확대" [연합뉴스]\n관리자 / 2025-10-24 오후 5:33:00 / 20외교부는 24일 주한 아프리카 대사단, 한-아프리카재단과 3자 간담회를 열고 한-아프리카 협력 방안을 논의했다고 밝혔다.\n협의회에는 정광용 외교부 아프리카중동국장과 주한 모로코 대사를 비롯한 19개국 대사가 참석했다.';
    assert.equal(parseRecordText(text).publishedAt, '2025-10-24');
  });

  test("a date and time told deep in the first paragraph is an event's, not the post's", () => {
    const text =
      'The foreign ministers of the two countries held talks in the capital and discussed trade, energy, connectivity, education and tourism, and agreed to hold the next round of consultations on 2025-11-24 10:00 in the other capital, the ministry said in a statement that was circulated to the press later in the evening.';
    assert.equal(parseRecordText(text).publishedAt, null);
  });
});

describe("a Korean wire's foot", () => {
  test('"<저작권자 (C) 연합뉴스 …> 2017/02/07 17:17 송고" dates the page, though the copyright line is chrome', () => {
    const text = [
      '[그래픽] 한미외교장관 첫 통화, 무슨 이야기 오갔나',
      '(서울=연합뉴스) 반종빈 기자 = 한·미는 7일 미국 트럼프 행정부 출범후 처음 진행한 외교장관간 통화에서 북핵 문제를 논의했다.',
      'bjbin@yna.co.kr',
      '<저작권자 (C) 연합뉴스 무단전재 및 재배포금지> 2017/02/07 17:17 송고',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2017-02-07');
    assert.equal(parsed.meetingDate, '2017-02-07');
  });
});
