// A desk officer imports readouts from any ministry or newspaper: however the lead says when the
// meeting took place (a weekday, "yesterday", "5일", "Ngày 5/6", "Rabu (5/6/2024)", "6月5日"),
// the meeting date is read against the publication date; "last week" and a future meeting give none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const withPublication = (text: string): string => `Ministers meet\n\nPublished: 2024-06-06\n\n${text}`;

const CASES: [string, string | null][] = [
  [
    'Foreign Minister Ana Reyes spoke by phone with her Chilean counterpart Pedro Soto on Wednesday to discuss trade.',
    '2024-06-05',
  ],
  ['Minister Ana Reyes paid a courtesy call on President Pedro Soto yesterday at the Presidential Palace.', '2024-06-05'],
  [
    'Secretary Ana Reyes hosted Foreign Minister Pedro Soto at the Department on June 4 for the third strategic dialogue.',
    '2024-06-04',
  ],
  ['Ambassador Pedro Soto called on Foreign Minister Ana Reyes on Tuesday, 4 June.', '2024-06-04'],
  ['The two leaders held a bilateral meeting on the sidelines of the G7 summit in Apulia on 5 June 2024.', '2024-06-05'],
  [
    'Prime Minister Ana Reyes received the visiting Foreign Minister of Chile, Pedro Soto, in Manila this afternoon.',
    '2024-06-06',
  ],
  ['조태열 외교부 장관은 5일 오후 서울 도렴동 외교부 청사에서 페드로 소토 칠레 외교장관과 회담했다.', '2024-06-05'],
  [
    '조태열 외교부 장관은 5일 페드로 소토 칠레 외교장관과 전화 통화를 갖고 양국 관계를 논의했다고 외교부가 6일 밝혔다.',
    '2024-06-05',
  ],
  ['조태열 장관은 지난 4일(현지시간) 워싱턴에서 토니 블링컨 국무장관을 만났다.', '2024-06-04'],
  ['Ngày 5/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Chile Pedro Soto.', '2024-06-05'],
  ['Tối 5/6 (giờ địa phương), Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Chile.', '2024-06-05'],
  ['Chiều nay, Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Chile Pedro Soto.', '2024-06-06'],
  ['Menteri Luar Negeri Retno Marsudi menerima kunjungan Menlu Chile Pedro Soto di Jakarta, Rabu (5/6/2024).', '2024-06-05'],
  ['Menlu Retno Marsudi bertemu dengan Menlu Chile pada Selasa (4/6).', '2024-06-04'],
  ['岸田文雄総理大臣は6月5日、チリのソト外相と会談しました。', '2024-06-05'],
  ['6月5日,王毅外长在北京会见智利外长索托。', '2024-06-05'],
  ['The Foreign Secretary met his Chilean counterpart in London last week.', null],
  ['The President will meet the Chilean leader on June 20 in Santiago.', null],
  // The day the minister spoke to reporters about a visit still to come is not a meeting's.
  [
    'Menlu Retno Marsudi akan bertemu dengan Menlu Chile pada akhir bulan ini. Demikian ungkap Retno yang ditemui di sela rapat dengan parlemen, Selasa 4 Juni 2024.',
    null,
  ],
  // Date first, date last, and the other languages' leads.
  ['On 5 June, Foreign Minister Ana Reyes received Ambassador Pedro Soto at the ministry.', '2024-06-05'],
  [
    'Foreign Minister Ana Reyes and her Chilean counterpart Pedro Soto discussed trade and fisheries at talks in Manila on 5 June.',
    '2024-06-05',
  ],
  ['Foreign Minister Ana Reyes held talks with Pedro Soto in Manila on 5 June, the ministry said.', '2024-06-05'],
  ['Chile and the Philippines held the fourth round of bilateral consultations in Manila on 5 June.', '2024-06-05'],
  ['조태열 외교부 장관은 지난 4일 페드로 소토 칠레 외교장관과 회담을 가졌다.', '2024-06-04'],
  ['조태열 외교부 장관은 현지시간 5일 워싱턴에서 토니 블링컨 국무장관과 회담했다.', '2024-06-05'],
  ['조태열 외교부 장관이 5일 방한 중인 페드로 소토 칠레 외교장관을 접견하고 양국 협력 방안을 논의했다.', '2024-06-05'],
  [
    'Trong khuôn khổ chuyến thăm chính thức Chile, ngày 5/6, Bộ trưởng Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Pedro Soto.',
    '2024-06-05',
  ],
  ['Bộ trưởng Bùi Thanh Sơn vừa có cuộc hội đàm với Ngoại trưởng Chile Pedro Soto vào ngày 5/6.', '2024-06-05'],
  ['Jakarta - Menlu Retno Marsudi menerima kunjungan kehormatan Dubes Chile pada Rabu (5/6).', '2024-06-05'],
  ['Menlu Retno Marsudi mengadakan pertemuan dengan Menlu Chile pada 5 Juni 2024 di Jakarta.', '2024-06-05'],
  ['上川陽子外務大臣は5日、チリのソト外相と会談を行いました。', '2024-06-05'],
  ['当地时间5日,王毅在圣地亚哥会见智利外长索托。', '2024-06-05'],
  ['Le ministre des Affaires étrangères Jean Dupont a reçu mercredi 5 juin son homologue chilien Pedro Soto.', '2024-06-05'],
  ['El canciller Pedro Soto se reunió el 5 de junio con su homólogo filipino en Manila.', '2024-06-05'],
  ['El canciller Pedro Soto recibió este miércoles a su par filipina Ana Reyes en Santiago.', '2024-06-05'],
  ['Außenministerin Anna Weber hat am 5. Juni ihren chilenischen Amtskollegen Pedro Soto in Berlin empfangen.', '2024-06-05'],
  [
    'เมื่อวันที่ ๕ มิถุนายน ๒๕๖๗ เวลา ๑๔.๐๐ น. นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้พบหารือกับนายเปโดร โซโต รัฐมนตรีต่างประเทศชิลี',
    '2024-06-05',
  ],
  ['เมื่อวันที่ 4 มิ.ย. 2567 นายสมชาย ใจดี ให้การต้อนรับเอกอัครราชทูตชิลีประจำประเทศไทย', '2024-06-04'],
  [
    'Chủ tịch Quốc hội tiếp Đoàn đại biểu Chile.Cuộc tiếp diễn ra vào chiều 5/6 tại Nhà Quốc hội.Hai bên trao đổi về hợp tác.',
    '2024-06-05',
  ],
  ['조태열 외교부 장관은 지난달 28일 페드로 소토 칠레 외교장관과 회담했다.', '2024-05-28'],
  ['上川外務大臣は先月28日、ソト外相と会談した。', '2024-05-28'],
  ['Außenministerin Anna Weber traf sich am Mittwoch in Berlin mit ihrem chilenischen Amtskollegen Pedro Soto.', '2024-06-05'],
  // "held discussions with" reports a meeting; a fixed-width date pads its one-digit month with a space.
  [
    'On June 1, 2024, Minister Ana Reyes held fruitful discussions with Ambassador Pedro Soto. During the meeting, they reviewed trade.',
    '2024-06-01',
  ],
  ['Tối 4- 6-2024, Chủ tịch UBND thành phố đã tiếp đoàn đại biểu tỉnh bạn.', '2024-06-04'],
];

describe('the meeting date, however the lead says it', () => {
  for (const [text, expected] of CASES) {
    test(`${expected ?? 'no date'}: ${text.slice(0, 60)}…`, () => {
      assert.equal(parseRecordText(withPublication(text)).meetingDate, expected);
    });
  }
});

describe('a date the lead does not tie to the meeting is offered for a check', () => {
  test('"the ministry said on Thursday" is the day it was told: the meeting may be earlier', () => {
    const r = parseRecordText(
      withPublication(
        'Foreign Minister Ana Reyes met her Chilean counterpart Pedro Soto in Santiago, the ministry said on Thursday.',
      ),
    );
    assert.ok((r.evidence.meetingDate?.confidence ?? 0) < 0.6);
  });
  test('a lone date in a lead that reports a meeting in other words is taken, marked Check', () => {
    const r = parseRecordText(
      withPublication(
        'Foreign Minister Ana Reyes met Pedro Valdivia. The two ministers agreed on 5 June to open a consulate in Valparaíso.',
      ),
    );
    assert.equal(r.meetingDate, '2024-06-05');
    assert.ok((r.evidence.meetingDate?.confidence ?? 1) < 0.6);
  });
  test("a byline date alone is not the meeting's", () => {
    const r = parseRecordText(
      'Ministers meet\n\nJueves 6 de junio de 2024 - 00:00\n\nLa canciller se reunió esta tarde con su par chileno en Buenos Aires para hablar de comercio.',
    );
    assert.notEqual(r.meetingDate, '2024-06-06');
  });
});

describe('a headline date, when the opening gives none', () => {
  const lead =
    'Foreign Minister Ana Reyes met her Chilean counterpart Pedro Soto in Manila to discuss trade and fisheries cooperation.';
  test('a headline that reports the meeting with its date gives it, marked Check', () => {
    const r = parseRecordText(`Reyes meets Soto in Manila, 5 June 2024\n\n${lead}`);
    assert.equal(r.meetingDate, '2024-06-05');
    assert.ok((r.evidence.meetingDate?.confidence ?? 1) < 0.6);
  });
  test('a headline about a meeting still to come gives none', () => {
    const r = parseRecordText(
      'Reyes to meet Soto in Manila on 20 June 2024\n\nForeign Minister Ana Reyes will meet her Chilean counterpart Pedro Soto in Manila to discuss trade.',
    );
    assert.equal(r.meetingDate, null);
  });
});

describe('"held discussions with" reports the meeting its date belongs to', () => {
  test('the date before "held fruitful discussions with" is the meeting\'s, stated, not a guess to check', () => {
    const r = parseRecordText(
      withPublication(
        'On June 1, 2024, Minister Ana Reyes held fruitful discussions with Ambassador Pedro Soto, and on June 3 she opened a trade fair. During the meeting, they reviewed trade.',
      ),
    );
    assert.equal(r.meetingDate, '2024-06-01');
    assert.equal(r.evidence.meetingDate?.check, false);
  });
});

describe("the site's clock is not the record's date", () => {
  test("a page whose top shows today's date above the release's own date line is dated by the release", () => {
    const r = parseRecordText(
      [
        'Tue. Mar 5th, 2024',
        'Geneva, 14/09/2022',
        'On 13 September, the High Representative met the Foreign Minister of Chile on the margins of the Council.',
        'They discussed trade and the situation in the region.',
      ].join('\n\n'),
    );
    assert.equal(r.publishedAt, '2022-09-14');
    assert.equal(r.meetingDate, '2022-09-13');
    assert.ok(r.evidence.publishedAt?.candidates.some((c) => /site.s clock/.test(c.why)) === true);
  });

  test('a Vietnamese page clock months after the briefing its lead reports ("chiều 12-4") gives no publication date', () => {
    const r = parseRecordText(
      [
        'Thứ Hai, 03/11/2025, 08:15 (GMT+7)',
        'Tin tức - Thời sự',
        'Trong cuộc họp báo thường kỳ chiều 12-4, tại Hà Nội, người phát ngôn Bộ Ngoại giao đã trả lời câu hỏi của phóng viên về biển đảo.',
        'Người phát ngôn khẳng định lập trường nhất quán của Việt Nam.',
      ].join('\n\n'),
    );
    assert.equal(r.publishedAt, null);
    assert.equal(r.evidence.publishedAt?.check, true);
  });

  test('a date line a day after the talks its lead reports stays the publication date', () => {
    const r = parseRecordText(
      'Thứ Ba, 15/04/2025, 08:15 (GMT+7)\n\nBộ trưởng tiếp Đại sứ Nhật Bản\n\nChiều 14/4, tại Hà Nội, Bộ trưởng Ngoại giao đã tiếp Đại sứ Nhật Bản.',
    );
    assert.equal(r.publishedAt, '2025-04-15');
    assert.equal(r.meetingDate, '2025-04-14');
  });
});
